namespace Cordon.Lists;

/// <summary>
/// A list file could not be read. The message always names the file, the line (or XML element) when known, and why.
/// Thrown before anything is stored, so a failed import leaves the previous version in force.
/// </summary>
public sealed class ListFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="file">The file's display name.</param>
    /// <param name="line">1-based line number, when known.</param>
    /// <param name="reason">What is wrong, in words an analyst understands.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public ListFormatException(string file, long? line, string reason, Exception? inner = null)
        : base(line is null ? $"{file}: {reason}" : $"{file}, line {line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file's display name.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
