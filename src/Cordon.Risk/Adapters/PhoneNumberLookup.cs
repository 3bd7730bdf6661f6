using Cordon.Core.Identifiers;
using Cordon.Risk.Lookups;

namespace Cordon.Risk.Adapters;

/// <summary>Serves <see cref="IPhoneLookup"/> from libphonenumber through <see cref="IdentifierNormalizer"/>.</summary>
public sealed class PhoneNumberLookup : IPhoneLookup
{
    /// <summary>The one instance (the parser holds no state).</summary>
    public static PhoneNumberLookup Instance { get; } = new();

    /// <inheritdoc/>
    public PhoneFacts? Parse(string raw, string? defaultRegion) =>
        IdentifierNormalizer.ParsePhone(raw, defaultRegion) is { } info ? new PhoneFacts(info.E164, info.Country, info.LineType) : null;
}
