using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class AccessRuleTests
{
    [Fact]
    public void ACC_REMOTE_TOOL_fires_and_ip_kvm_weighs_more_than_software()
    {
        var software = Clean();
        Sessions(software)[0]!["remote_access_tools"] = new JsonArray("anydesk");
        var kvm = Clean();
        Sessions(kvm)[0]!["remote_access_tools"] = new JsonArray("ip-kvm");
        var s = Assess(software).Signal("ACC-REMOTE-TOOL");
        var k = Assess(kvm).Signal("ACC-REMOTE-TOOL");
        Assert.True(k.Points > s.Points);
        Assert.Equal("$.sessions[0].remote_access_tools[0]", k.Evidence[0].Path);
    }

    [Fact]
    public void ACC_REMOTE_TOOL_does_not_fire_without_tools() => Assert.False(Assess(Clean()).Fired("ACC-REMOTE-TOOL"));

    [Fact]
    public void ACC_SHARED_DEVICE_fires_across_people_in_a_batch()
    {
        var a = Clean("app-1", "Emily Carter");
        var b = Clean("app-2", "Daniel Novak");
        Sessions(b)[0]!["device_id"] = "dev-app-1";
        var results = AssessBatch(null, a, b);
        Assert.True(results[0].Fired("ACC-SHARED-DEVICE"));
        Assert.True(results[1].Fired("ACC-SHARED-DEVICE"));
        Assert.Contains("app-2", results[0].Signal("ACC-SHARED-DEVICE").Evidence[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ACC_SHARED_DEVICE_does_not_fire_for_separate_devices_or_alone()
    {
        var results = AssessBatch(null, Clean("app-1", "Emily Carter"), Clean("app-2", "Daniel Novak"));
        Assert.All(results, r => Assert.False(r.Fired("ACC-SHARED-DEVICE")));
    }

    [Fact]
    public void ACC_SHARED_IP_fires_with_three_people_on_one_ip_but_not_two()
    {
        var three = AssessBatch(null, Clean("app-1", "Emily Carter"), Clean("app-2", "Daniel Novak"), Clean("app-3", "Priya Raman"));
        Assert.All(three, r => Assert.True(r.Fired("ACC-SHARED-IP")));
        var two = AssessBatch(null, Clean("app-1", "Emily Carter"), Clean("app-2", "Daniel Novak"));
        Assert.All(two, r => Assert.False(r.Fired("ACC-SHARED-IP")));
    }

    [Fact]
    public void Shared_device_ip_and_payout_inside_one_household_are_not_signals()
    {
        var a = Clean("app-1", "Emily Carter");
        var b = Clean("app-2", "Daniel Carter");
        var c = Clean("app-3", "Rose Carter");
        foreach (var r in new[] { b, c })
        {
            r["addresses"] = a["addresses"]!.DeepClone();
            r["equipment_shipping"] = a["equipment_shipping"]!.DeepClone();
            Sessions(r)[0]!["device_id"] = "dev-app-1";
            r["payment_methods"]![0]!["account_number"] = "ACC-app-1";
            r["payment_methods"]![0]!["holder_name"] = "Emily Carter";
        }

        var results = AssessBatch(null, a, b, c);
        Assert.All(results, x => Assert.DoesNotContain(x.Signals, s => s.Code is "ACC-SHARED-DEVICE" or "ACC-SHARED-IP" or "MON-SHARED-PAYOUT"));
        var third = results[1].Signal("MON-THIRD-PARTY");
        // A household member's account in the person's own country: 15 % of the points (a household payout).
        Assert.Equal(0.15, RiskEngine.SignalShare(third, RiskConfiguration.Default)!.Value, 2);
        Assert.True(results[1].Level == RiskLevel.Low, results[1].Summary);
    }
}
