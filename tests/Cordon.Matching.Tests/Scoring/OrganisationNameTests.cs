using Cordon.Core;

namespace Cordon.Matching.Tests.Scoring;

public sealed class OrganisationNameTests
{
    private static readonly Matcher M = Matcher.Default;

    [Theory]
    [InlineData("KOREA KWANGSON BANKING CORP", "Korea Kwangson Banking Corporation")]
    [InlineData("KOREA MINING DEVELOPMENT TRADING CORPORATION", "Korea Mining Development Trading Corp.")]
    [InlineData("ANGLO-CARIBBEAN CO., LTD.", "Anglo Caribbean Company Limited")]
    [InlineData("GRUPO MUNDO MARINO, S.A.", "Grupo Mundo Marino SA")]
    [InlineData("RED MUNDIAL INMOBILIARIA, S.A. DE C.V.", "Red Mundial Inmobiliaria SA de CV")]
    [InlineData("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "Foreign Trade Bank of North Korea")]
    [InlineData("KANGBONG TRADING CORPORATION", "Kangbong Trading Coporation")]
    [InlineData("IRAN ALLOY STEEL COMPANY", "Iran Alloy Steel Copany")]
    public void Legal_form_spelling_does_not_matter(string listed, string query) =>
        Assert.True(M.CompareNames(listed, query, SubjectKind.Organization) >= M.DefaultThreshold, M.ExplainNames(listed, query).Describe());

    [Theory]
    [InlineData("CORP")]
    [InlineData("TRADING")]
    [InlineData("GROUP")]
    [InlineData("INTERNATIONAL")]
    [InlineData("BANK")]
    [InlineData("LLC")]
    public void A_legal_form_or_generic_word_alone_never_matches_strongly(string query)
    {
        foreach (var listed in new[] { "KOREA KWANGSON BANKING CORP", "KOREA MINING DEVELOPMENT TRADING CORPORATION", query, query + " LTD" })
        {
            Assert.True(M.CompareNames(query, listed) < M.DefaultThreshold, M.ExplainNames(query, listed).Describe());
        }
    }

    [Fact]
    public void Generic_words_weigh_less_than_distinctive_ones()
    {
        // Sharing the distinctive word outweighs sharing two generic ones.
        var distinctive = M.CompareNames("Kwangson Trading Corporation", "Kwangson Shipping Corporation");
        var generic = M.CompareNames("Kwangson Trading Corporation", "Rungra Trading Corporation");
        Assert.True(distinctive > generic, $"{distinctive} vs {generic}");
        Assert.True(generic < M.DefaultThreshold);
    }

    [Theory]
    [InlineData("KKBC", "KOREA KWANGSON BANKING CORP")]
    [InlineData("KOMID", "KOREA MINING DEVELOPMENT TRADING CORPORATION")]
    [InlineData("FTB", "Foreign Trade Bank")]
    [InlineData("RGB", "Reconnaissance General Bureau")]
    [InlineData("OMM", "Ocean Maritime Management Company Limited")]
    public void Acronyms_of_multi_word_names_match(string acronym, string listed) =>
        Assert.True(M.CompareNames(acronym, listed) >= M.DefaultThreshold, M.ExplainNames(acronym, listed).Describe());

    [Theory]
    [InlineData("BKK", "KOREA KWANGSON BANKING CORP")]
    [InlineData("KKBT", "KOREA KWANGSON BANKING CORP")]
    [InlineData("KSBC", "KOREA KWANGSON BANKING CORP")]
    [InlineData("XYZ", "Foreign Trade Bank")]
    public void Letters_out_of_order_or_skipping_a_distinctive_word_are_not_an_acronym(string acronym, string listed) =>
        Assert.True(M.CompareNames(acronym, listed) < M.DefaultThreshold);
}
