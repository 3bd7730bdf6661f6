using System.Diagnostics;

namespace Cordon.Cli.Tests;

/// <summary>Runs the built <c>cordon</c> program as a user would, capturing its output and exit code.</summary>
internal static class CordonProcess
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cordon.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Keep the test's storage away from the user's environment.
        start.Environment.Remove("CORDON_DATABASE");
        start.Environment["CORDON_DATA"] = Path.Combine(workingFolder, "data");
        start.Environment["CORDON_INDEX_CACHE"] = Path.Combine(workingFolder, "index-cache");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
