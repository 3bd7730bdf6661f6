namespace Cordon.Risk.Records;

/// <summary>A postal address (<c>$.addresses[]</c>, <c>$.equipment_shipping.address</c>).</summary>
/// <param name="Purpose">home, shipping, billing, equipment or other.</param>
/// <param name="Line1">First address line.</param>
/// <param name="Line2">Second address line.</param>
/// <param name="City">City.</param>
/// <param name="Region">Region or state.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
public sealed record Address(string? Purpose, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? Country)
{
    /// <summary>The address as one line, for evidence.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, City, Region, PostalCode, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
