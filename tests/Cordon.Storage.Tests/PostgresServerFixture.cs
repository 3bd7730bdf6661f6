using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cordon.Storage.Tests;

/// <summary>
/// A PostgreSQL server for the tests: the one named by <c>CORDON_TEST_POSTGRES</c> (a connection string) when set,
/// else a throwaway cluster started here from <c>/usr/lib/postgresql/*/bin</c> in a temporary folder, on a free port,
/// and removed on dispose. PostgreSQL refuses to run as root, so as root the cluster runs as user <c>postgres</c>.
/// Missing binaries fail the tests with a message saying what to do; they are never skipped.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "CORDON_TEST_POSTGRES";

    private string? clusterFolder;
    private string? binFolder;

    public string AdminConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            AdminConnectionString = given;
            return;
        }

        binFolder = FindBinFolder() ?? throw new InvalidOperationException(
            "PostgreSQL tests need a server: no /usr/lib/postgresql/*/bin/initdb found and " + EnvironmentVariable + " is not set. "
            + "Install PostgreSQL (apt-get install -y postgresql), or run `eval \"$(scripts/postgres.sh start)\"` first.");

        // As root the folder must be reachable by user postgres, which a private TMPDIR may not be.
        clusterFolder = IsRoot
            ? Directory.CreateDirectory(Path.Combine("/tmp", "cordon-pg-test-" + Guid.NewGuid().ToString("N")[..12])).FullName
            : Directory.CreateTempSubdirectory("cordon-pg-test-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", clusterFolder]);
        }

        var data = Path.Combine(clusterFolder, "data");
        await RunPostgresToolAsync("initdb", ["-D", data, "-A", "trust", "-U", "cordon", "-E", "UTF8", "--no-sync"]);
        var port = FreePort();
        await RunPostgresToolAsync(
            "pg_ctl",
            ["-D", data, "-o", $"-p {port} -k {clusterFolder} -c listen_addresses=127.0.0.1 -c fsync=off", "-l", Path.Combine(clusterFolder, "log"), "-w", "-t", "60", "start"]);
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=cordon;Database=postgres";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (clusterFolder is null)
        {
            return;
        }

        try
        {
            await RunPostgresToolAsync("pg_ctl", ["-D", Path.Combine(clusterFolder, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(clusterFolder, recursive: true);
        }
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<(string Name, string ConnectionString)> CreateDatabaseAsync()
    {
        var name = "cordon_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return (name, new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString);
    }

    public async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBinFolder()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
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

    private Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(binFolder!, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = clusterFolder ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = clusterFolder is not null && File.Exists(Path.Combine(clusterFolder, "log"))
                ? await File.ReadAllTextAsync(Path.Combine(clusterFolder, "log"))
                : string.Empty;
            throw new InvalidOperationException(
                $"`{file} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{await stdout}\n{await stderr}\n{log}");
        }
    }
}
