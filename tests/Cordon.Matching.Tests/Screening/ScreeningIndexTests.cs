using System.Text.Json;
using Cordon.Core;
using static Cordon.Matching.Tests.Screening.Entities;

namespace Cordon.Matching.Tests.Screening;

public sealed class ScreeningIndexTests
{
    private static readonly ScreeningIndex Index = Matcher.Default.BuildIndex(
    [
        Person("1", "KIM, Jong Un", "1984-01-08", "Korea, North", "Male"),
        Person("2", "KIM, Yo Jong", "1987-09-26", "Korea, North", "Female"),
        Person("3", "KIM, Yong Chol", "1946-01-01", "Korea, North"),
        Person("4", "KIM, Yong Chol", "1962-02-18", "Korea, North"),
        Person("5", "PARK, Jin Hyok", "1984-08-15", "Korea, North", "Male",
            new Alias("PAK, Jin Hek", AliasStrength.Strong), new Alias("PAK, Kwang Jin", AliasStrength.Strong), new Alias("Jin Park", AliasStrength.Weak)),
        Organisation("10", "KOREA KWANGSON BANKING CORP", new Alias("KKBC", AliasStrength.Strong)),
        Organisation("11", "KOREA MINING DEVELOPMENT TRADING CORPORATION", new Alias("KOMID", AliasStrength.Strong)),
        Organisation("12", "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"),
        Organisation("13", "RECONNAISSANCE GENERAL BUREAU"),
        Person("20", "TIAN, Yinyin", "1986-07-12", "China") with
        {
            DigitalCurrencyAddresses = [new DigitalCurrencyAddress("XBT", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak")],
            EmailAddresses = ["417136259@qq.com"],
        },
        Organisation("21", "VOLASYS SILVER STAR") with { Websites = ["www.volasys.example"] },
        Person("22", "JO, Chol Song", "1984-09-25", "Korea, North", "Male") with
        {
            Documents = [new IdentityDocument("Passport", "654320502", "Korea, North")],
        },
        new ListedEntity
        {
            ListId = "test", SourceId = "30", Type = EntityType.Vessel, PrimaryName = "CHONG CHON GANG", SourceRecord = "vessel",
        },
    ]);

    private static IReadOnlyList<ScreeningMatch> Screen(string name, SubjectKind kind = SubjectKind.Any, string? dob = null, string? nationality = null) =>
        Index.Screen(new ScreeningSubject { Name = name, Kind = kind, DateOfBirth = dob is null ? null : ParseDate(dob), Nationality = nationality });

    [Fact]
    public void Counts_entities()
    {
        Assert.Equal(13, Index.EntityCount);
        Assert.True(Index.NameCount > Index.EntityCount);
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Jong-un Kim")]
    [InlineData("김정은")]
    [InlineData("金正恩")]
    [InlineData("Ким Чен Ын")]
    [InlineData("Gim Jeongeun")]
    public void Finds_kim_jong_un_in_any_spelling(string query)
    {
        var matches = Screen(query);
        Assert.NotEmpty(matches);
        Assert.Equal("1", matches[0].Entity.SourceId);
    }

    [Theory]
    [InlineData("Kim Jong Man")]
    [InlineData("Kim Jong Il")]
    [InlineData("Kim Jong Nam")]
    [InlineData("Kim Un Jong")]
    public void Does_not_report_other_kims(string query) =>
        Assert.DoesNotContain(Screen(query), m => m.Entity.SourceId == "1");

    [Fact]
    public void Date_of_birth_tells_namesakes_apart()
    {
        var matches = Index.Screen(new ScreeningSubject { Name = "Kim Yong Chol", DateOfBirth = ParseDate("1962-02-18") }, threshold: 0);
        Assert.Equal("4", matches[0].Entity.SourceId);
        var other = matches.Single(m => m.Entity.SourceId == "3");
        Assert.True(matches[0].Score > other.Score);
        Assert.True(other.Score < Matcher.Default.DefaultThreshold, other.Explanation.Describe());
        Assert.Contains(other.Explanation.Features, f => f.Feature == "date-of-birth" && f.Points < 0);
    }

    [Fact]
    public void Without_date_of_birth_both_namesakes_are_reported()
    {
        var ids = Screen("Kim Yong Chol").Select(m => m.Entity.SourceId).ToHashSet();
        Assert.Contains("3", ids);
        Assert.Contains("4", ids);
    }

    [Fact]
    public void Nationality_agreement_and_difference_are_explained()
    {
        var agree = Index.Screen(new ScreeningSubject { Name = "Kim Yo Jong", Nationality = "DPRK" })[0];
        var differ = Index.Screen(new ScreeningSubject { Name = "Kim Yo Jong", Nationality = "RU" }, threshold: 0)[0];
        Assert.True(agree.Score > differ.Score);
        Assert.Contains(differ.Explanation.Features, f => f.Feature == "nationality" && f.Reason.Contains("query RU, entry KP", StringComparison.Ordinal));
    }

    [Fact]
    public void Gender_difference_lowers_the_score()
    {
        var same = Index.Screen(new ScreeningSubject { Name = "Kim Yo Jong", Gender = "female" }, threshold: 0)[0];
        var other = Index.Screen(new ScreeningSubject { Name = "Kim Yo Jong", Gender = "male" }, threshold: 0)[0];
        Assert.True(same.Score > other.Score);
    }

    [Fact]
    public void Subject_kind_restricts_entry_types()
    {
        Assert.Empty(Screen("Korea Kwangson Banking Corp", SubjectKind.Person));
        Assert.NotEmpty(Screen("Korea Kwangson Banking Corp", SubjectKind.Organization));
        Assert.Empty(Screen("Kim Jong Un", SubjectKind.Organization));
        Assert.Equal("30", Assert.Single(Screen("Chong Chon Gang", SubjectKind.Vessel)).Entity.SourceId);
        Assert.Empty(Screen("Chong Chon Gang", SubjectKind.Aircraft));
    }

    [Theory]
    [InlineData("KKBC", "10")]
    [InlineData("KOMID", "11")]
    [InlineData("Korea Kwangson Banking Corporation", "10")]
    [InlineData("Foreign Trade Bank of North Korea", "12")]
    [InlineData("RGB", "13")]
    [InlineData("Chongchongang", "30")]
    public void Finds_organisations_by_variant_and_acronym(string query, string id) =>
        Assert.Equal(id, Screen(query)[0].Entity.SourceId);

    [Theory]
    [InlineData("CORP")]
    [InlineData("TRADING")]
    [InlineData("BANK")]
    [InlineData("INTERNATIONAL GROUP")]
    public void Generic_queries_find_nothing(string query) => Assert.Empty(Screen(query));

    [Fact]
    public void Weak_alias_alone_is_capped_below_threshold()
    {
        var matches = Index.Screen(new ScreeningSubject { Name = "Jin Park" }, threshold: 0);
        var weak = matches.Single(m => m.Entity.SourceId == "5");
        Assert.True(weak.Explanation.WeakAlias);
        Assert.True(weak.Score < Matcher.Default.DefaultThreshold, weak.Explanation.Describe());

        var corroborated = Index.Screen(new ScreeningSubject { Name = "Jin Park", DateOfBirth = ParseDate("1984-08-15") });
        Assert.Contains(corroborated, m => m.Entity.SourceId == "5");
    }

    [Fact]
    public void Exact_identifiers_match_on_their_own()
    {
        var wallet = Assert.Single(Index.Screen(new ScreeningSubject { Name = "", WalletAddresses = ["134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"] }));
        Assert.Equal("20", wallet.Entity.SourceId);
        Assert.Equal(1.0, wallet.Score);
        Assert.Contains(wallet.Explanation.Features, f => f.Feature == "identifier" && f.Reason.Contains("XBT", StringComparison.Ordinal));

        Assert.Equal("20", Index.Screen(new ScreeningSubject { Name = "Someone Else", EmailAddresses = ["417136259@QQ.com"] })[0].Entity.SourceId);
        Assert.Equal("21", Index.Screen(new ScreeningSubject { Name = "Acme", Websites = ["https://volasys.example/about"] })[0].Entity.SourceId);
        Assert.Equal("22", Index.Screen(new ScreeningSubject { Name = "J. Smith", DocumentNumbers = ["654 320 502"] })[0].Entity.SourceId);
        Assert.Empty(Index.Screen(new ScreeningSubject { Name = "Someone Else", WalletAddresses = ["134r8iHv69xdT6p5qVKTsHrcUEuBVZAYaK"] }));
    }

    [Fact]
    public void Results_are_best_first_limited_and_thresholded()
    {
        var all = Index.Screen(new ScreeningSubject { Name = "Kim" }, limit: 100, threshold: 0);
        Assert.True(all.Count >= 4);
        Assert.Equal(all.OrderByDescending(m => m.Score).Select(m => m.Score), all.Select(m => m.Score));
        Assert.Equal(2, Index.Screen(new ScreeningSubject { Name = "Kim" }, limit: 2, threshold: 0).Count);
        Assert.Empty(Screen("Kim"));
    }

    [Fact]
    public void Explanation_serialises_and_describes()
    {
        var match = Screen("Gim Jeong-eun", dob: "1984-01-08")[0];
        var json = JsonSerializer.Serialize(match.Explanation);
        Assert.Contains("\"RomanisationVariant\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<Explanation.MatchExplanation>(json)!;
        Assert.Equal(match.Explanation.Score, back.Score);
        Assert.Equal(Matcher.Default.Algorithm, back.Algorithm);
        var text = match.Explanation.Describe();
        Assert.Contains("date of birth 1984-01-08 agrees", text, StringComparison.Ordinal);
        Assert.Contains("romanisation-variant", text, StringComparison.Ordinal);
        Assert.Equal(match.Score, match.Explanation.Score, 3);
    }

    [Fact]
    public void Screening_is_thread_safe()
    {
        var names = new[] { "Kim Jong Un", "KOMID", "Kim Yo Jong", "Park Jin Hyok", "Chongchongang" };
        var expected = names.Select(n => Screen(n)[0].Entity.SourceId).ToArray();
        Parallel.For(0, 400, i => Assert.Equal(expected[i % names.Length], Screen(names[i % names.Length])[0].Entity.SourceId));
    }
}
