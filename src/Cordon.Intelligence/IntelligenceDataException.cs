using System.Globalization;

namespace Cordon.Intelligence;

/// <summary>An intelligence data file (IP database, ASN list, indicator CSV) is missing, unreadable or malformed.</summary>
public sealed class IntelligenceDataException : Exception
{
    /// <summary>Creates the exception for a file, an optional 1-based line and the reason.</summary>
    /// <param name="file">Path of the offending file.</param>
    /// <param name="line">1-based line number, or null when the problem is not tied to one line.</param>
    /// <param name="reason">What is wrong, in plain words.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public IntelligenceDataException(string file, int? line, string reason, Exception? inner = null)
        : base(Format(file, line, reason), inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public IntelligenceDataException()
        : this(string.Empty, null, "intelligence data error")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message, used as reason.</param>
    public IntelligenceDataException(string message)
        : this(string.Empty, null, message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message, used as reason.</param>
    /// <param name="innerException">The underlying error.</param>
    public IntelligenceDataException(string message, Exception innerException)
        : this(string.Empty, null, message, innerException)
    {
    }

    /// <summary>Path of the offending file (empty when unknown).</summary>
    public string File { get; }

    /// <summary>1-based line number, or null.</summary>
    public int? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    private static string Format(string file, int? line, string reason)
    {
        if (string.IsNullOrEmpty(file))
        {
            return reason;
        }

        return line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{file}, line {l}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{file}: {reason}");
    }
}
