using System.Text.Json.Nodes;
using Cordon.Risk;

namespace Cordon.Networks.Tests;

public sealed class LinkKindTests
{
    private static bool Linked(ApplicationRecord a, ApplicationRecord b, NetworkLinkerOptions? options = null)
    {
        var linker = NetworkLinker.Build([a, b], options);
        var assignment = linker.Assignment();
        return assignment[a.Id] == assignment[b.Id];
    }

    [Fact]
    public void Gmail_dots_and_plus_tags_normalise_to_one_address()
    {
        Assert.Equal("johnsmith@gmail.com", LinkKeyExtractor.NormaliseEmail(" John.Smith+jobs@GoogleMail.com "));
        Assert.Equal("john.smith@example.org", LinkKeyExtractor.NormaliseEmail("John.Smith@example.org"));
        Assert.True(Linked(Records.Make("a", Records.Emails("j.o.h.n.smith+x@gmail.com")), Records.Make("b", Records.Emails("JohnSmith@gmail.com"))));
        Assert.False(Linked(Records.Make("a", Records.Emails("john.smith@example.org")), Records.Make("b", Records.Emails("johnsmith@example.org"))));
    }

    [Fact]
    public void Phones_link_in_e164_form_only()
    {
        Assert.True(Linked(Records.Make("a", Records.Phone("+1 (415) 555-2671")), Records.Make("b", Records.Phone("415 555 2671"))));
        Assert.False(Linked(Records.Make("a", Records.Phone("+1 415 555 2671")), Records.Make("b", Records.Phone("+1 415 555 2672"))));
    }

    [Fact]
    public void Device_links_and_ip_links_only_in_the_same_window()
    {
        Assert.True(Linked(Records.Make("a", Records.Session("203.0.113.5", "dev-1")), Records.Make("b", Records.Session("198.51.100.9", "dev-1"))));
        Assert.True(Linked(Records.Make("a", Records.Session("203.0.113.5", "dev-1")), Records.Make("b", Records.Session("203.0.113.5", "dev-2"))));
        Assert.False(Linked(
            Records.Make("a", Records.Session("203.0.113.5", "dev-1", "2026-09-10T10:00:00Z")),
            Records.Make("b", Records.Session("203.0.113.5", "dev-2", "2026-09-20T10:00:00Z"))));

        // Same /24 is weak: support only, never a group on its own.
        Assert.False(Linked(Records.Make("a", Records.Session("203.0.113.5", "dev-1")), Records.Make("b", Records.Session("203.0.113.6", "dev-2"))));
    }

    [Fact]
    public void Payout_accounts_link_ignoring_formatting()
    {
        Assert.True(Linked(Records.Make("a", Records.Account("1234-5678-9012")), Records.Make("b", Records.Account("123456789012"))));
        Assert.False(Linked(Records.Make("a", Records.Account("123456789012")), Records.Make("b", Records.Account("123456789013"))));
    }

    [Fact]
    public void Photos_link_within_the_hamming_distance_only()
    {
        Assert.True(Linked(Records.Make("a", Records.Photo("00ff00ff00ff00ff")), Records.Make("b", Records.Photo("00ff00ff00ff00f0"))));
        Assert.False(Linked(Records.Make("a", Records.Photo("00ff00ff00ff00ff")), Records.Make("b", Records.Photo("00ff00ff00ff0000"))));
    }

    [Fact]
    public void Addresses_link_after_normalisation()
    {
        Assert.True(Linked(Records.Make("a", Records.Home("12 Oak Street, Apt 4", "78701")), Records.Make("b", Records.Home("12 oak st. #4", "78701"))));
        Assert.False(Linked(Records.Make("a", Records.Home("12 Oak Street, Apt 4", "78701")), Records.Make("b", Records.Home("12 Oak Street, Apt 5", "78701"))));
    }

    [Fact]
    public void Referral_links_referrer_and_referred()
    {
        Assert.True(Linked(Records.Make("a"), Records.Make("b", Records.ReferredBy("a"))));
        Assert.False(Linked(Records.Make("a"), Records.Make("b", Records.ReferredBy("c"))));
    }

    [Fact]
    public void Values_held_by_more_records_than_the_limit_link_nothing()
    {
        var options = new NetworkLinkerOptions { DocumentFrequencyLimit = 5 };
        var shared = Enumerable.Range(0, 5).Select(i => Records.Make("r" + i, Records.Session("192.0.2.1", "dev-" + i))).ToList();
        Assert.Single(NetworkLinker.Build(shared, options).Groups());

        shared.Add(Records.Make("r5", Records.Session("192.0.2.1", "dev-5")));
        Assert.Empty(NetworkLinker.Build(shared, options).Groups());

        var incremental = new NetworkLinker(options);
        foreach (var record in shared)
        {
            incremental.Add(record);
        }

        Assert.Empty(incremental.Groups());
    }

    [Fact]
    public void Group_has_stable_id_members_links_and_explanation()
    {
        var linker = NetworkLinker.Build([Records.Make("b", Records.Session("203.0.113.5", "dev-1")), Records.Make("a", Records.Session("198.51.100.9", "dev-1")), Records.Make("c")]);
        var group = Assert.Single(linker.Groups());
        Assert.Equal(NetworkLinker.GroupId("a"), group.Id);
        Assert.Equal(["a", "b"], group.Members);
        var link = Assert.Single(group.Links, l => l.Kind == LinkKinds.Device);
        Assert.Equal("dev-1", link.Value);
        Assert.Equal(LinkStrength.Strong, link.Strength);
        Assert.Contains("device", group.Explanation, StringComparison.Ordinal);
        Assert.Equal(group.Id, linker.GroupOf("b")?.Id);
        Assert.Equal(group.Members, linker.GroupOf("b")?.Members);
        Assert.Null(linker.GroupOf("c"));
    }

    [Fact]
    public void Laptop_farm_view_lists_equipment_addresses_of_several_identities()
    {
        static Action<JsonObject> Ship(string line) => j => j["equipment_shipping"] = new JsonObject
        {
            ["address"] = new JsonObject { ["line1"] = line, ["city"] = "Austin", ["postal_code"] = "78701", ["country"] = "US" },
        };

        var linker = NetworkLinker.Build([Records.Make("a", Ship("9 Elm Road")), Records.Make("b", Ship("9 elm rd")), Records.Make("c", Ship("10 Elm Road"))]);
        var farm = Assert.Single(linker.LaptopFarmView(), r => r.Kind == LinkKinds.EquipmentAddress);
        Assert.Equal(["a", "b"], farm.Records);
    }
}
