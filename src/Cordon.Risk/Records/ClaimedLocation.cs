namespace Cordon.Risk.Records;

/// <summary>Where the person says they live and work (<c>$.claimed_location</c>).</summary>
/// <param name="Country">ISO 3166-1 alpha-2 country.</param>
/// <param name="Region">Region or state.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="TimeZone">IANA time zone, e.g. <c>America/Chicago</c>.</param>
public sealed record ClaimedLocation(string Country, string? Region, string? City, string? PostalCode, string? TimeZone);
