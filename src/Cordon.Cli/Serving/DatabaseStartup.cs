using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Cordon.Screening;
using Cordon.Storage;
using Npgsql;

namespace Cordon.Cli.Serving;

/// <summary>
/// Opens (and migrates) the database when <c>cordon serve</c> starts, waiting for it with exponential backoff (1 s, 2 s,
/// 4 s … at most 15 s apart) while the failure is one that can go away by itself or by a DBA's hand: the server down or
/// starting, the database not created yet, the role not able to sign in yet or lacking a privilege. Each failed attempt is
/// one line; after the budget the server stops with one line and a non-zero exit, never a stack trace.
/// </summary>
internal static class DatabaseStartup
{
    /// <summary>Default budget: long enough for a database started beside Cordon (a reboot, a compose file), short enough to fail a broken deployment.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(15);

    public static async Task<CordonServices> OpenAsync(Func<CancellationToken, Task<CordonServices>> open, string? database, TimeSpan wait, ServeConsole console, CancellationToken cancellationToken)
    {
        var target = Target(database);
        var started = Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var opened = await open(cancellationToken);
                if (attempt > 1)
                {
                    console.Info($"Database {target} opened after {attempt} attempts ({Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s).");
                }

                return opened;
            }
            catch (Exception e) when (StoreFailures.IsWorthRetryingAtStart(e))
            {
                var left = wait - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    throw new DatabaseStartupException(string.Create(CultureInfo.InvariantCulture,
                        $"database {target} could not be opened within {wait.TotalSeconds:0} s ({attempt} attempts): {StoreFailures.Describe(e)}"));
                }

                var pause = delay < left ? delay : left;
                console.Warning(string.Create(CultureInfo.InvariantCulture,
                    $"database {target} not ready (attempt {attempt}): {StoreFailures.Describe(e)}; trying again in {pause.TotalSeconds:0.#} s"));
                await Task.Delay(pause, cancellationToken);
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
            }
            catch (Exception e) when (e is DbException or SocketException)
            {
                throw new DatabaseStartupException($"database {target} could not be opened: {StoreFailures.Describe(e)}");
            }
        }
    }

    /// <summary>Where the database is, for messages: host, port and database name, never the password.</summary>
    private static string Target(string? database)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            return "(SQLite in the data folder)";
        }

        try
        {
            var value = database.Trim();
            if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                var uri = new Uri(value);
                return $"'{uri.AbsolutePath.TrimStart('/')}' on {uri.Host}:{(uri.Port < 0 ? 5432 : uri.Port)}";
            }

            if (value.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Server=", StringComparison.OrdinalIgnoreCase))
            {
                var builder = new NpgsqlConnectionStringBuilder(value);
                return $"'{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port} as {builder.Username}";
            }

            return $"'{value}'";
        }
        catch (ArgumentException)
        {
            return "(as given)";
        }
        catch (UriFormatException)
        {
            return "(as given)";
        }
    }
}

/// <summary>The database could not be opened when a command started; the message is the one line to show.</summary>
internal sealed class DatabaseStartupException(string message) : Exception(message);
