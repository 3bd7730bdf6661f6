namespace Cordon.Risk.Lookups;

/// <summary>Phone-number parsing (country and line type).</summary>
public interface IPhoneLookup
{
    /// <summary>Parses a number as given; null when it cannot be parsed.</summary>
    /// <param name="raw">The number as the person gave it.</param>
    /// <param name="defaultRegion">Region to assume for numbers without a country code (the claimed country).</param>
    PhoneFacts? Parse(string raw, string? defaultRegion);
}
