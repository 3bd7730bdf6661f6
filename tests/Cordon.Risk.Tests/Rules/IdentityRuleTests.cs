using System.Text.Json.Nodes;
using Cordon.Risk.Lookups;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class IdentityRuleTests
{
    [Fact]
    public void ID_MISMATCH_fires_on_another_name_on_the_passport()
    {
        var r = Clean();
        r["identity_documents"]![0]!["name_on_document"] = "Jin Chol Ri";
        var signal = Assess(r).Signal("ID-MISMATCH");
        Assert.Equal("$.identity_documents[0].name_on_document", signal.Evidence[0].Path);
        Assert.Equal(RiskConfiguration.Default.PointsOf("ID-MISMATCH"), signal.Points);
    }

    [Fact]
    public void ID_MISMATCH_fires_on_another_date_of_birth()
    {
        var r = Clean();
        r["identity_documents"]![0]!["date_of_birth"] = "1988-04-12";
        Assert.True(Assess(r).Fired("ID-MISMATCH"));
    }

    [Fact]
    public void ID_MISMATCH_does_not_fire_on_the_same_name_in_other_case_order_or_accents()
    {
        var r = Clean(name: "José Álvarez");
        r["identity_documents"]![0]!["name_on_document"] = "ALVAREZ, Jose";
        r["identity_documents"]![0]!["date_of_birth"] = "1990";
        Assert.False(Assess(r).Fired("ID-MISMATCH"));
    }

    [Fact]
    public void ID_MISMATCH_counts_a_passport_of_another_country_as_half()
    {
        var r = Clean();
        r["identity_documents"]![0]!["issuing_country"] = "KR";
        var a = Assess(r);
        Assert.Equal(0.5, RiskEngine.SignalShare(a.Signal("ID-MISMATCH"), RiskConfiguration.Default)!.Value, 2);
        Assert.Equal(RiskLevel.Low, a.Level);
    }

    [Fact]
    public void ID_WALLET_SANCTIONED_fires_on_a_listed_wallet()
    {
        var r = Clean();
        r["payment_methods"]!.AsArray().Add(new JsonObject { ["type"] = "crypto_wallet", ["chain"] = "ETH", ["address"] = "0xabc123", ["holder_name"] = "Emily Carter" });
        var context = new RiskContext { SanctionedWallets = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "0xABC123" } };
        Assert.True(Assess(r, context).Fired("ID-WALLET-SANCTIONED"));
        Assert.True(Assess(r, Context(new FakeIndicators((IndicatorKind.Wallet, "0xabc123")))).Fired("ID-WALLET-SANCTIONED"));
        Assert.False(Assess(r).Fired("ID-WALLET-SANCTIONED"));
    }

    [Fact]
    public void ID_INDICATOR_CONTACT_fires_on_a_listed_email_domain_and_not_otherwise()
    {
        var r = Clean();
        r["contacts"]!["emails"] = new JsonArray("dev@frontco.example");
        Assert.True(Assess(r, Context(new FakeIndicators((IndicatorKind.Domain, "frontco.example")))).Fired("ID-INDICATOR-CONTACT"));
        Assert.False(Assess(Clean(), Context(new FakeIndicators((IndicatorKind.Domain, "frontco.example")))).Fired("ID-INDICATOR-CONTACT"));
    }

    [Fact]
    public void ID_PHOTO_REUSE_fires_on_a_near_identical_photo_under_another_name()
    {
        var a = Clean("app-1", "Emily Carter");
        var b = Clean("app-2", "Daniel Novak");
        var hash = Convert.ToUInt64(a["photo"]!["perceptual_hash"]!.GetValue<string>(), 16) ^ 0b101; // two bits flipped
        b["photo"]!["perceptual_hash"] = hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        var results = AssessBatch(null, a, b);
        Assert.True(results[0].Fired("ID-PHOTO-REUSE"));
        Assert.True(results[1].Fired("ID-PHOTO-REUSE"));
    }

    [Fact]
    public void ID_PHOTO_REUSE_does_not_fire_on_different_photos_or_the_same_person()
    {
        var results = AssessBatch(null, Clean("app-1", "Emily Carter"), Clean("app-2", "Daniel Novak"));
        Assert.All(results, r => Assert.False(r.Fired("ID-PHOTO-REUSE")));
        var again = Clean("app-3", "Emily Carter");
        again["photo"] = Clean("app-1")["photo"]!.DeepClone();
        var same = AssessBatch(null, Clean("app-1", "Emily Carter"), again);
        Assert.All(same, r => Assert.False(r.Fired("ID-PHOTO-REUSE")));
    }

    [Fact]
    public void ID_PHONE_VOIP_fires_on_voip_only_and_is_supporting()
    {
        var voip = new FakePhones("voip");
        var a = Assess(Clean(), Context(phones: voip));
        Assert.True(a.Fired("ID-PHONE-VOIP"));
        Assert.Equal(RiskLevel.Low, a.Level);
        Assert.False(Assess(Clean(), Context(phones: new FakePhones("mobile"))).Fired("ID-PHONE-VOIP"));
    }

    private sealed class FakePhones(string lineType) : IPhoneLookup
    {
        public PhoneFacts? Parse(string raw, string? defaultRegion) => new("+13125550100", "US", lineType);
    }
}
