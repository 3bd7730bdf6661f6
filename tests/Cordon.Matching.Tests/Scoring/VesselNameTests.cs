using Cordon.Core;

namespace Cordon.Matching.Tests.Scoring;

public sealed class VesselNameTests
{
    private static readonly Matcher M = Matcher.Default;

    [Theory]
    [InlineData("HAPPINESS I", "Happiness 1")]
    [InlineData("OCEAN VICTORY", "M/V Ocean Victory")]
    [InlineData("CHONG CHON GANG", "Chongchongang")]
    [InlineData("MU DU BONG", "Mudubong")]
    [InlineData("RYE SONG GANG 1", "Ryesonggang 1")]
    public void Vessel_spellings_match(string listed, string query) =>
        Assert.True(M.CompareNames(listed, query, SubjectKind.Vessel) >= M.DefaultThreshold, M.ExplainNames(listed, query, SubjectKind.Vessel).Describe());

    [Theory]
    [InlineData("HAPPINESS I", "Happiness II")]
    [InlineData("STAR FOREVER", "Forever Star")]
    [InlineData("KUM UN SAN", "Kum Un San 3")]
    public void Other_vessels_do_not_match(string listed, string query) =>
        Assert.True(M.CompareNames(listed, query, SubjectKind.Vessel) < M.DefaultThreshold, M.ExplainNames(listed, query, SubjectKind.Vessel).Describe());
}
