namespace Cordon.Core;

/// <summary>
/// Who or what is being screened: a name plus whatever else the caller knows.
/// Every field but <see cref="Name"/> is optional; when given it raises or lowers a match's score.
/// </summary>
public sealed record ScreeningSubject
{
    /// <summary>The name to screen, in any script and any order.</summary>
    public required string Name { get; init; }

    /// <summary>Person, organisation, vessel, aircraft or any.</summary>
    public SubjectKind Kind { get; init; } = SubjectKind.Any;

    /// <summary>Date of birth (or incorporation), possibly partial: <c>1984</c>, <c>1984-01</c>, <c>1984-01-08</c>.</summary>
    public PartialDate? DateOfBirth { get; init; }

    /// <summary>Nationality or country, as a name or ISO 3166 code.</summary>
    public string? Nationality { get; init; }

    /// <summary>"Male" or "Female" when known.</summary>
    public string? Gender { get; init; }

    /// <summary>Identity-document or registration numbers (passport, IMO…).</summary>
    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];

    /// <summary>E-mail addresses.</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>Websites or domains.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    /// <summary>Crypto-currency wallet addresses.</summary>
    public IReadOnlyList<string> WalletAddresses { get; init; } = [];
}
