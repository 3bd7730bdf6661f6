using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests.Rules;

public sealed class HiringRuleTests
{
    [Fact]
    public void HIR_CAMERA_REFUSED_fires_when_the_camera_was_refused()
    {
        var r = Clean();
        r["interview"]!["camera_refused"] = true;
        Assert.Equal("$.interview.camera_refused", Assess(r).Signal("HIR-CAMERA-REFUSED").Evidence[0].Path);
        Assert.False(Assess(Clean()).Fired("HIR-CAMERA-REFUSED"));
    }

    [Fact]
    public void HIR_IN_PERSON_REFUSED_fires_when_a_meeting_was_refused()
    {
        var r = Clean();
        r["interview"]!["in_person_refused"] = true;
        Assert.True(Assess(r).Fired("HIR-IN-PERSON-REFUSED"));
        Assert.False(Assess(Clean()).Fired("HIR-IN-PERSON-REFUSED"));
    }

    [Fact]
    public void HIR_SHIP_MISMATCH_fires_on_another_address_or_a_change_after_offer()
    {
        var other = Clean();
        other["equipment_shipping"]!["address"]!["line1"] = "400 Elm St";
        other["equipment_shipping"]!["address"]!["postal_code"] = "32801";
        Assert.True(Assess(other).Fired("HIR-SHIP-MISMATCH"));
        var changed = Clean();
        changed["equipment_shipping"]!["changed_after_offer"] = true;
        Assert.True(Assess(changed).Fired("HIR-SHIP-MISMATCH"));
    }

    [Fact]
    public void HIR_SHIP_MISMATCH_does_not_fire_for_the_home_address_written_differently()
    {
        var r = Clean();
        r["equipment_shipping"]!["address"]!["line1"] = "12 LAKE SHORE DR.";
        r["equipment_shipping"]!["address"]!["line2"] = "apt. app-1";
        Assert.False(Assess(r).Fired("HIR-SHIP-MISMATCH"));
    }

    [Fact]
    public void HIR_FORWARDER_fires_on_a_forwarding_service()
    {
        var r = Clean();
        r["equipment_shipping"]!["address"]!["line1"] = "c/o QuickShip Freight Forwarding, 9 Dock Rd";
        Assert.True(Assess(r).Fired("HIR-FORWARDER"));
        Assert.False(Assess(Clean()).Fired("HIR-FORWARDER"));
    }

    [Fact]
    public void HIR_SHARED_SHIP_ADDRESS_fires_for_a_laptop_farm_but_not_a_couple()
    {
        static JsonObject Farm(string id, string name)
        {
            var r = Clean(id, name);
            r["equipment_shipping"]!["address"] = new JsonObject { ["line1"] = "77 Farm Rd", ["city"] = "Phoenix", ["postal_code"] = "85001", ["country"] = "US" };
            Sessions(r)[0]!["ip"] = "198.51.100.200";
            foreach (var s in Sessions(r))
            {
                s!["ip"] = "198.51.100." + (id.Length + name.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return r;
        }

        var farm = AssessBatch(null, Farm("a1", "Emily Carter"), Farm("a2", "Daniel Novak"), Farm("a3", "Priya Raman"));
        Assert.All(farm, r => Assert.True(r.Fired("HIR-SHARED-SHIP-ADDRESS")));
        var couple = AssessBatch(null, Farm("a1", "Emily Carter"), Farm("a2", "Daniel Novak"));
        Assert.All(couple, r => Assert.False(r.Fired("HIR-SHARED-SHIP-ADDRESS")));
    }
}
