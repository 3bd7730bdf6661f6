using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class MoneyRuleTests
{
    [Fact]
    public void MON_THIRD_PARTY_fires_on_another_holder()
    {
        var r = Clean();
        r["payment_methods"]![0]!["holder_name"] = "Kevin Wu";
        Assert.Equal("Kevin Wu", Assess(r).Signal("MON-THIRD-PARTY").Evidence[0].Value);
    }

    [Fact]
    public void MON_THIRD_PARTY_does_not_fire_on_an_other_name_of_the_person()
    {
        var r = Clean();
        r["person"]!["other_names"] = new JsonArray("Emily Johnson");
        r["payment_methods"]![0]!["holder_name"] = "Emily Johnson";
        Assert.False(Assess(r).Fired("MON-THIRD-PARTY"));
    }

    [Fact]
    public void MON_FOREIGN_PAYOUT_fires_on_an_account_abroad()
    {
        var r = Clean();
        r["payment_methods"]![0]!["country"] = "CN";
        Assert.True(Assess(r).Fired("MON-FOREIGN-PAYOUT"));
        Assert.False(Assess(Clean()).Fired("MON-FOREIGN-PAYOUT"));
    }

    [Fact]
    public void MON_CRYPTO_fires_on_a_wallet_or_a_request()
    {
        var r = Clean();
        r["requests"] = new JsonArray(new JsonObject { ["type"] = "crypto_payment", ["detail"] = "USDT please" });
        Assert.True(Assess(r).Fired("MON-CRYPTO"));
        Assert.False(Assess(Clean()).Fired("MON-CRYPTO"));
    }

    [Fact]
    public void MON_PREPAYMENT_fires_on_a_request()
    {
        var r = Clean();
        r["requests"] = new JsonArray(new JsonObject { ["type"] = "prepayment" });
        Assert.True(Assess(r).Fired("MON-PREPAYMENT"));
        Assert.False(Assess(Clean()).Fired("MON-PREPAYMENT"));
    }

    [Fact]
    public void MON_PAYOUT_CHANGES_fires_on_three_changes_but_not_one()
    {
        var r = Clean();
        r["requests"] = new JsonArray(new JsonObject { ["type"] = "payout_change" }, new JsonObject { ["type"] = "payout_change" }, new JsonObject { ["type"] = "payout_change" });
        Assert.True(Assess(r).Fired("MON-PAYOUT-CHANGES"));
        var once = Clean();
        once["requests"] = new JsonArray(new JsonObject { ["type"] = "payout_change" });
        Assert.False(Assess(once).Fired("MON-PAYOUT-CHANGES"));
    }

    [Fact]
    public void MON_SHARED_PAYOUT_fires_when_two_people_give_one_account()
    {
        var a = Clean("app-1", "Emily Carter");
        var b = Clean("app-2", "Daniel Novak");
        b["payment_methods"]![0]!["account_number"] = "ACC-app-1";
        b["payment_methods"]![0]!["holder_name"] = "Daniel Novak";
        var results = AssessBatch(null, a, b);
        Assert.True(results[0].Fired("MON-SHARED-PAYOUT"));
        Assert.True(results[1].Fired("MON-SHARED-PAYOUT"));
        Assert.All(AssessBatch(null, Clean("app-1", "Emily Carter"), Clean("app-2", "Daniel Novak")), x => Assert.False(x.Fired("MON-SHARED-PAYOUT")));
    }
}
