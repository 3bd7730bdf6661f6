using System.CommandLine;
using Cordon.Screening;

namespace Cordon.Cli;

/// <summary>Options every command that touches storage accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Database { get; } = new("--database")
    {
        Description = "PostgreSQL connection string or SQLite file (default: $CORDON_DATABASE, else a SQLite file in the data folder)",
        Recursive = true,
    };

    public Option<string?> DataFolder { get; } = new("--data")
    {
        Description = "Folder for Cordon's own files, created on first run (default: $CORDON_DATA, else ./data)",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Database);
        root.Options.Add(DataFolder);
    }

    public Task<CordonServices> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var database = parse.GetValue(Database) ?? NullIfEmpty(Environment.GetEnvironmentVariable("CORDON_DATABASE"));
        var data = parse.GetValue(DataFolder) ?? NullIfEmpty(Environment.GetEnvironmentVariable("CORDON_DATA")) ?? "data";
        return CordonServices.OpenAsync(database, Path.GetFullPath(data), null, cancellationToken);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
