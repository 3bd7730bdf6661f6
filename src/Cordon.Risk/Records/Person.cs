namespace Cordon.Risk.Records;

/// <summary>The person as they describe themselves (<c>$.person</c>).</summary>
/// <param name="FullName">Full name as given.</param>
/// <param name="GivenName">Given name, when given separately.</param>
/// <param name="FamilyName">Family name, when given separately.</param>
/// <param name="OtherNames">Other names the person uses or used.</param>
/// <param name="DateOfBirth">Date of birth, possibly partial: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</param>
/// <param name="Nationality">Claimed nationality, ISO 3166-1 alpha-2.</param>
/// <param name="Gender">female, male, other or unknown.</param>
public sealed record Person(
    string FullName,
    string? GivenName,
    string? FamilyName,
    IReadOnlyList<string> OtherNames,
    string? DateOfBirth,
    string? Nationality,
    string? Gender);
