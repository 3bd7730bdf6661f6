namespace Cordon.Core;

/// <summary>
/// Unpaired UTF-16 surrogates: a .NET string can hold half of a surrogate pair, which is no Unicode text at all, and
/// <see cref="string.Normalize()"/> throws on it. Input checks refuse such text; normalisers that must answer for any
/// string replace the halves first.
/// </summary>
public static class UnicodeText
{
    /// <summary>The index of the first half of a surrogate pair without its other half, or -1 when the text is sound.</summary>
    public static int IndexOfUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="text"/> with every unpaired surrogate replaced by U+FFFD (the same instance when there is none).</summary>
    public static string ReplaceUnpairedSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnpairedSurrogate(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
