using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;

namespace Cordon.Operations.Tests;

/// <summary>
/// A PgBouncer in transaction pooling mode in front of the tests' PostgreSQL cluster, on a free loopback port, with one
/// server connection per database and user (so that two clients share one server connection whenever they can). As root it
/// runs as user postgres, since PgBouncer refuses root. Null from <see cref="StartAsync"/> when pgbouncer is not installed.
/// </summary>
internal sealed class PgBouncer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private PgBouncer(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static string? Program =>
        new[] { "/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer" }.FirstOrDefault(File.Exists);

    /// <summary>The connection string of <paramref name="direct"/>'s database through this PgBouncer.</summary>
    public string Through(string direct) => new NpgsqlConnectionStringBuilder(direct) { Host = "127.0.0.1", Port = Port, NoResetOnClose = true }.ConnectionString;

    public static async Task<PgBouncer?> StartAsync(string clusterConnectionString, int poolSize = 1)
    {
        if (Program is not { } program)
        {
            return null;
        }

        var cluster = new NpgsqlConnectionStringBuilder(clusterConnectionString);
        var folder = Directory.CreateDirectory(Path.Combine("/tmp", "cordon-ops-pgb-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        var port = CordonProcesses.FreePort();
        var ini = Path.Combine(folder, "pgbouncer.ini");
        await File.WriteAllTextAsync(ini, $"""
            [databases]
            * = host=127.0.0.1 port={cluster.Port} user={cluster.Username}

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = any
            pool_mode = transaction
            default_pool_size = {poolSize}
            max_client_conn = 200
            server_reset_query =
            ignore_startup_parameters = extra_float_digits
            logfile = {Path.Combine(folder, "pgbouncer.log")}
            """);
        var root = Environment.UserName == "root";
        if (root)
        {
            using var chown = Process.Start("chown", ["-R", "postgres:postgres", folder]);
            await chown.WaitForExitAsync();
        }

        var start = new ProcessStartInfo(root ? "runuser" : program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in root ? ["-u", "postgres", "--", program, ini] : new[] { ini })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var bouncer = new PgBouncer(process, folder, port);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"pgbouncer exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()} {File.ReadAllText(Path.Combine(folder, "pgbouncer.log"))}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return bouncer;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await bouncer.DisposeAsync();
        throw new TimeoutException("pgbouncer did not listen within 20 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // runuser passes the signal on to pgbouncer, which exits at once on SIGINT... SIGKILL of the whole group is simplest.
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
