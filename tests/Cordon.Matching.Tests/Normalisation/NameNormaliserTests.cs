using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Tests.Normalisation;

public sealed class NameNormaliserTests
{
    private static string[] Forms(string name) => [.. NameNormaliser.Normalise(name).Tokens.Select(t => t.Forms[0])];

    [Theory]
    [InlineData("KIM, Jong Un", new[] { "kim", "jong", "un" })]
    [InlineData("Ch'oe Ryong-hae", new[] { "choe", "ryong", "hae" })]
    [InlineData("Chŏng-ŭn", new[] { "chong", "un" })]
    [InlineData("ＫＩＭ Ｊｏｎｇ", new[] { "kim", "jong" })]
    [InlineData("José  Müller-Lüdenscheidt", new[] { "jose", "muller", "ludenscheidt" })]
    [InlineData("S.A. de C.V.", new[] { "sa", "de", "cv" })]
    [InlineData("Korea Kwangson Banking Corporation", new[] { "korea", "kwangson", "banking", "corp" })]
    [InlineData("Ø Ærø Łódź", new[] { "o", "aero", "lodz" })]
    public void Splits_folds_and_canonicalises(string name, string[] expected) =>
        Assert.Equal(expected, Forms(name));

    [Fact]
    public void Two_letter_tokens_are_kept() =>
        Assert.Equal(["o", "un", "il"], Forms("O Un Il"));

    [Fact]
    public void Hangul_is_romanised_syllable_by_syllable()
    {
        Assert.Equal(["gim", "jeong", "eun"], Forms("김정은"));
    }

    [Fact]
    public void Han_characters_get_Korean_and_Mandarin_readings()
    {
        var tokens = NameNormaliser.Normalise("金正恩").Tokens;
        Assert.Equal(3, tokens.Length);
        Assert.Contains("gim", tokens[0].Forms);
        Assert.Contains("jin", tokens[0].Forms);
        Assert.Contains("jeong", tokens[1].Forms);
        Assert.Contains("zheng", tokens[1].Forms);
        Assert.Contains("eun", tokens[2].Forms);
    }

    [Fact]
    public void Cyrillic_gets_ordinary_and_Korean_readings()
    {
        var tokens = NameNormaliser.Normalise("Ким Чен Ын").Tokens;
        Assert.Equal("kim", tokens[0].Forms[0]);
        Assert.Contains("chen", tokens[1].Forms);
        Assert.Contains("cheong", tokens[1].Forms);
        Assert.Contains("eun", tokens[2].Forms);
    }

    [Fact]
    public void Legal_forms_generic_words_and_particles_are_classified()
    {
        var tokens = NameNormaliser.Normalise("Kwangson Trading Co Ltd al").Tokens;
        Assert.Equal(
            [TokenClass.Distinctive, TokenClass.Generic, TokenClass.LegalForm, TokenClass.LegalForm, TokenClass.Particle],
            tokens.Select(t => t.Class));
    }

    [Fact]
    public void Country_phrases_become_one_word()
    {
        Assert.Equal(["foreign", "trade", "bank", "of", "the", "dprk"], Forms("Foreign Trade Bank of the Democratic People's Republic of Korea"));
        Assert.Equal(["foreign", "trade", "bank", "of", "dprk"], Forms("Foreign Trade Bank of North Korea"));
    }

    [Fact]
    public void Abdul_is_read_as_abd_al()
    {
        Assert.Equal(["abd", "al", "rahman"], Forms("Abdulrahman"));
        Assert.Equal(["abd", "al", "rahman"], Forms("Abd al-Rahman"));
        Assert.Equal(["abdullah"], Forms("Abdullah"));
    }

    [Theory]
    [InlineData("Cmpany", "co")]
    [InlineData("Corporaion", "corp")]
    [InlineData("Lmited", "ltd")]
    [InlineData("Tradng", "trading")]
    public void Mistyped_legal_forms_and_generic_words_are_recognised(string word, string canonical) =>
        Assert.Equal([canonical], Forms(word));

    [Fact]
    public void Single_letters_from_syllabic_scripts_are_syllables_not_initials()
    {
        Assert.Equal(TokenClass.Distinctive, NameNormaliser.Normalise("이").Tokens[0].Class);
        Assert.Equal(TokenClass.Initial, NameNormaliser.Normalise("J").Tokens[0].Class);
    }

    [Fact]
    public void Comma_separates_family_name_and_hyphen_keeps_given_name_whole()
    {
        var name = NameNormaliser.Normalise("LEE, Woo-jin");
        Assert.Null(name.Pairs[0]);
        Assert.NotNull(name.Pairs[1]);
        Assert.Equal("woojin", name.Pairs[1]!.Forms[0]);

        var natural = NameNormaliser.Normalise("Lee Woo-jin");
        Assert.Null(natural.Pairs[0]);
    }

    [Fact]
    public void Core_tokens_are_first_family_and_first_given_name()
    {
        Assert.Equal([true, true, false], NameNormaliser.Normalise("SOLOVIEVA, Galina Olegovna").Core);
        Assert.Equal([true, false, true], NameNormaliser.Normalise("Oleg Vladimirovich Deripaska").Core);
        Assert.Equal([true, false, true], NameNormaliser.Normalise("MADURO MOROS, Nicolas").Core);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_compared_as_a_replacement_character_instead_of_throwing()
    {
        // Found by the screening fuzz test (seed 88oJ2w1RfgL1): string.Normalize throws on unpaired surrogates.
        Assert.Equal(Matcher.Default.CompareNames("Kim \uFFFDJong Un", "Kim Jong Un"), Matcher.Default.CompareNames("Kim \ud800Jong Un", "Kim Jong Un"));
        Assert.Equal(Matcher.Default.CompareNames("M\u00FCller \uFFFD", "Muller"), Matcher.Default.CompareNames("M\u00FCller \udc00", "Muller"));
    }
}
