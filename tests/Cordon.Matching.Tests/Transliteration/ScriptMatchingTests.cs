namespace Cordon.Matching.Tests.Transliteration;

public sealed class ScriptMatchingTests
{
    private static readonly Matcher M = Matcher.Default;

    [Theory]
    [InlineData("김정은", "KIM, Jong Un")]
    [InlineData("金正恩", "KIM, Jong Un")]
    [InlineData("Ким Чен Ын", "KIM, Jong Un")]
    [InlineData("Ким Ир Сен", "Kim Il Sung")]
    [InlineData("김여정", "KIM, Yo Jong")]
    [InlineData("최룡해", "CHOE, Ryong Hae")]
    [InlineData("Цой Рён Хэ", "CHOE, Ryong Hae")]
    [InlineData("朴正日", "PAK, Jong Il")]
    [InlineData("Владимир Путин", "PUTIN, Vladimir")]
    [InlineData("Евгений Пригожин", "Yevgeniy Prigozhin")]
    [InlineData("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos")]
    [InlineData("محمد علي", "Mohammed Ali")]
    [InlineData("习近平", "XI Jinping")]
    [InlineData("أسامة بن لادن", "Osama bin Laden")]
    [InlineData("أيمن الظواهري", "Ayman al-Zawahiri")]
    [InlineData("Чхве Хви", "CHOE, Hwi")]
    [InlineData("Hans-Peter Müller", "Hans Peter Mueller")]
    public void Script_matches_list_spelling(string script, string listed)
    {
        var comparison = M.ExplainNames(script, listed);
        Assert.True(comparison.Score >= M.DefaultThreshold, comparison.Describe());
    }

    [Theory]
    [InlineData("김정은", "KIM, Jong Il")]
    [InlineData("金正日", "KIM, Jong Un")]
    [InlineData("김여정", "KIM, Jong Un")]
    public void Script_keeps_distinct_names_apart(string script, string listed)
    {
        var comparison = M.ExplainNames(script, listed);
        Assert.True(comparison.Score < M.DefaultThreshold, comparison.Describe());
    }
}
