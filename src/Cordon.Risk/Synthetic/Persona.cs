namespace Cordon.Risk.Synthetic;

/// <summary>A generated person: who they say they are and where they say they live.</summary>
internal sealed class Persona
{
    public required CountryProfile Country { get; init; }

    public required City City { get; init; }

    public required string Nationality { get; init; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public string? NativeName { get; set; }

    public required string DateOfBirth { get; init; }

    public required string Email { get; set; }

    public required string Phone { get; init; }

    public required string Street { get; set; }

    public string? Line2 { get; set; }

    public required string AcceptLanguage { get; set; }

    public string FullName => GivenName + " " + FamilyName;
}
