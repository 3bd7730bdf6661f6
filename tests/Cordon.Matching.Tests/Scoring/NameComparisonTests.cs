using Cordon.Core;

namespace Cordon.Matching.Tests.Scoring;

public sealed class NameComparisonTests
{
    private static readonly Matcher M = Matcher.Default;

    private static double T => M.DefaultThreshold;

    [Theory]
    [InlineData("KIM, Jong Un", "Kim Jong Un")]
    [InlineData("KIM, Jong Un", "Jong-un Kim")]
    [InlineData("KIM, Jong Un", "Kim Jongun")]
    [InlineData("KIM, Jong Un", "KIM JONG-UN")]
    [InlineData("KIM, Jong Un", "Gim Jeong-eun")]
    [InlineData("KIM, Jong Un", "Kim Chŏng-ŭn")]
    [InlineData("KIM, Jong Un", "Kim Jung Eun")]
    [InlineData("CHOE, Ryong Hae", "Ch'oe Ryong-hae")]
    [InlineData("CHOE, Ryong Hae", "Choi Yong Hae")]
    [InlineData("PAK, Chol Su", "Park Cheol Soo")]
    [InlineData("RI, Man Gon", "Lee Man-gon")]
    [InlineData("HYON, Yong Chol", "Hyun Young Chul")]
    [InlineData("PAEK, Chang Ho", "Paek Changho")]
    [InlineData("KIM, Jong Un", "Kmi Jong Un")]
    [InlineData("KIM, Kwang Hyok", "Kim Kwang Hyk")]
    [InlineData("Oleg Vladimirovich Deripaska", "Oleg Deripaska")]
    [InlineData("Yevgeniy Prigozhin", "Evgeniy Prigozhin")]
    [InlineData("Usama bin Ladin", "Osama bin Laden")]
    [InlineData("Hossein Dehghan", "Hosein Dehqan")]
    [InlineData("Nicolás Maduro", "NICOLAS MADURO")]
    [InlineData("Chong Chon Gang", "Chongchongang")]
    [InlineData("KIM, Su Il", "Sooil Kim")]
    [InlineData("RI, Man Gon", "Mankun Rhee")]
    [InlineData("PAE, Won Uk", "Paae Won Uk")]
    [InlineData("CHOE, Sok Min", "Cheo Sok Min")]
    [InlineData("KIM, Kwang Il", "Kim Kwag Il")]
    [InlineData("Ismail Haniyeh", "HANIYA, Ismail")]
    [InlineData("Mohammed bin Salman", "Muhammad bin Salman")]
    public void Same_person_or_party_matches(string listed, string variant)
    {
        var comparison = M.ExplainNames(listed, variant);
        Assert.True(comparison.Score >= T, comparison.Describe());
    }

    [Theory]
    [InlineData("KIM, Jong Un", "Kim Jong Man")]
    [InlineData("KIM, Jong Un", "Kim Yo Jong")]
    [InlineData("KIM, Jong Un", "Kim Jong Il")]
    [InlineData("KIM, Jong Un", "Kim Jong Nam")]
    [InlineData("KIM, Jong Un", "Kim Un Jong")]
    [InlineData("KIM, Jong Un", "Kim Jong")]
    [InlineData("KIM, Jong Un", "Park Jong Un")]
    [InlineData("PAK, Yong Sik", "Pak Myong Sik")]
    [InlineData("RI, Un Song", "Ri Un Tong")]
    [InlineData("JANG, Chang Ha", "Jang Chang Hak")]
    [InlineData("O, Yong Ho", "Woo Young-ho")]
    [InlineData("Liu Yang", "Liu Ying")]
    [InlineData("Sato Yuki", "Saito Yuki")]
    [InlineData("John Parker Roberts", "John Parker")]
    [InlineData("KIM, Sang Man", "Kim Sung-man")]
    [InlineData("Peng Wei", "Wei Pang")]
    public void Different_person_does_not_match(string listed, string other)
    {
        var comparison = M.ExplainNames(listed, other);
        Assert.True(comparison.Score < T, comparison.Describe());
    }

    [Fact]
    public void Exact_name_scores_one_and_is_symmetric()
    {
        Assert.Equal(1.0, M.CompareNames("KIM, Jong Un", "Kim Jong Un"));
        Assert.Equal(M.CompareNames("Oleg Deripaska", "Oleg Vladimirovich Deripaska"), M.CompareNames("Oleg Vladimirovich Deripaska", "Oleg Deripaska"));
    }

    [Fact]
    public void Unmatched_query_tokens_cost_their_weight()
    {
        var comparison = M.ExplainNames("Kim Jong Man", "KIM, Jong Un");
        Assert.Contains(comparison.Tokens, t => t.Kind == Explanation.AlignmentKind.Missing && t.QueryToken == "Man");
    }

    [Fact]
    public void Scores_stay_in_range()
    {
        foreach (var (a, b) in new[] { ("", "Kim"), ("Kim", ""), ("!!!", "???"), ("a b c d e f g h i j k l m n o p q r s t u v w x y z", "z y x") })
        {
            var s = M.CompareNames(a, b);
            Assert.InRange(s, 0, 1);
        }
    }

    [Fact]
    public void Person_kind_weighs_every_word_as_a_name()
    {
        // "Sa" is a legal form in company names but a Korean surname; for a person it must weigh like any name.
        Assert.True(M.CompareNames("SA, Myong Chol", "Sa Myong Chol", SubjectKind.Person) >= T);
        Assert.True(M.CompareNames("SA, Myong Chol", "Ri Myong Chol", SubjectKind.Person) < T);
    }
}
