using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// The read rule of the store's queries, for decisions made outside them (sighting counts): the owner reads its own;
/// others read CLEAR, GREEN and unmarked, and AMBER when they share a sharing group with the owner; AMBER+STRICT never
/// leaves the owner, RED only reaches the recipients it names.
/// </summary>
public sealed class HubReadRule
{
    private readonly Dictionary<string, HashSet<string>> groupsOf;

    /// <summary>Creates the rule over the current sharing groups.</summary>
    public HubReadRule(IEnumerable<HubSharingGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        groupsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.Organisations)
            {
                if (!groupsOf.TryGetValue(member, out var set))
                {
                    groupsOf[member] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(group.Id);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="reader"/> may read a version owned by <paramref name="owner"/> marked <paramref name="tlp"/>;
    /// a RED version also reaches the <paramref name="recipients"/> it names (<see cref="HubRecipients"/>).
    /// </summary>
    public bool CanRead(string owner, string tlp, string reader, IReadOnlyList<string>? recipients = null) =>
        owner == reader || tlp switch
        {
            HubTlp.None or HubTlp.Clear or HubTlp.Green => true,
            HubTlp.Amber => ShareAGroup(owner, reader),
            HubTlp.Red => recipients?.Contains(reader) == true,
            _ => false,
        };

    private bool ShareAGroup(string a, string b) =>
        groupsOf.TryGetValue(a, out var first) && groupsOf.TryGetValue(b, out var second) && first.Overlaps(second);
}
