namespace Cordon.Core.Tests;

public sealed class UnicodeTextTests
{
    [Theory]
    [InlineData("", -1)]
    [InlineData("Kim Jong Un", -1)]
    [InlineData("a\U0001F600b", -1)]
    [InlineData("\ud800", 0)]
    [InlineData("ab\udc00", 2)]
    [InlineData("\U0001F600\ud800", 2)]
    [InlineData("\udc00\ud800", 0)]
    public void Finds_the_first_unpaired_surrogate(string text, int index) => Assert.Equal(index, UnicodeText.IndexOfUnpairedSurrogate(text));

    [Fact]
    public void Replaces_only_unpaired_halves()
    {
        Assert.Equal("a\uFFFD\U0001F600\uFFFD\uFFFD", UnicodeText.ReplaceUnpairedSurrogates("a\ud800\U0001F600\udc00\ud800"));
        var sound = "Kim \U0001F600";
        Assert.Same(sound, UnicodeText.ReplaceUnpairedSurrogates(sound));
    }
}
