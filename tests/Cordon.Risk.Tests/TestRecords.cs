using System.Text.Json.Nodes;
using Cordon.Risk.Lookups;

namespace Cordon.Risk.Tests;

/// <summary>Hand-made records: a clean applicant that tests change one field at a time.</summary>
internal static class TestRecords
{
    public const string UsIp = "198.51.100.10";
    public const string UsIp2 = "198.51.100.11";
    public const string CnIp = "203.0.113.5";
    public const string RuIp = "203.0.113.6";
    public const string VpnIp = "192.0.2.50";
    public const string KpIp = "175.45.176.10";
    public const string MxIp = "203.0.113.7";
    public const string PtIp = "203.0.113.8";
    public const string ConsumerVpnIp = "192.0.2.60";
    public const string HomeLineIp = "198.51.100.50";
    public const string CampusIp = "198.51.100.60";
    public const string ThIp = "203.0.113.9";
    public const string GatewayIp = "198.51.100.70";

    public static JsonObject Clean(string id = "app-1", string name = "Emily Carter")
    {
        var sessions = new JsonArray();
        for (var day = 1; day <= 6; day++)
        {
            // 15:00 UTC = 10:00 in Chicago (CDT, UTC-5) in September.
            sessions.Add(new JsonObject
            {
                ["started_at"] = $"2026-09-{day:00}T15:00:00Z",
                ["ended_at"] = $"2026-09-{day:00}T23:00:00Z",
                ["ip"] = day % 2 == 0 ? UsIp : UsIp2,
                ["device_id"] = "dev-" + id,
                ["accept_language"] = "en-US,en;q=0.9",
                ["browser_time_zone"] = "America/Chicago",
            });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["kind"] = "job_applicant",
            ["submitted_at"] = "2026-09-22T15:09:00Z",
            ["person"] = new JsonObject { ["full_name"] = name, ["date_of_birth"] = "1990-04-12", ["nationality"] = "US" },
            ["claimed_location"] = new JsonObject { ["country"] = "US", ["region"] = "IL", ["city"] = "Chicago", ["postal_code"] = "60601", ["time_zone"] = "America/Chicago" },
            ["contacts"] = new JsonObject { ["emails"] = new JsonArray(id + "@example.com"), ["phones"] = new JsonArray("+1 312 555 0100") },
            ["addresses"] = new JsonArray(new JsonObject { ["purpose"] = "home", ["line1"] = "12 Lake Shore Dr", ["line2"] = "Apt " + id, ["city"] = "Chicago", ["postal_code"] = "60601", ["country"] = "US" }),
            ["online_profiles"] = new JsonArray(new JsonObject { ["site"] = "github", ["handle"] = id, ["created_at"] = "2014-03-01T10:00:00Z", ["followers"] = 40, ["public_repositories"] = 25 }),
            ["identity_documents"] = new JsonArray(new JsonObject { ["type"] = "passport", ["issuing_country"] = "US", ["number"] = "P" + id, ["name_on_document"] = name, ["date_of_birth"] = "1990-04-12", ["verified"] = true, ["image_hash"] = Hash(id, 1) }),
            ["photo"] = new JsonObject { ["perceptual_hash"] = Hash(id, 2) },
            ["employment_history"] = new JsonArray(
                new JsonObject { ["employer"] = "Initech", ["employer_domain"] = "initech.example", ["start"] = "2013-06", ["end"] = "2018-01", ["verified"] = true },
                new JsonObject { ["employer"] = "Globex", ["employer_domain"] = "globex.example", ["start"] = "2018-02", ["verified"] = true }),
            ["education"] = new JsonArray(new JsonObject { ["institution"] = "University of Illinois", ["end"] = "2012", ["verified"] = true }),
            ["resume_text"] = "Resume of " + name + " " + id + ": backend engineer.",
            ["payment_methods"] = new JsonArray(new JsonObject { ["type"] = "bank_account", ["holder_name"] = name, ["country"] = "US", ["bank_name"] = "First Bank", ["account_number"] = "ACC-" + id }),
            ["sessions"] = sessions,
            ["interview"] = new JsonObject { ["video_requested"] = true, ["camera_refused"] = false, ["in_person_refused"] = false },
            ["equipment_shipping"] = new JsonObject { ["address"] = new JsonObject { ["purpose"] = "equipment", ["line1"] = "12 Lake Shore Dr", ["line2"] = "Apt " + id, ["city"] = "Chicago", ["postal_code"] = "60601", ["country"] = "US" }, ["changed_after_offer"] = false },
        };
    }

    /// <summary>A 16-hex-digit hash that differs between ids by many bits.</summary>
    public static string Hash(string id, int salt)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id + "/" + salt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    public static ApplicationRecord Read(JsonObject json)
    {
        var result = ApplicationReader.Read(json.ToJsonString());
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Record!;
    }

    public static JsonArray Sessions(JsonObject json) => json["sessions"]!.AsArray();

    public static RiskContext Context(IIndicatorLookup? indicators = null, ILookalikeFinder? lookalikes = null, IPhoneLookup? phones = null) => new()
    {
        IpLookup = new FakeIpLookup(),
        Indicators = indicators,
        Lookalikes = lookalikes,
        Phones = phones,
        ProtectedDomains = lookalikes is null ? [] : ["stripe.com"],
    };

    public static Assessment Assess(JsonObject json, RiskContext? context = null) =>
        new RiskEngine(RiskConfiguration.Default, context ?? Context()).Assess(Read(json));

    public static IReadOnlyList<Assessment> AssessBatch(RiskContext? context, params JsonObject[] json) =>
        new RiskEngine(RiskConfiguration.Default, context ?? Context()).AssessBatch(json.Select(Read).ToList());

    public static bool Fired(this Assessment assessment, string code) => assessment.Signals.Any(s => s.Code == code);

    public static Signal Signal(this Assessment assessment, string code) => assessment.Signals.Single(s => s.Code == code);

    private sealed class FakeIpLookup : IIpLookup
    {
        public IpFacts? Lookup(string ip) => ip switch
        {
            UsIp or UsIp2 => new IpFacts("US", 7922, "COMCAST", false, false, false),
            CnIp => new IpFacts("CN", 4837, "CHINA UNICOM", false, false, false),
            RuIp => new IpFacts("RU", 12389, "ROSTELECOM", false, false, false),
            MxIp => new IpFacts("MX", 8151, "UNINET", false, false, false),
            PtIp => new IpFacts("PT", 3243, "MEO", false, false, false),
            ConsumerVpnIp => new IpFacts("NL", 9009, "NORDVPN", true, false, false),
            HomeLineIp => new IpFacts("US", 701, "Verizon Business", false, false, false),
            GatewayIp => new IpFacts("US", 53813, "ZSCALER, INC.", false, false, false),
            ThIp => new IpFacts("TH", 23969, "TOT Public Company Limited", false, false, false),
            CampusIp => new IpFacts("US", 3, "Massachusetts Institute of Technology", false, false, false),
            VpnIp => new IpFacts("US", 9009, "ASTRILL", true, true, false),
            KpIp => new IpFacts("KP", 131279, "STAR JV", false, false, true),
            _ => null,
        };
    }
}
