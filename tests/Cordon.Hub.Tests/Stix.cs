using System.Text.Json.Nodes;

namespace Cordon.Hub.Tests;

/// <summary>Hand-made STIX 2.1 objects for the tests.</summary>
public static class Stix
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    public static string NewId(string type) => type + "--" + Guid.NewGuid();

    public static JsonObject Indicator(string? id = null, DateTimeOffset? modified = null, string? marking = null, bool revoked = false, string value = "bad@example.com")
    {
        var indicator = new JsonObject
        {
            ["type"] = "indicator",
            ["spec_version"] = "2.1",
            ["id"] = id ?? NewId("indicator"),
            ["created"] = Time(T0),
            ["modified"] = Time(modified ?? T0),
            ["name"] = "Front-company e-mail",
            ["pattern"] = $"[email-addr:value = '{value}']",
            ["pattern_type"] = "stix",
            ["valid_from"] = Time(T0),
        };
        if (marking is not null)
        {
            indicator["object_marking_refs"] = new JsonArray(marking);
        }

        if (revoked)
        {
            indicator["revoked"] = true;
        }

        return indicator;
    }

    public static JsonObject Sighting(string indicatorId, int count, string? marking = null, string? createdBy = null)
    {
        var sighting = new JsonObject
        {
            ["type"] = "sighting",
            ["spec_version"] = "2.1",
            ["id"] = NewId("sighting"),
            ["created"] = Time(T0),
            ["modified"] = Time(T0),
            ["sighting_of_ref"] = indicatorId,
            ["count"] = count,
            ["first_seen"] = Time(T0),
            ["last_seen"] = Time(T0.AddDays(1)),
        };
        if (marking is not null)
        {
            sighting["object_marking_refs"] = new JsonArray(marking);
        }

        if (createdBy is not null)
        {
            sighting["created_by_ref"] = createdBy;
        }

        return sighting;
    }

    public static string Envelope(params JsonNode[] objects) => new JsonObject { ["objects"] = new JsonArray(objects.Select(o => o.DeepClone()).ToArray()) }.ToJsonString();
}
