namespace Cordon.Stix.Model;

/// <summary>
/// The input is not readable as STIX JSON at all (malformed JSON, too large, too deep, not an object). Content that is
/// well-formed JSON but breaks a STIX rule is reported by <see cref="Validation.StixValidator"/> instead.
/// </summary>
public sealed class StixFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, with the line and byte position when known.</param>
    /// <param name="path">JSON path of the offending element, <c>$</c> for the whole input.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public StixFormatException(string message, string path = "$", Exception? inner = null)
        : base(message, inner)
    {
        Path = path;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public StixFormatException()
        : this("invalid STIX JSON")
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public StixFormatException(string message, Exception inner)
        : this(message, "$", inner)
    {
    }

    /// <summary>JSON path of the offending element.</summary>
    public string Path { get; }
}
