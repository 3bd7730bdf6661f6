using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Matching.Tests.Screening;

/// <summary>Screening against the real OFAC SDN file of July 2021.</summary>
public sealed class SdnScreeningTests
{
    private static readonly Lazy<ScreeningIndex> Sdn = new(() =>
    {
        var snapshot = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots.Single();
        return Matcher.Default.BuildIndex(snapshot.Entities);
    });

    private static IReadOnlyList<ScreeningMatch> Screen(ScreeningSubject subject) => Sdn.Value.Screen(subject);

    [Fact]
    public void Indexes_every_entry() => Assert.Equal(8976, Sdn.Value.EntityCount);

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("김정은")]
    [InlineData("金正恩")]
    [InlineData("Ким Чен Ын")]
    [InlineData("Jong-un KIM")]
    public void Finds_kim_jong_un(string name)
    {
        var top = Screen(new ScreeningSubject { Name = name, Kind = SubjectKind.Person })[0];
        Assert.Equal("20157", top.Entity.SourceId);
        Assert.Equal("KIM, Jong Un", top.Entity.PrimaryName);
    }

    [Fact]
    public void Finds_korea_kwangson_banking_corp()
    {
        Assert.Equal("11581", Screen(new ScreeningSubject { Name = "Korea Kwangson Banking Corp" })[0].Entity.SourceId);
        Assert.Equal("11581", Screen(new ScreeningSubject { Name = "KKBC", Kind = SubjectKind.Organization })[0].Entity.SourceId);
    }

    [Fact]
    public void Finds_lazarus_linked_person_by_wallet()
    {
        var match = Screen(new ScreeningSubject { Name = "unknown", WalletAddresses = ["134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"] })[0];
        Assert.Equal("28263", match.Entity.SourceId);
        Assert.Equal(1.0, match.Score);
    }

    [Fact]
    public void Date_of_birth_confirms_kim_jong_un()
    {
        var match = Screen(new ScreeningSubject { Name = "Kim Jong Un", DateOfBirth = PartialDate.Of(new DateOnly(1984, 1, 8)) })[0];
        Assert.Equal("20157", match.Entity.SourceId);
        Assert.Contains(match.Explanation.Features, f => f.Feature == "date-of-birth" && f.Points > 0);

        var wrong = Sdn.Value.Screen(new ScreeningSubject { Name = "Kim Jong Un", DateOfBirth = PartialDate.Of(new DateOnly(1950, 3, 1)) }, threshold: 0)
            .First(m => m.Entity.SourceId == "20157");
        Assert.True(wrong.Score < Matcher.Default.DefaultThreshold);
    }

    [Theory]
    [InlineData("Kim Jong Man")]
    [InlineData("Kim Jong Nam")]
    public void Does_not_confuse_other_kims_with_kim_jong_un(string name) =>
        Assert.DoesNotContain(Screen(new ScreeningSubject { Name = name }), m => m.Entity.SourceId == "20157");

    [Theory]
    [InlineData("Lee Min-jun")]
    [InlineData("Park Seo-yeon")]
    [InlineData("Choi Ji-ho")]
    [InlineData("John Smith")]
    [InlineData("Maria Garcia")]
    public void Common_clean_names_find_nothing(string name) =>
        Assert.Empty(Screen(new ScreeningSubject { Name = name, Kind = SubjectKind.Person }));
}
