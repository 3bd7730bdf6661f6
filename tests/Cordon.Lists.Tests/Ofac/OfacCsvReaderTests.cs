using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

public sealed class OfacCsvReaderTests
{
    private static readonly Lazy<ListSnapshot> Sdn2021 = new(() => Load("ofac-sdn-2021-07"));

    internal static ListSnapshot Load(string folder)
    {
        var result = ListLoader.Default.Load(SharedData.Path("lists", folder));
        Assert.Empty(result.Warnings);
        return Assert.Single(result.Snapshots);
    }

    private static ListedEntity Entry(ListSnapshot snapshot, string id) =>
        Assert.Single(snapshot.Entities, e => e.SourceId == id);

    [Fact]
    public void Sdn_2021_07_has_8976_entries_and_414_dprk_entries()
    {
        var sdn = Sdn2021.Value;
        Assert.Equal(ListIds.OfacSdn, sdn.ListId);
        Assert.Equal("ofac-csv", sdn.Format);
        Assert.Equal(8976, sdn.Entities.Count);
        Assert.Equal(414, sdn.Entities.Count(e => e.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))));
        Assert.Equal(4, sdn.Sources.Count);
        Assert.Equal(sdn.Entities.Count, sdn.Entities.Select(e => e.SourceId).Distinct().Count());
    }

    [Fact]
    public void Sdn_2021_07_entity_types_match_the_file()
    {
        var sdn = Sdn2021.Value;
        Assert.Equal(4620, sdn.Entities.Count(e => e.Type == EntityType.Individual));
        Assert.Equal(3673, sdn.Entities.Count(e => e.Type == EntityType.Entity));
        Assert.Equal(406, sdn.Entities.Count(e => e.Type == EntityType.Vessel));
        Assert.Equal(277, sdn.Entities.Count(e => e.Type == EntityType.Aircraft));
    }

    [Fact]
    public void Sdn_2019_01_has_7379_entries()
    {
        var sdn = Load("ofac-sdn-2019-01");
        Assert.Equal(7379, sdn.Entities.Count);
        Assert.Equal(388, sdn.Entities.Count(e => e.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))));
    }

    [Fact]
    public void Kim_Jong_Un_is_entry_20157()
    {
        var kim = Entry(Sdn2021.Value, "20157");
        Assert.Equal("KIM, Jong Un", kim.PrimaryName);
        Assert.Equal(EntityType.Individual, kim.Type);
        Assert.Equal(["DPRK3"], kim.Programs);
        Assert.Equal(["Chairman of the Workers' Party of Korea"], kim.Titles);
        var dob = Assert.Single(kim.DatesOfBirth);
        Assert.Equal(new PartialDate("08 Jan 1984", 1984, 1, 8), dob);
        Assert.True(dob.IsExact);
        Assert.StartsWith("20157,\"KIM, Jong Un\",\"individual\",\"DPRK3\"", kim.SourceRecord, StringComparison.Ordinal);
        Assert.StartsWith("DOB 08 Jan 1984; Secondary sanctions risk", kim.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Lazarus_linked_individual_has_wallets_contacts_and_overflowing_remarks()
    {
        var li = Entry(Sdn2021.Value, "28264");
        Assert.Equal("LI, Jiadong", li.PrimaryName);
        Assert.Equal(["DPRK3", "CYBER2"], li.Programs);
        Assert.Equal(12, li.DigitalCurrencyAddresses.Count);
        Assert.All(li.DigitalCurrencyAddresses, a => Assert.Equal("XBT", a.Currency));
        Assert.Equal(new DigitalCurrencyAddress("XBT", "1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE"), li.DigitalCurrencyAddresses[0]);
        Assert.Equal(new PartialDate("10 Jan 1987", 1987, 1, 10), Assert.Single(li.DatesOfBirth));
        Assert.Equal(["China"], li.Nationalities);
        Assert.Equal("Male", li.Gender);

        // The sdn.csv remark stops at "...510.210; P"; sdn_comments.csv continues "hone Number 8613314257947; ...".
        Assert.Equal(["8613314257947", "8618004121000"], li.PhoneNumbers);
        Assert.Equal(new IdentityDocument("Identification Number", "210302198701102136", "China"), Assert.Single(li.Documents));
        Assert.Equal([new Alias("blackjack1987", AliasStrength.Weak, "aka"), new Alias("khaleesi", AliasStrength.Weak, "aka")], li.Aliases);
        Assert.Equal(new EntityLink("Linked To", "LAZARUS GROUP", "27307"), Assert.Single(li.Links));
        Assert.EndsWith("Linked To: LAZARUS GROUP.", li.Remarks, StringComparison.Ordinal);
        Assert.Contains("\n28264,\"hone Number 8613314257947;", li.SourceRecord, StringComparison.Ordinal);
        Assert.Equal(new PostalAddress(City: "Anshan, Liaoning", Country: "China"), Assert.Single(li.Addresses));
    }

    [Fact]
    public void Alias_cut_by_the_1000_character_limit_is_rejoined()
    {
        var tian = Entry(Sdn2021.Value, "28263");
        Assert.Equal("TIAN, Yinyin", tian.PrimaryName);
        Assert.Contains(new Alias("snowsjohn", AliasStrength.Weak, "aka"), tian.Aliases);
        Assert.Contains("417136259@qq.com", tian.EmailAddresses);
        Assert.Equal("27307", Assert.Single(tian.Links).TargetSourceId);
    }

    [Fact]
    public void Lazarus_group_is_an_entity_that_many_entries_link_to()
    {
        var sdn = Sdn2021.Value;
        var lazarus = Entry(sdn, "27307");
        Assert.Equal("LAZARUS GROUP", lazarus.PrimaryName);
        Assert.Equal(EntityType.Entity, lazarus.Type);
        Assert.Equal(["DPRK3"], lazarus.Programs);
        Assert.True(sdn.Entities.Count(e => e.Links.Any(l => l.TargetSourceId == "27307")) >= 2);
    }

    [Fact]
    public void Links_resolve_to_entries_of_the_same_file_by_primary_name()
    {
        var sdn = Sdn2021.Value;
        var ids = sdn.Entities.ToDictionary(e => e.SourceId);
        var links = sdn.Entities.SelectMany(e => e.Links).ToList();
        Assert.True(links.Count > 3000);
        Assert.All(links.Where(l => l.TargetSourceId is not null), l => Assert.Equal(l.TargetName, ids[l.TargetSourceId!].PrimaryName));

        // Targets on the non-SDN list cannot be resolved within the SDN file; everything else can.
        var unresolved = links.Where(l => l.TargetSourceId is null).Select(l => l.TargetName).ToHashSet();
        Assert.Contains("OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", unresolved);
        Assert.True(unresolved.Count <= 5, string.Join(" | ", unresolved));
    }

    [Fact]
    public void Names_ending_in_an_abbreviation_keep_their_full_stop()
    {
        var sdn = Sdn2021.Value;
        var link = sdn.Entities.SelectMany(e => e.Links).First(l => l.TargetName.StartsWith("GRUPO IMPERGOZA", StringComparison.Ordinal));
        Assert.Equal("GRUPO IMPERGOZA, S.A. DE C.V.", link.TargetName);
        Assert.NotNull(link.TargetSourceId);
    }

    [Fact]
    public void Dprk_vessel_has_its_imo_number_and_particulars()
    {
        var ship = Entry(Sdn2021.Value, "17069");
        Assert.Equal("CHONG CHON GANG", ship.PrimaryName);
        Assert.Equal(EntityType.Vessel, ship.Type);
        Assert.Equal(["DPRK"], ship.Programs);
        Assert.Equal(new IdentityDocument("Vessel Registration Identification", "IMO 7937317"), Assert.Single(ship.Documents));
        Assert.Equal("General Cargo", ship.Particulars["Vessel Type"]);
        Assert.Equal("Democratic People's Republic of Korea", ship.Particulars["Vessel Flag"]);
    }

    [Fact]
    public void Every_vessel_registration_identification_in_the_file_becomes_a_document()
    {
        // grep -o 'Vessel Registration Identification' sdn.csv | wc -l gives 410.
        Assert.Equal(410, Sdn2021.Value.Entities.SelectMany(e => e.Documents).Count(d => d.Type == "Vessel Registration Identification"));
    }

    [Fact]
    public void Air_koryo_aircraft_has_its_particulars()
    {
        var plane = Entry(Sdn2021.Value, "20540");
        Assert.Equal("P-532", plane.PrimaryName);
        Assert.Equal(EntityType.Aircraft, plane.Type);
        Assert.Equal("1974", plane.Particulars["Aircraft Manufacture Date"]);
        Assert.Equal("AN24-RV", plane.Particulars["Aircraft Model"]);
        Assert.Equal("Air Koryo", plane.Particulars["Aircraft Operator"]);
    }

    [Fact]
    public void Addresses_and_strong_and_weak_aliases_are_joined_to_their_entry()
    {
        var bank = Entry(Sdn2021.Value, "306");
        Assert.Equal("BANCO NACIONAL DE CUBA", bank.PrimaryName);
        Assert.Equal(EntityType.Entity, bank.Type);
        Assert.Equal(["CUBA"], bank.Programs);
        Assert.Equal(new PostalAddress("Zweierstrasse 35", "Zurich CH-8022", Country: "Switzerland"), bank.Addresses[0]);
        Assert.Equal(4, bank.Addresses.Count);
        Assert.Equal([new Alias("NATIONAL BANK OF CUBA", AliasStrength.Strong, "aka"), new Alias("BNC", AliasStrength.Weak, "aka")], bank.Aliases);
        Assert.Equal("a.k.a. 'BNC'.", bank.Remarks);
    }

    [Fact]
    public void Alias_kinds_come_from_alt_csv()
    {
        var aliases = Sdn2021.Value.Entities.SelectMany(e => e.Aliases).Where(a => a.Strength == AliasStrength.Strong).ToList();
        Assert.Equal(11910, aliases.Count);
        Assert.Equal(369, aliases.Count(a => a.Kind == "fka"));
        Assert.Equal(18, aliases.Count(a => a.Kind == "nka"));
    }

    [Fact]
    public void Consolidated_non_sdn_csv_is_its_own_list()
    {
        var cons = Load("ofac-consolidated-nonsdn");
        Assert.Equal(ListIds.OfacConsolidated, cons.ListId);
        Assert.Equal(442, cons.Entities.Count);
        Assert.Equal(79, cons.Entities.Count(e => e.Type == EntityType.Individual));
        var haniya = Entry(cons, "9639");
        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.PrimaryName);
        Assert.Equal(["NS-PLC"], haniya.Programs);
        Assert.Equal(new PartialDate("1962", 1962), Assert.Single(haniya.DatesOfBirth));
        Assert.Equal(["Shati"], haniya.PlacesOfBirth);
        Assert.Contains(new Alias("HANIYA, Ismail", AliasStrength.Strong, "aka"), haniya.Aliases);
    }

    [Fact]
    public void Sample_fixture_has_17_entries_and_ignores_lines_of_absent_entries()
    {
        var sample = Load("ofac-sample");
        Assert.Equal(17, sample.Entities.Count);
        Assert.Equal(ListIds.OfacSdn, sample.ListId);
        var exchange = Entry(sample, "33151");
        Assert.Contains(new DigitalCurrencyAddress("ETH", "0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535"), exchange.DigitalCurrencyAddresses);
        Assert.Contains(new DigitalCurrencyAddress("USDT", "16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H"), exchange.DigitalCurrencyAddresses);
        Assert.Contains(new Alias("SUCCESSFUL EXCHANGE", AliasStrength.Weak, "aka"), exchange.Aliases);
        Assert.Contains(exchange.DatesOfBirth, d => d == new PartialDate("25 Sep 2018", 2018, 9, 25));
        var logan = Entry(sample, "10278");
        Assert.Equal(new IdentityDocument("Passport", "P0017003", "Belize"), logan.Documents[0]);
        Assert.Equal(new IdentityDocument("SSN", "561-77-9011", "United States"), logan.Documents[1]);
    }
}
