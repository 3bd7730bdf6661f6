namespace Cordon.Hub;

/// <summary>A file the hub refuses to import, with every problem found (nothing was stored).</summary>
public sealed class HubImportException : Exception
{
    /// <summary>Creates the error from its problems.</summary>
    public HubImportException(string file, IReadOnlyList<string> problems)
        : base($"{file}: {problems.Count} problem(s), nothing was imported:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems.Take(20))
            + (problems.Count > 20 ? $"{Environment.NewLine}  … and {problems.Count - 20} more" : string.Empty))
    {
        Problems = problems;
    }

    /// <summary>Creates an error with one problem.</summary>
    public HubImportException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates an error with one problem and its cause.</summary>
    public HubImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates an error without detail.</summary>
    public HubImportException()
        : this("The file could not be imported.")
    {
    }

    /// <summary>Each problem: where (object index, id) and why.</summary>
    public IReadOnlyList<string> Problems { get; }
}
