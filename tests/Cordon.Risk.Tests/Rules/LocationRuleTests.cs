using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class LocationRuleTests
{
    [Fact]
    public void Clean_record_has_no_signals()
    {
        var a = Assess(Clean());
        Assert.Empty(a.Signals);
        Assert.Equal(RiskLevel.Low, a.Level);
        Assert.Equal(0, a.Score);
    }

    [Fact]
    public void LOC_IP_COUNTRY_fires_when_most_logins_are_abroad()
    {
        var r = Clean();
        foreach (var s in Sessions(r).Take(4))
        {
            s!["ip"] = CnIp;
        }

        var signal = Assess(r).Signal("LOC-IP-COUNTRY");
        Assert.Contains(signal.Evidence, e => e.Value == CnIp && e.Path.StartsWith("$.sessions[", StringComparison.Ordinal));
        Assert.Contains("CN", signal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LOC_IP_COUNTRY_does_not_fire_for_one_trip()
    {
        var r = Clean();
        Sessions(r)[0]!["ip"] = MxIp;
        Assert.False(Assess(r).Fired("LOC-IP-COUNTRY"));
    }

    [Fact]
    public void LOC_VPN_fires_on_vpn_networks_and_weighs_occasional_use_less()
    {
        var most = Clean();
        foreach (var s in Sessions(most))
        {
            s!["ip"] = VpnIp;
        }

        var once = Clean();
        Sessions(once)[0]!["ip"] = VpnIp;

        var full = Assess(most).Signal("LOC-VPN");
        var occasional = Assess(once).Signal("LOC-VPN");
        Assert.True(full.Points > occasional.Points);
        Assert.Contains("ASTRILL", full.Evidence[0].Note, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.Low, Assess(once).Level);
    }

    [Fact]
    public void LOC_VPN_does_not_fire_on_residential_networks() => Assert.False(Assess(Clean()).Fired("LOC-VPN"));

    [Fact]
    public void LOC_KP_RANGE_fires_on_a_north_korean_address()
    {
        var r = Clean();
        Sessions(r)[3]!["ip"] = KpIp;
        var a = Assess(r);
        Assert.Equal("$.sessions[3].ip", a.Signal("LOC-KP-RANGE").Evidence[0].Path);
        Assert.True(a.Level >= RiskLevel.High);
    }

    [Fact]
    public void LOC_KP_RANGE_does_not_fire_without_one() => Assert.False(Assess(Clean()).Fired("LOC-KP-RANGE"));

    [Fact]
    public void LOC_INDICATOR_IP_fires_on_a_listed_ip()
    {
        var r = Clean();
        var context = Context(new FakeIndicators((Lookups.IndicatorKind.Ip, UsIp)));
        Assert.True(Assess(r, context).Fired("LOC-INDICATOR-IP"));
        Assert.False(Assess(r, Context(new FakeIndicators((Lookups.IndicatorKind.Ip, "10.0.0.1")))).Fired("LOC-INDICATOR-IP"));
    }

    [Fact]
    public void LOC_MULTI_COUNTRY_DAY_fires_on_three_countries_in_a_day()
    {
        var r = Clean();
        Sessions(r)[0]!["ip"] = CnIp;
        Sessions(r).Insert(1, new JsonObject { ["started_at"] = "2026-09-01T18:00:00Z", ["ip"] = RuIp });
        Sessions(r).Insert(2, new JsonObject { ["started_at"] = "2026-09-01T21:00:00Z", ["ip"] = UsIp });
        Assert.True(Assess(r).Fired("LOC-MULTI-COUNTRY-DAY"));
    }

    [Fact]
    public void LOC_MULTI_COUNTRY_DAY_does_not_fire_for_one_flight_home()
    {
        var r = Clean();
        Sessions(r)[0]!["ip"] = MxIp;
        Assert.False(Assess(r).Fired("LOC-MULTI-COUNTRY-DAY"));
    }

    [Fact]
    public void LOC_UTC9_HOURS_fires_when_sessions_fit_pyongyang_office_hours()
    {
        var r = Clean();
        foreach (var s in Sessions(r))
        {
            // 01:00 UTC = 10:00 at UTC+9 = 20:00 in Chicago.
            s!["started_at"] = s["started_at"]!.GetValue<string>().Replace("T15:00", "T01:00", StringComparison.Ordinal);
            s["ended_at"] = s["ended_at"]!.GetValue<string>().Replace("T23:00", "T09:00", StringComparison.Ordinal);
        }

        Assert.True(Assess(r).Fired("LOC-UTC9-HOURS"));
    }

    [Fact]
    public void LOC_UTC9_HOURS_does_not_fire_for_local_office_hours_or_claimed_asian_zone()
    {
        Assert.False(Assess(Clean()).Fired("LOC-UTC9-HOURS"));
        var seoul = Clean();
        seoul["claimed_location"]!["time_zone"] = "Asia/Seoul";
        seoul["claimed_location"]!["country"] = "KR";
        foreach (var s in Sessions(seoul))
        {
            s!["started_at"] = s["started_at"]!.GetValue<string>().Replace("T15:00", "T01:00", StringComparison.Ordinal);
            s["ended_at"] = s["ended_at"]!.GetValue<string>().Replace("T23:00", "T09:00", StringComparison.Ordinal);
        }

        Assert.False(Assess(seoul).Fired("LOC-UTC9-HOURS"));
    }

    [Fact]
    public void LOC_LONG_SESSION_fires_on_a_day_long_session()
    {
        var r = Clean();
        Sessions(r)[0]!["ended_at"] = "2026-09-02T16:00:00Z";
        Assert.True(Assess(r).Fired("LOC-LONG-SESSION"));
        Assert.False(Assess(Clean()).Fired("LOC-LONG-SESSION"));
    }

    [Fact]
    public void LOC_BROWSER_TZ_fires_but_never_raises_the_level_alone()
    {
        var r = Clean();
        foreach (var s in Sessions(r))
        {
            s!["browser_time_zone"] = "Asia/Pyongyang";
        }

        var config = RiskConfiguration.Default with
        {
            RulePoints = new Dictionary<string, double>(RiskConfiguration.Default.RulePoints) { ["LOC-BROWSER-TZ"] = 60 },
        };
        var a = new RiskEngine(config, Context()).Assess(Read(r));
        Assert.True(a.Fired("LOC-BROWSER-TZ"));
        Assert.Equal(RiskLevel.Low, a.Level);
        Assert.True(a.Score < config.MediumThreshold);
    }

    [Fact]
    public void LOC_BROWSER_TZ_does_not_fire_on_the_claimed_zone_or_on_language()
    {
        var r = Clean();
        foreach (var s in Sessions(r))
        {
            s!["accept_language"] = "ko-KR,ko;q=0.9";
        }

        Assert.Empty(Assess(r).Signals);
    }
}
