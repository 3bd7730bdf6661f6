namespace Cordon.Risk.Synthetic;

/// <summary>A city with its region, a postal code, its IANA time zone and that zone's UTC offset in minutes in September 2026.</summary>
internal sealed record City(string Name, string Region, string PostalCode, string TimeZone, int OffsetMinutes);
