namespace Cordon.Risk.Synthetic;

/// <summary>What the generator needs to make a plausible resident of one country.</summary>
internal sealed record CountryProfile(
    string Code,
    int Weight,
    IReadOnlyList<City> Cities,
    string PhoneFormat,
    string AcceptLanguage,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<string> FamilyNames,
    IReadOnlyList<string> Banks,
    IReadOnlyList<string> Streets)
{
    /// <summary>Splits "Roman:native" name entries.</summary>
    public static (string Roman, string? Native) SplitName(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (entry, null) : (entry[..colon], entry[(colon + 1)..]);
    }
}
