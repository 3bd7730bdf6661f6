using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// Named recipients of TLP:RED objects: Cordon's custom property <c>x_cordon_recipients</c>, a list of organisation ids
/// (of this server) that may read the object besides its owner. TLP 2.0 says RED is "for the eyes and ears of individual
/// recipients only"; without the property the owning organisation is the only recipient. Allowed on RED objects only;
/// federation drops it (another server's organisation ids mean nothing here), so a followed RED object stays with the
/// subscribing organisation.
/// </summary>
public static class HubRecipients
{
    /// <summary>The property name.</summary>
    public const string Property = "x_cordon_recipients";

    /// <summary>Most recipients one object may name.</summary>
    public const int Most = 100;

    /// <summary>The recipients a stored version names (empty when none, or when it is not RED).</summary>
    public static IReadOnlyList<string> Of(string tlp, string? json)
    {
        if (tlp != HubTlp.Red || json is null || !json.Contains(Property, StringComparison.Ordinal))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(Property, out var named) && named.ValueKind == JsonValueKind.Array
                ? [.. named.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!.Trim())]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
