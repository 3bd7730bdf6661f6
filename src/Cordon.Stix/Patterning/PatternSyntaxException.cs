namespace Cordon.Stix.Patterning;

/// <summary>A STIX pattern is not valid: where (character offset) and what was expected.</summary>
public sealed class PatternSyntaxException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="position">Zero-based character offset of the problem in the pattern.</param>
    /// <param name="expected">What the parser expected there.</param>
    /// <param name="found">What it found.</param>
    public PatternSyntaxException(int position, string expected, string found)
        : base($"pattern error at position {position}: expected {expected}, found {found}")
    {
        Position = position;
        Expected = expected;
        Found = found;
    }

    /// <summary>Creates the exception with a free-form message at a position.</summary>
    public PatternSyntaxException(int position, string message)
        : base($"pattern error at position {position}: {message}")
    {
        Position = position;
        Expected = string.Empty;
        Found = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public PatternSyntaxException()
        : this(0, "invalid pattern")
    {
    }

    /// <summary>Creates the exception.</summary>
    public PatternSyntaxException(string message)
        : this(0, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PatternSyntaxException(string message, Exception inner)
        : base(message, inner)
    {
        Expected = string.Empty;
        Found = string.Empty;
    }

    /// <summary>Zero-based character offset of the problem.</summary>
    public int Position { get; }

    /// <summary>What was expected (empty for free-form errors).</summary>
    public string Expected { get; }

    /// <summary>What was found (empty for free-form errors).</summary>
    public string Found { get; }
}
