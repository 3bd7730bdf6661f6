namespace Cordon.Matching.Evaluation;

/// <summary>
/// An evaluation file (name pairs, list queries, clean names, baseline) is broken.
/// The message names the file, the line and the column when they are known, and what is wrong.
/// </summary>
public sealed class EvaluationFileException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="file">The file's display name.</param>
    /// <param name="line">1-based line number, when known.</param>
    /// <param name="column">The column's header name, when known.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public EvaluationFileException(string file, long? line, string? column, string reason, Exception? inner = null)
        : base(Describe(file, line, column, reason), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file's display name.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>Header name of the offending column, when known.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    private static string Describe(string file, long? line, string? column, string reason)
    {
        var where = file;
        if (line is not null)
        {
            where += ", line " + line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (column is not null)
        {
            where += ", column '" + column + "'";
        }

        return where + ": " + reason;
    }
}
