using Cordon.Matching.Korean;

namespace Cordon.Matching.Tests.Korean;

public sealed class KoreanRomanisationTests
{
    // Syllable spellings of one Korean syllable across Revised Romanisation, McCune–Reischauer (apostrophes and breves
    // already removed by normalisation), North Korean usage and everyday spellings.
    [Theory]
    [InlineData("kim", "gim")]
    [InlineData("lee", "yi")]
    [InlineData("lee", "ri")]
    [InlineData("rhee", "i")]
    [InlineData("park", "pak")]
    [InlineData("park", "bak")]
    [InlineData("choi", "choe")]
    [InlineData("jong", "jeong")]
    [InlineData("jong", "chong")]
    [InlineData("jong", "jung")]
    [InlineData("jong", "chung")]
    [InlineData("un", "eun")]
    [InlineData("hyon", "hyun")]
    [InlineData("hyon", "hyeon")]
    [InlineData("ryong", "ryeong")]
    [InlineData("ryong", "yong")]
    [InlineData("ryong", "lyong")]
    [InlineData("sung", "song")]
    [InlineData("sung", "seong")]
    [InlineData("kang", "gang")]
    [InlineData("ko", "go")]
    [InlineData("cho", "jo")]
    [InlineData("chol", "cheol")]
    [InlineData("il", "ill")]
    [InlineData("yong", "young")]
    [InlineData("kwang", "gwang")]
    [InlineData("o", "oh")]
    [InlineData("pyon", "byun")]
    [InlineData("pyon", "byeon")]
    [InlineData("mun", "moon")]
    [InlineData("han", "hahn")]
    [InlineData("ho", "heo")]
    [InlineData("heo", "hur")]
    [InlineData("sin", "shin")]
    [InlineData("yu", "yoo")]
    [InlineData("yu", "ryu")]
    [InlineData("im", "lim")]
    [InlineData("im", "rim")]
    [InlineData("uk", "wook")]
    [InlineData("hui", "hee")]
    [InlineData("thaek", "taek")]
    [InlineData("jongun", "jeongeun")]
    public void Romanisations_of_one_syllable_share_a_key(string a, string b)
    {
        Assert.True(KoreanRomanisation.IsKoreanLike(a), a);
        Assert.True(KoreanRomanisation.IsKoreanLike(b), b);
        Assert.Equal(KoreanRomanisation.PhoneticKey(a), KoreanRomanisation.PhoneticKey(b));
    }

    [Theory]
    [InlineData("un", "il")]
    [InlineData("un", "man")]
    [InlineData("nam", "man")]
    [InlineData("yo", "un")]
    [InlineData("o", "u")]
    [InlineData("o", "woo")]
    [InlineData("ko", "ku")]
    [InlineData("jo", "ju")]
    [InlineData("song", "sang")]
    [InlineData("yong", "myong")]
    [InlineData("jong", "jang")]
    public void Different_syllables_keep_different_keys(string a, string b) =>
        Assert.NotEqual(KoreanRomanisation.PhoneticKey(a), KoreanRomanisation.PhoneticKey(b));

    [Theory]
    [InlineData("smith", false)]
    [InlineData("bradley", false)]
    [InlineData("ivanov", false)]
    [InlineData("kwangson", true)]
    [InlineData("jongun", true)]
    public void Korean_likeness_follows_syllable_structure(string token, bool expected) =>
        Assert.Equal(expected, KoreanRomanisation.IsKoreanLike(token));

    [Fact]
    public void Hanja_table_covers_surnames_and_given_name_characters()
    {
        Assert.True(HanjaReadings.Count >= 600, $"only {HanjaReadings.Count} characters");
        Assert.Contains("gim", HanjaReadings.Of("金")!);
        Assert.Contains("jeong", HanjaReadings.Of("正")!);
        Assert.Contains("eun", HanjaReadings.Of("恩")!);
        Assert.Contains("il", HanjaReadings.Of("日")!);
        Assert.Contains("seong", HanjaReadings.Of("成")!);
        Assert.Contains("bak", HanjaReadings.Of("朴")!);
        Assert.Null(HanjaReadings.Of("x"));
    }
}
