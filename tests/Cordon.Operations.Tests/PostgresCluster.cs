using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cordon.Operations.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster of these tests' own (never the shared one: the outage test stops and starts it), in a temporary
/// folder on a free port. As root it runs as user postgres, since PostgreSQL refuses root. Missing binaries fail the tests.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private string folder = string.Empty;
    private string bin = string.Empty;
    private int port;

    public string AdminConnectionString => $"Host=127.0.0.1;Port={port};Username=cordon;Database=postgres;Timeout=5;Command Timeout=60";

    public async Task InitializeAsync()
    {
        bin = FindBin() ?? throw new InvalidOperationException(
            "The operations tests need PostgreSQL's server programs under /usr/lib/postgresql/*/bin: apt-get install -y postgresql.");
        folder = IsRoot
            ? Directory.CreateDirectory(Path.Combine("/tmp", "cordon-ops-pg-" + Guid.NewGuid().ToString("N")[..12])).FullName
            : Directory.CreateTempSubdirectory("cordon-ops-pg-").FullName;
        if (IsRoot)
        {
            await Run("chown", ["postgres:postgres", folder]);
        }

        await Tool("initdb", ["-D", Data, "-A", "trust", "-U", "cordon", "-E", "UTF8", "--no-sync"]);
        port = FreePort();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await Tool("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Starts the server (again) on the same port; pooled connections of the tests from before are dropped.</summary>
    public async Task StartAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Tool("pg_ctl", ["-D", Data, "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "start"]);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Stops the server the way an operator or a crash would: fast shutdown, every connection cut.</summary>
    public Task StopAsync() => Tool("pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"]);

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ops_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Runs one scalar query.</summary>
    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Data => Path.Combine(folder, "data");

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBin()
    {
        const string root = "/usr/lib/postgresql";
        return !Directory.Exists(root)
            ? null
            : Directory.GetDirectories(root)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task Tool(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(bin, tool);
        return IsRoot ? Run("runuser", ["-u", "postgres", "--", path, .. arguments]) : Run(path, arguments);
    }

    private async Task Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = string.IsNullOrEmpty(folder) ? "/tmp" : folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{file} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OperationsTestGroup : ICollectionFixture<PostgresCluster>
{
    public const string Name = "operations";
}
