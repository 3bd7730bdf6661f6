using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Cordon.Storage.Postgres;

/// <summary>Runs PostgreSQL's client programs (<c>pg_dump</c>, <c>pg_restore</c>) against the database of a connection string.</summary>
internal static class PostgresTools
{
    /// <summary>
    /// Runs <paramref name="tool"/> with <paramref name="arguments"/>; the connection goes through libpq's environment variables,
    /// so that a password never appears on a command line other users can read.
    /// </summary>
    /// <exception cref="IOException">The tool is missing or exited with an error (its standard error is in the message).</exception>
    public static async Task RunAsync(string tool, string connectionString, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        SetOrRemove(start, "PGHOST", builder.Host);
        SetOrRemove(start, "PGPORT", builder.Port.ToString(CultureInfo.InvariantCulture));
        SetOrRemove(start, "PGUSER", builder.Username);
        SetOrRemove(start, "PGPASSWORD", builder.Password);
        SetOrRemove(start, "PGDATABASE", builder.Database);
        SetOrRemove(start, "PGSSLMODE", builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        using var process = Process.Start(start) ?? throw new IOException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await output;
        var message = (await error).Trim();
        if (process.ExitCode != 0)
        {
            throw new IOException($"{tool} exited with {process.ExitCode}: {message}");
        }
    }

    /// <summary>The tool on PATH, else in the newest <c>/usr/lib/postgresql/*/bin</c> (Debian keeps them there).</summary>
    private static string Find(string tool)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        const string debian = "/usr/lib/postgresql";
        var found = Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(d => (Path: Path.Combine(d, "bin", tool), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(d.Path))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Path)
                .FirstOrDefault()
            : null;
        return found ?? throw new IOException($"{tool} was not found on PATH nor under {debian}/*/bin; install the PostgreSQL client (apt-get install postgresql-client).");
    }

    private static void SetOrRemove(ProcessStartInfo start, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            start.Environment.Remove(name);
        }
        else
        {
            start.Environment[name] = value;
        }
    }
}
