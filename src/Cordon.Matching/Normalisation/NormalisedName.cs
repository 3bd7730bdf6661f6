namespace Cordon.Matching.Normalisation;

/// <summary>
/// A name split into prepared tokens, with the joined forms of runs of two and three adjacent tokens precomputed
/// (Jong + Un → Jongun; Chong + Chon + Gang → Chongchongang), for comparing joined and split spellings.
/// </summary>
internal sealed class NormalisedName
{
    /// <summary>Longest run of adjacent tokens compared as one word.</summary>
    public const int MaxRun = 3;

    /// <summary>Link between a token and the next: a space (the words may be joined).</summary>
    public const byte SpaceLink = 0;

    /// <summary>Link between a token and the next: a hyphen (one name written in parts: Woo-jin).</summary>
    public const byte HyphenLink = 1;

    /// <summary>Link between a token and the next: a comma (family name, then given names: never joined).</summary>
    public const byte CommaLink = 2;

    /// <summary>Creates the name; <paramref name="links"/>[i] says how token i is separated from token i + 1.</summary>
    public NormalisedName(string original, NameToken[] tokens, byte[]? links = null)
    {
        Original = original;
        Tokens = tokens;
        links ??= new byte[Math.Max(0, tokens.Length - 1)];
        Links = links;
        Core = CoreTokens(links, tokens.Length);
        Pairs = new NameToken?[Math.Max(0, tokens.Length - 1)];
        for (var i = 0; i < Pairs.Length; i++)
        {
            Pairs[i] = CanJoin(links, tokens.Length, i, 2) ? NameToken.Join(tokens[i], tokens[i + 1]) : null;
        }

        Triples = new NameToken?[Math.Max(0, tokens.Length - 2)];
        for (var i = 0; i < Triples.Length; i++)
        {
            Triples[i] = CanJoin(links, tokens.Length, i, 3) ? NameToken.Join(NameToken.Join(tokens[i], tokens[i + 1]), tokens[i + 2]) : null;
        }
    }

    /// <summary>Restores a name as it was saved (<see cref="ScreeningIndexSnapshot"/>), its joined runs included.</summary>
    internal NormalisedName(string original, NameToken[] tokens, byte[] links, NameToken?[] pairs, NameToken?[] triples)
    {
        if (links.Length != Math.Max(0, tokens.Length - 1) || pairs.Length != links.Length || triples.Length != Math.Max(0, tokens.Length - 2))
        {
            throw new InvalidDataException("a saved name's links or joined runs do not fit its tokens");
        }

        Original = original;
        Tokens = tokens;
        Links = links;
        Core = CoreTokens(links, tokens.Length);
        Pairs = pairs;
        Triples = triples;
    }

    /// <summary>The name as given.</summary>
    public string Original { get; }

    /// <summary>Links[i] says how token i is separated from token i + 1 (space, hyphen or comma).</summary>
    public byte[] Links { get; }

    /// <summary>The tokens, in input order.</summary>
    public NameToken[] Tokens { get; }

    /// <summary>
    /// Core[i] is true for the tokens that carry the name: the first family name and the first given name. Written
    /// "LAST, First Middle", they are the first token and the first after the comma; written in natural order, the first
    /// and the last. Other tokens (middle names, patronymics, second surnames) are often left out. Hyphenated parts of a
    /// core token are core too.
    /// </summary>
    public bool[] Core { get; }

    /// <summary>Pairs[i] is Tokens[i] and Tokens[i + 1] written as one word; null where they may not be joined.</summary>
    public NameToken?[] Pairs { get; }

    /// <summary>Triples[i] is Tokens[i], Tokens[i + 1] and Tokens[i + 2] written as one word; null where they may not be joined.</summary>
    public NameToken?[] Triples { get; }

    /// <summary>The token, or joined run, of <paramref name="length"/> tokens starting at <paramref name="start"/>; null when not joinable.</summary>
    public NameToken? Run(int start, int length) => length switch
    {
        1 => Tokens[start],
        2 => Pairs[start],
        _ => Triples[start],
    };

    private static bool[] CoreTokens(byte[] links, int count)
    {
        var core = new bool[count];
        if (count == 0)
        {
            return core;
        }

        var comma = Array.IndexOf(links, CommaLink);
        core[0] = true;
        core[comma >= 0 ? comma + 1 : count - 1] = true;
        for (var i = 0; i + 1 < count; i++)
        {
            if (links[i] == HyphenLink && (core[i] || core[i + 1]))
            {
                core[i] = core[i + 1] = true;
            }
        }

        for (var i = count - 2; i >= 0; i--)
        {
            if (links[i] == HyphenLink && (core[i] || core[i + 1]))
            {
                core[i] = core[i + 1] = true;
            }
        }

        return core;
    }

    /// <summary>
    /// A run may be joined when no comma separates its tokens (the family name before a comma stays apart) and it does
    /// not cut a hyphenated name in two (Lee Woo-jin: Woo-jin joins whole, never Lee+Woo).
    /// </summary>
    private static bool CanJoin(byte[] links, int count, int start, int length)
    {
        for (var k = start; k < start + length - 1; k++)
        {
            if (links[k] == CommaLink)
            {
                return false;
            }
        }

        var end = start + length - 1;
        return (start == 0 || links[start - 1] != HyphenLink) && (end == count - 1 || links[end] != HyphenLink);
    }
}
