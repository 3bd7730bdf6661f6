namespace Cordon.Core.Tests;

public sealed class UnicodeTextTests
{
    // In code, not in attributes: an attribute's string is stored as UTF-8, which turns half a pair into U+FFFD.
    [Fact]
    public void Finds_the_first_unpaired_surrogate()
    {
        (string Text, int Index)[] cases =
        [
            ("", -1), ("Kim Jong Un", -1), ("a\U0001F600b", -1), ("\ud800", 0), ("ab\udc00", 2), ("\U0001F600\ud800", 2), ("\udc00\ud800", 0), ("a\ud800b", 1),
        ];
        foreach (var (text, index) in cases)
        {
            Assert.Equal(index, UnicodeText.IndexOfUnpairedSurrogate(text));
        }
    }

    [Fact]
    public void Replaces_only_unpaired_halves()
    {
        Assert.Equal("a\uFFFD\U0001F600\uFFFD\uFFFD", UnicodeText.ReplaceUnpairedSurrogates("a\ud800\U0001F600\udc00\ud800"));
        var sound = "Kim \U0001F600";
        Assert.Same(sound, UnicodeText.ReplaceUnpairedSurrogates(sound));
    }
}
