namespace Cordon.Risk.Records;

/// <summary>
/// Recognises addresses that many unrelated people use: parcel forwarders and mailbox services, coworking spaces and
/// business centres, universities and student residences. Sharing one says little about who runs two records (P24 names
/// forwarders as a facilitator's tool, but strangers use the same forwarder every day).
/// </summary>
public static class SharedPlaces
{
    /// <summary>A freight forwarder, parcel or mailbox service, or a "care of" address.</summary>
    public const string Forwarder = "forwarder";

    /// <summary>A coworking space, business centre or serviced office.</summary>
    public const string Coworking = "coworking";

    /// <summary>A university, campus or student residence.</summary>
    public const string University = "university";

    private static readonly (string Word, string Kind)[] Words =
    [
        ("forward", Forwarder), ("freight", Forwarder), ("logistic", Forwarder), ("shipping", Forwarder), ("parcel", Forwarder),
        ("mailbox", Forwarder), ("mail box", Forwarder), (" pmb ", Forwarder), ("c/o", Forwarder), ("cargo", Forwarder),
        ("courier", Forwarder), ("warehouse", Forwarder), ("package", Forwarder),
        ("cowork", Coworking), ("co-work", Coworking), ("wework", Coworking), ("regus", Coworking), ("spaces ", Coworking),
        ("business center", Coworking), ("business centre", Coworking), ("serviced office", Coworking),
        ("innovation center", Coworking), ("innovation centre", Coworking), ("incubator", Coworking), ("impact hub", Coworking),
        ("university", University), ("universidad", University), ("universit", University), ("campus", University),
        ("college", University), ("dormitor", University), ("student hall", University), ("residence hall", University),
        ("hall of residence", University),
    ];

    /// <summary>The kind of shared place an address is, with the word that shows it; null for an ordinary address.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The kind (<see cref="Forwarder"/>, <see cref="Coworking"/>, <see cref="University"/>) and the word found, or null.</returns>
    public static (string Kind, string Word)? Classify(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = " " + (address.Line1 + " " + address.Line2 + " " + address.City).ToLowerInvariant() + " ";
        foreach (var (word, kind) in Words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return (kind, word.Trim());
            }
        }

        return null;
    }
}
