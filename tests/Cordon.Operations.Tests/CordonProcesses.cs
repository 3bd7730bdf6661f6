using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cordon.Operations.Tests;

/// <summary>Runs the built <c>cordon</c> program as an operator would: commands to completion, or servers to kill.</summary>
internal static class CordonProcesses
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "cordon.dll");

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string folder, params string[] args)
    {
        using var process = Start(folder, args, out var output, out var error);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"cordon {string.Join(' ', args)} ran over 3 minutes:\n{output}\n{error}");
        }

        return (process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed; returns its standard output.</summary>
    public static async Task<string> RunOkAsync(string folder, params string[] args)
    {
        var (code, output, error) = await RunAsync(folder, args);
        Assert.True(code == 0, $"cordon {string.Join(' ', args)} exited with {code}:\n{output}\n{error}");
        return output;
    }

    /// <summary>Starts <c>cordon</c>; output is collected into the two builders (locked on write).</summary>
    public static Process Start(string folder, IReadOnlyList<string> args, out StringBuilder output, out StringBuilder error, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CORDON_DATABASE");
        start.Environment["CORDON_DATA"] = Path.Combine(folder, "data");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var outBuffer = new StringBuilder();
        var errBuffer = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (outBuffer) { outBuffer.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (errBuffer) { errBuffer.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = outBuffer;
        error = errBuffer;
        return process;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A <c>cordon serve</c> process on a loopback port, killed with SIGKILL (never asked to stop) when disposed.</summary>
internal sealed class CordonServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output;
    private readonly StringBuilder error;

    private CordonServer(Process process, StringBuilder output, StringBuilder error, Uri address)
    {
        this.process = process;
        this.output = output;
        this.error = error;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (output)
            {
                lock (error)
                {
                    return output + "\n" + error;
                }
            }
        }
    }

    /// <summary>Starts a server and waits until it is ready (at most <paramref name="timeout"/>, default 2 minutes).</summary>
    public static async Task<CordonServer> StartAsync(string folder, string database, IReadOnlyList<string>? extra = null, bool waitReady = true, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null, string? apiKey = null)
    {
        var port = CordonProcesses.FreePort();
        var args = new List<string> { "serve", "--urls", $"http://127.0.0.1:{port}", "--database", database, "--no-default-lists" };
        args.AddRange(extra ?? []);
        var process = CordonProcesses.Start(folder, args, out var output, out var error, environment);
        var server = new CordonServer(process, output, error, new Uri($"http://127.0.0.1:{port}"));
        if (apiKey is not null)
        {
            server.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }
        if (waitReady)
        {
            // Started with --no-default-lists: on an empty database it serves, but is not ready to screen.
            await server.WaitServingAsync(timeout ?? TimeSpan.FromMinutes(2));
        }

        return server;
    }

    /// <summary>Standard output alone.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Waits until the server answers its readiness probe with 200, or with 503 only because no list is imported yet (a
    /// server started with <c>--no-default-lists</c> on an empty database serves everything but screening).
    /// </summary>
    public Task WaitServingAsync(TimeSpan timeout) => WaitReadyAsync(timeout, acceptNoLists: true);

    public async Task WaitReadyAsync(TimeSpan timeout, bool acceptNoLists = false)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"cordon serve exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await Client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK
                    || (acceptNoLists && response.StatusCode == HttpStatusCode.ServiceUnavailable && (await response.Content.ReadAsStringAsync()).Contains("\"no lists imported\"", StringComparison.Ordinal)))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"cordon serve was not ready within {timeout}:\n{Log}");
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Client.Dispose();
        process.Dispose();
    }
}

/// <summary>A scratch folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cordon-ops-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string File(string name, string content)
    {
        var path = Combine(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }
}
