using System.Text.Json.Nodes;
using Cordon.Core;
using Cordon.Matching;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class ListAndReferralRuleTests
{
    private static readonly ScreeningIndex Index = Matcher.Default.BuildIndex(
    [
        new ListedEntity
        {
            ListId = "test", SourceId = "1", Type = EntityType.Individual, PrimaryName = "PAK Jin Hyok",
            DatesOfBirth = [new PartialDate("1984-08-01", 1984, 8, 1)], Nationalities = ["KP"], SourceRecord = "test",
        },
        new ListedEntity
        {
            ListId = "test", SourceId = "2", Type = EntityType.Entity, PrimaryName = "Yanbian Silverstar Network Technology Co. Ltd.", SourceRecord = "test",
        },
    ]);

    private static RiskContext SanctionsContext => new() { Sanctions = Index };

    [Fact]
    public void ID_SANCTIONS_fires_in_full_on_a_listed_employer()
    {
        var r = Clean();
        r["employment_history"]![0]!["employer"] = "Yanbian Silverstar Network Technology Co., Ltd.";
        var a = Assess(r, SanctionsContext);
        var s = a.Signal("ID-SANCTIONS");
        Assert.Equal(RiskConfiguration.Default.PointsOf("ID-SANCTIONS"), s.Points);
        Assert.Equal("$.employment_history[0].employer", s.Evidence[0].Path);
        Assert.True(a.Level >= RiskLevel.High);
    }

    [Fact]
    public void ID_SANCTIONS_fires_in_full_on_a_listed_person_with_the_listed_birth_date()
    {
        var r = Clean(name: "Pak Jin Hyok");
        r["person"]!["date_of_birth"] = "1984-08-01";
        r["identity_documents"]![0]!["date_of_birth"] = "1984-08-01";
        Assert.Equal(RiskConfiguration.Default.PointsOf("ID-SANCTIONS"), Assess(r, SanctionsContext).Signal("ID-SANCTIONS").Points);
    }

    [Fact]
    public void ID_SANCTIONS_name_only_match_of_a_korean_name_keeps_the_level_low()
    {
        var r = Clean(name: "Pak Jin Hyok");
        r["person"]!["date_of_birth"] = "1996-02-11";
        r["identity_documents"]![0]!["date_of_birth"] = "1996-02-11";
        var a = Assess(r, SanctionsContext);
        Assert.Equal(RiskLevel.Low, a.Level);
    }

    [Fact]
    public void ID_SANCTIONS_does_not_fire_on_unlisted_names() => Assert.False(Assess(Clean(), SanctionsContext).Fired("ID-SANCTIONS"));

    [Fact]
    public void HIR_REFERENCE_APPLICANT_fires_when_a_reference_is_another_applicant()
    {
        var a = Clean("app-1", "Emily Carter");
        var b = Clean("app-2", "Daniel Novak");
        b["references"] = new JsonArray(new JsonObject { ["name"] = "Emily Carter", ["email"] = "app-1@example.com" });
        var results = AssessBatch(null, a, b);
        Assert.True(results[1].Fired("HIR-REFERENCE-APPLICANT"));
        Assert.False(results[0].Fired("HIR-REFERENCE-APPLICANT"));
    }

    [Fact]
    public void HIR_REFERENCE_APPLICANT_does_not_fire_on_outside_references()
    {
        var b = Clean("app-2", "Daniel Novak");
        b["references"] = new JsonArray(new JsonObject { ["name"] = "Emily Carter", ["email"] = "emily@elsewhere.example" });
        Assert.False(AssessBatch(null, Clean("app-1", "Emily Carter"), b)[1].Fired("HIR-REFERENCE-APPLICANT"));
    }

    [Fact]
    public void HIR_REFERRAL_CHAIN_fires_when_the_referrer_is_high_risk()
    {
        var bad = Clean("app-1", "Emily Carter");
        Sessions(bad)[0]!["ip"] = KpIp;
        var referred = Clean("app-2", "Daniel Novak");
        referred["referred_by"] = "app-1";
        var results = AssessBatch(null, bad, referred);
        Assert.True(results[0].Level >= RiskLevel.High);
        Assert.Equal("$.referred_by", results[1].Signal("HIR-REFERRAL-CHAIN").Evidence[0].Path);
    }

    [Fact]
    public void HIR_REFERRAL_CHAIN_does_not_fire_when_the_referrer_is_clean()
    {
        var referred = Clean("app-2", "Daniel Novak");
        referred["referred_by"] = "app-1";
        Assert.False(AssessBatch(null, Clean("app-1", "Emily Carter"), referred)[1].Fired("HIR-REFERRAL-CHAIN"));
    }
}
