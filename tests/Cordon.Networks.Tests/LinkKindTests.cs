using System.Text.Json.Nodes;
using Cordon.Core.Identifiers;
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
        Assert.Equal("johnsmith@gmail.com", IdentifierNormalizer.NormaliseEmail(" John.Smith+jobs@GoogleMail.com "));
        Assert.Equal("john.smith@example.org", IdentifierNormalizer.NormaliseEmail("John.Smith@example.org"));
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
    public void Bech32_wallets_link_whatever_their_case()
    {
        // bech32 is case-insensitive; the linker once lower-cased only 0x addresses, so these two payouts did not link.
        Assert.True(Linked(Records.Make("a", Records.Wallet("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")), Records.Make("b", Records.Wallet("BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"))));
        Assert.False(Linked(Records.Make("a", Records.Wallet("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")), Records.Make("b", Records.Wallet("1boatslrhtknngkdxeeobr76b53lettpyt"))));
    }

    [Fact]
    public void A_device_links_and_the_same_ip_on_the_same_day_only_supports()
    {
        Assert.True(Linked(Records.Make("a", Records.Session("203.0.113.5", "dev-1")), Records.Make("b", Records.Session("198.51.100.9", "dev-1"))));

        // Coworking spaces, universities, offices and carrier NAT put strangers on one IP the same day: weak, never a group.
        Assert.False(Linked(Records.Make("a", Records.Session("203.0.113.5", "dev-1")), Records.Make("b", Records.Session("203.0.113.5", "dev-2"))));

        // Nor with one medium value beside it: a flat shared by two tenants and its router are one fact, not two.
        Assert.False(Linked(
            Records.Make("a", Records.All(Records.Session("203.0.113.5", "dev-1"), Records.Home("12 Oak Street", "78701"))),
            Records.Make("b", Records.All(Records.Session("203.0.113.5", "dev-2"), Records.Home("12 Oak Street", "78701")))));

        // Inside a group it is named as support.
        var group = Assert.Single(NetworkLinker.Build([
            Records.Make("a", Records.All(Records.Session("203.0.113.5", "dev-1"), Records.Emails("x@example.org"))),
            Records.Make("b", Records.All(Records.Session("203.0.113.5", "dev-2"), Records.Emails("x@example.org")))]).Groups());
        Assert.Contains(group.Links, l => l.Kind == LinkKinds.IpInWindow && l.Strength == LinkStrength.Weak);

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
    public void Addresses_link_after_normalisation_with_a_second_kind_of_evidence()
    {
        var referred = Records.ReferredBy("a");
        Assert.True(Linked(Records.Make("a", Records.Home("12 Oak Street, Apt 4", "78701")), Records.Make("b", Records.All(Records.Home("12 oak st. #4", "78701"), referred))));
        Assert.False(Linked(Records.Make("a", Records.Home("12 Oak Street, Apt 4", "78701")), Records.Make("b", Records.All(Records.Home("12 Oak Street, Apt 5", "78701"), referred))));
    }

    [Fact]
    public void One_kind_of_medium_evidence_never_joins_strangers()
    {
        Assert.False(Linked(Records.Make("a", Records.Home("12 Oak Street", "78701")), Records.Make("b", Records.Home("12 Oak Street", "78701"))));
        Assert.False(Linked(Records.Make("a"), Records.Make("b", Records.ReferredBy("a"))));
    }

    [Fact]
    public void A_referral_links_referrer_and_referred_with_a_second_kind_of_evidence()
    {
        var home = Records.Home("12 Oak Street", "78701");
        Assert.True(Linked(Records.Make("a", home), Records.Make("b", Records.All(home, Records.ReferredBy("a")))));
        Assert.False(Linked(Records.Make("a", home), Records.Make("b", Records.All(home, Records.ReferredBy("c")))));
    }

    [Fact]
    public void A_line_shared_day_after_day_joins_only_with_a_second_kind_of_evidence()
    {
        // Two people whose laptops log in from one home line on several days: a flat, an office or a laptop farm. Alone it
        // is one kind of medium evidence; with the same equipment address (a farm) or a referral it is two.
        var line = Records.Line("73.12.40.9", "dev-a");
        var line2 = Records.Line("73.12.40.9", "dev-b");
        Assert.False(Linked(Records.Make("a", line), Records.Make("b", line2)));
        Assert.True(Linked(Records.Make("a", line), Records.Make("b", Records.All(line2, Records.ReferredBy("a")))));

        // One session there (a visit, a café) is no line.
        Assert.False(Linked(Records.Make("a", Records.Session("73.12.40.9", "dev-a")), Records.Make("b", Records.All(Records.Session("73.12.40.9", "dev-b"), Records.ReferredBy("a")))));
    }

    [Fact]
    public void A_campus_network_is_no_shared_line()
    {
        var options = new NetworkLinkerOptions { IpLookup = ip => new Cordon.Intelligence.IpInfo(ip, "US", 3, "Massachusetts Institute of Technology", false, false, false) };
        Assert.False(Linked(Records.Make("a", Records.Line("18.9.22.1", "dev-a")), Records.Make("b", Records.All(Records.Line("18.9.22.1", "dev-b"), Records.ReferredBy("a"))), options));
        var isp = new NetworkLinkerOptions { IpLookup = ip => new Cordon.Intelligence.IpInfo(ip, "US", 7922, "Comcast Cable Communications, LLC", false, false, false) };
        Assert.True(Linked(Records.Make("a", Records.Line("18.9.22.1", "dev-a")), Records.Make("b", Records.All(Records.Line("18.9.22.1", "dev-b"), Records.ReferredBy("a"))), isp));
    }

    [Fact]
    public void A_stranger_paid_for_several_people_is_medium_evidence_and_a_relative_is_none()
    {
        var referred = Records.ReferredBy("a");

        // The same facilitator's name on two people's payouts (different accounts) and a referral: two kinds.
        Assert.True(Linked(
            Records.Make("a", Records.All(Records.Named("Anna", "Reed"), Records.PaidTo("Jose Robinson", "111111111"))),
            Records.Make("b", Records.All(Records.Named("Mark", "Lee"), Records.PaidTo("Robinson, Jose", "222222222"), referred))));

        // Alone it does not join.
        Assert.False(Linked(
            Records.Make("a", Records.All(Records.Named("Anna", "Reed"), Records.PaidTo("Jose Robinson", "111111111"))),
            Records.Make("b", Records.All(Records.Named("Mark", "Lee"), Records.PaidTo("Jose Robinson", "222222222")))));

        // Siblings paid into their mother's account: her family name is theirs, a household payout, not a stranger.
        Assert.False(Linked(
            Records.Make("a", Records.All(Records.Named("Anna", "Reed"), Records.PaidTo("Mary Reed", "111111111"))),
            Records.Make("b", Records.All(Records.Named("Tom", "Reed"), Records.PaidTo("Mary Reed", "222222222"), referred))));
    }

    [Theory]
    [InlineData("WeWork, 500 Congress Avenue, Floor 3")]
    [InlineData("Regus Business Centre, 12 Main Street")]
    [InlineData("University of Texas, Jester Dormitory")]
    [InlineData("c/o MyUS Parcel Forwarding, 4300 NW 1st Street")]
    public void Coworking_university_and_forwarder_addresses_only_support(string line)
    {
        var place = Records.Home(line, "78701");
        var referral = Records.ReferredBy("a");

        // A coworking address and a referral are one medium kind and a weak one: no group.
        Assert.False(Linked(Records.Make("a", place), Records.Make("b", Records.All(place, referral))));

        // The place is named as weak support inside a group formed otherwise.
        var group = Assert.Single(NetworkLinker.Build([
            Records.Make("a", Records.All(place, Records.Phone("+1 415 555 2671"))),
            Records.Make("b", Records.All(place, Records.Phone("+1 415 555 2671")))]).Groups());
        Assert.Contains(group.Links, l => l.Kind == LinkKinds.Address && l.Strength == LinkStrength.Weak);
    }

    [Fact]
    public void Values_held_by_more_records_than_the_limit_link_nothing()
    {
        var options = new NetworkLinkerOptions { DocumentFrequencyLimit = 5 };
        var shared = Enumerable.Range(0, 5).Select(i => Records.Make("r" + i, Records.Session("192.0.2." + i, "dev-shared"))).ToList();
        Assert.Single(NetworkLinker.Build(shared, options).Groups());

        shared.Add(Records.Make("r5", Records.Session("192.0.2.5", "dev-shared")));
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
