namespace Cordon.Matching.Normalisation;

/// <summary>A name split into prepared tokens, with the joined forms of adjacent tokens precomputed.</summary>
internal sealed class NormalisedName
{
    public NormalisedName(string original, NameToken[] tokens)
    {
        Original = original;
        Tokens = tokens;
        Pairs = new NameToken[Math.Max(0, tokens.Length - 1)];
        for (var i = 0; i < Pairs.Length; i++)
        {
            Pairs[i] = NameToken.Join(tokens[i], tokens[i + 1]);
        }
    }

    /// <summary>The name as given.</summary>
    public string Original { get; }

    /// <summary>The tokens, in input order.</summary>
    public NameToken[] Tokens { get; }

    /// <summary>Pairs[i] is Tokens[i] and Tokens[i + 1] written as one word.</summary>
    public NameToken[] Pairs { get; }
}
