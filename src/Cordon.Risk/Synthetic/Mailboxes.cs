using System.Globalization;

namespace Cordon.Risk.Synthetic;

/// <summary>
/// The mailboxes and payout account ids already handed out in one population. A provider never gives one mailbox to two
/// people, so a name that is taken gets digits, as a sign-up form would insist; without this, unrelated people in a large
/// population would share addresses that only a shared operator explains.
/// </summary>
internal sealed class Mailboxes(Random random)
{
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A free address made from <paramref name="local"/> at <paramref name="domain"/>, now taken.</summary>
    public string Claim(string local, string domain)
    {
        var address = local + "@" + domain;
        while (!taken.Add(address))
        {
            address = local + random.Next(10, 10000).ToString(CultureInfo.InvariantCulture) + "@" + domain;
        }

        return address;
    }
}
