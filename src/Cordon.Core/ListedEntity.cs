namespace Cordon.Core;

/// <summary>
/// One entry of one sanctions or screening list, mapped into Cordon's single entity model.
/// The mapped fields are what matching and display use; <see cref="SourceRecord"/> keeps the original
/// record so that an analyst can always check the mapping against the source.
/// </summary>
/// <remarks>Immutable. Collections are never null; empty when the list says nothing.</remarks>
public sealed record ListedEntity
{
    /// <summary>Id of the list this entry belongs to (see <see cref="ListIds"/>).</summary>
    public required string ListId { get; init; }

    /// <summary>The entry's identifier in its source (OFAC ent_num, UN DATAID, EU logicalId…). Unique within a list.</summary>
    public required string SourceId { get; init; }

    /// <summary>Individual, entity, vessel or aircraft.</summary>
    public required EntityType Type { get; init; }

    /// <summary>The primary name as the list writes it (OFAC individuals as <c>LAST, First</c>).</summary>
    public required string PrimaryName { get; init; }

    /// <summary>Other names, strong and weak.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>Dates of birth (individuals) or of registration/incorporation when the list gives them.</summary>
    public IReadOnlyList<PartialDate> DatesOfBirth { get; init; } = [];

    /// <summary>Places of birth as written.</summary>
    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];

    /// <summary>Nationalities as written (country names or codes as the source has them).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>Citizenships as written.</summary>
    public IReadOnlyList<string> Citizenships { get; init; } = [];

    /// <summary>"Male", "Female", or null when not given.</summary>
    public string? Gender { get; init; }

    /// <summary>Titles, positions or designations ("Director of the Reconnaissance General Bureau").</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Identity documents and registration numbers.</summary>
    public IReadOnlyList<IdentityDocument> Documents { get; init; } = [];

    /// <summary>Addresses.</summary>
    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    /// <summary>Sanctions programs or regimes (OFAC "DPRK3", UN "DPRK", EU regime codes…).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>E-mail addresses published with the entry.</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>Websites and domains published with the entry.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>Phone numbers published with the entry.</summary>
    public IReadOnlyList<string> PhoneNumbers { get; init; } = [];

    /// <summary>Crypto-currency addresses published with the entry.</summary>
    public IReadOnlyList<DigitalCurrencyAddress> DigitalCurrencyAddresses { get; init; } = [];

    /// <summary>Stated links to other parties.</summary>
    public IReadOnlyList<EntityLink> Links { get; init; } = [];

    /// <summary>Vessel or aircraft particulars (call sign, flag, tonnage, owner…), keyed by the list's label.</summary>
    public IReadOnlyDictionary<string, string> Particulars { get; init; } = new Dictionary<string, string>();

    /// <summary>Date the entry was listed, when the list gives it.</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>Free-text remarks that were not mapped to a field.</summary>
    public string? Remarks { get; init; }

    /// <summary>The original record, verbatim (a CSV line set, an XML element…), for audit.</summary>
    public required string SourceRecord { get; init; }
}
