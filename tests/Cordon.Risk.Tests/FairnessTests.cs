using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests;

/// <summary>
/// Nationality, ethnicity, a Korean name or a Korean-language setting alone never raise the level above low
/// (RED_FLAGS.md, fairness). Clean records of legitimate Korean, Korean-American and other applicants, screened with the
/// real sanctions lists (which hold many Korean names) and the real IP and indicator data.
/// </summary>
public sealed class FairnessTests(RealDataFixture fixture) : IClassFixture<RealDataFixture>
{
    public static TheoryData<string, string, string, string, string> Applicants => new()
    {
        // name, nationality, claimed country, time zone, browser language
        { "김민준", "KR", "KR", "Asia/Seoul", "ko-KR,ko;q=0.9" },
        { "Kim Min-jun", "KR", "KR", "Asia/Seoul", "ko-KR,ko;q=0.9" },
        { "Park Ji-hoon", "KR", "US", "America/Los_Angeles", "ko-KR,ko;q=0.9,en;q=0.8" },
        { "Lee Seo-yeon", "KR", "DE", "Europe/Berlin", "ko-KR,ko;q=0.9" },
        { "Daniel Kim", "US", "US", "America/New_York", "en-US,ko;q=0.8" },
        { "Grace Lee", "US", "US", "America/Chicago", "ko-KR,ko;q=0.9,en;q=0.8" },
        { "Choi Sung-ho", "US", "US", "America/Los_Angeles", "ko,en;q=0.5" },
        { "Kim Chol", "KR", "KR", "Asia/Seoul", "ko-KR" },
        { "Ri Myong Su", "KR", "KR", "Asia/Seoul", "ko-KR" },
        { "Pak Song Il", "US", "US", "America/Denver", "en-US" },
        { "Kim Il", "KR", "KR", "Asia/Seoul", "ko-KR" },
        { "Jang Min", "KR", "JP", "Asia/Tokyo", "ja-JP,ko;q=0.8" },
        { "Wang Wei", "CN", "CN", "Asia/Shanghai", "zh-CN" },
        { "Sato Haruto", "JP", "JP", "Asia/Tokyo", "ja-JP" },
        { "Olena Bondarenko", "UA", "UA", "Europe/Kyiv", "uk-UA" },
        { "Mohammed Al-Farsi", "AE", "AE", "Asia/Dubai", "ar-AE" },
        { "Emily Carter", "US", "US", "America/Chicago", "en-US" },
    };

    [Theory]
    [MemberData(nameof(Applicants))]
    public void Clean_applicant_stays_low(string name, string nationality, string country, string zone, string language)
    {
        var json = Clean("fair-" + name.GetHashCode(StringComparison.Ordinal).ToString("x", System.Globalization.CultureInfo.InvariantCulture), name);
        json["person"]!["nationality"] = nationality;
        json["claimed_location"] = new JsonObject { ["country"] = country, ["time_zone"] = zone };
        json["identity_documents"]![0]!["issuing_country"] = nationality;
        json["payment_methods"]![0]!["country"] = country;
        json["addresses"]![0]!["country"] = country;
        json["equipment_shipping"]!["address"]!["country"] = country;
        json.Remove("sessions");
        var a = fixture.Engine.Assess(Read(json));
        Assert.True(a.Level == RiskLevel.Low, name + ": " + a.Summary);

        // Korean-language browser and a browser zone matching the claimed one change nothing either.
        var withSessions = Read(WithSessions(json, zone, language));
        var b = fixture.Engine.Assess(withSessions);
        Assert.True(b.Level == RiskLevel.Low, name + ": " + b.Summary);
        Assert.DoesNotContain(b.Signals, s => s.Code == "LOC-BROWSER-TZ");
    }

    [Fact]
    public void Korean_language_and_nationality_add_no_points_at_all()
    {
        var baseline = Clean("fair-base", "Daniel Kim");
        var korean = Clean("fair-base", "Daniel Kim");
        korean["person"]!["nationality"] = "KR";
        korean["identity_documents"]![0]!["issuing_country"] = "KR";
        korean["person"]!["nationality"] = "KR";
        foreach (var s in Sessions(korean))
        {
            s!["accept_language"] = "ko-KR,ko;q=0.9";
        }

        var context = Context();
        Assert.Equal(Assess(baseline, context).Score, Assess(korean, context).Score);
    }

    private static JsonObject WithSessions(JsonObject json, string zone, string language)
    {
        var copy = json.DeepClone().AsObject();
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var sessions = new JsonArray();
        for (var day = 1; day <= 6; day++)
        {
            // 10:00 local time on each day.
            var local = new DateTime(2026, 9, day, 10, 0, 0, DateTimeKind.Unspecified);
            var utc = TimeZoneInfo.ConvertTimeToUtc(local, tz);
            sessions.Add(new JsonObject
            {
                ["started_at"] = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["ended_at"] = utc.AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["ip"] = "10.20.30.40",
                ["device_id"] = "dev-fair",
                ["accept_language"] = language,
                ["browser_time_zone"] = zone,
            });
        }

        copy["sessions"] = sessions;
        return copy;
    }
}
