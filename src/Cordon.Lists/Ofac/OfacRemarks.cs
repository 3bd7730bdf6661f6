using Cordon.Core;

namespace Cordon.Lists.Ofac;

/// <summary>What <see cref="OfacRemarksParser"/> recognised in an OFAC remarks text. Lists are empty when nothing was found.</summary>
public sealed record OfacRemarks
{
    /// <summary>"DOB …" items.</summary>
    public IReadOnlyList<PartialDate> DatesOfBirth { get; init; } = [];

    /// <summary>"Organization Established Date …" items.</summary>
    public IReadOnlyList<PartialDate> EstablishedDates { get; init; } = [];

    /// <summary>"POB …" items.</summary>
    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];

    /// <summary>"nationality …" items.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>"citizen …" items.</summary>
    public IReadOnlyList<string> Citizenships { get; init; } = [];

    /// <summary>"Gender Male" / "Gender Female".</summary>
    public string? Gender { get; init; }

    /// <summary>Passports, national IDs, registration numbers, IMO numbers, SWIFT/BIC codes…</summary>
    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];

    /// <summary>The quoted <c>a.k.a. 'X'</c> (and f.k.a., n.k.a.) names: OFAC's weak aliases.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>"Email Address …" items.</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>"Website …" items.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>"Phone Number", "Telephone" and "Fax" items: all are published contact numbers.</summary>
    public IReadOnlyList<string> PhoneNumbers { get; init; } = [];

    /// <summary>"Digital Currency Address - CODE value" items.</summary>
    public IReadOnlyList<DigitalCurrencyAddress> DigitalCurrencyAddresses { get; init; } = [];

    /// <summary>The names after "Linked To:", as written (a final full stop of the remarks may still be attached).</summary>
    public IReadOnlyList<string> LinkedTo { get; init; } = [];

    /// <summary>Vessel and aircraft particulars ("Aircraft Model", "Former Vessel Flag"…) as label and value, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Particulars { get; init; } = [];

    /// <summary>The items not mapped to any field above, as written.</summary>
    public IReadOnlyList<string> Unmapped { get; init; } = [];
}
