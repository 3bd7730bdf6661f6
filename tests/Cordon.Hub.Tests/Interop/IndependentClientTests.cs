using System.Diagnostics;
using Cordon.Accounts;
using Cordon.Core.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Hub.Tests.Interop;

/// <summary>
/// Runs <c>taxii_client.py</c> — a TAXII 2.1 client written from the OASIS specifications in Python's standard library,
/// sharing no code with Cordon — against a real server with Cordon's own authentication: discovery, API root,
/// collections, add with status, paging objects and manifest, added_after, match filters, object, versions, and the
/// error answers. The OASIS taxii2-client/stix2 packages cannot be installed here (see docs/hub.md).
/// </summary>
public sealed class IndependentClientTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync(testAuthentication: false);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [SkippableFact]
    public async Task An_independent_taxii_client_discovers_reads_pages_and_adds()
    {
        var python = FindPython();
        Skip.If(python is null, "python3 is not installed: the independent TAXII client cannot run");
        var accounts = server.AppServices.GetRequiredService<AccountService>();
        await accounts.CreateOrganisationAsync(Actor.Operator, "org-a", "Org A");
        await accounts.CreateOrganisationAsync(Actor.Operator, "org-c", "Org C");
        var writer = await accounts.CreateUserAsync(Actor.Operator, "org-a", "interop-writer", null, CordonRoles.ApiClient);
        var writerKey = (await accounts.CreateApiKeyAsync(Actor.Operator, writer.User.UserName, "interop")).Secret;
        const string Password = "Tangerine-Harbour-Lantern-93";
        await accounts.CreateUserAsync(Actor.Operator, "org-c", "interop-reader", null, CordonRoles.Analyst, Password);

        var script = Path.Combine(AppContext.BaseDirectory, "Interop", "taxii_client.py");
        var start = new ProcessStartInfo(python!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            script, new Uri(server.BaseAddress, "/taxii2/").AbsoluteUri, "--writer", "bearer:" + writerKey, "--reader", "basic:interop-reader:" + Password, "--count", "25", "--limit", "7",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;

        Assert.True(process.ExitCode == 0, "the independent client failed:\n" + text);
        Assert.Contains("TAXII 2.1 CLIENT: ALL CHECKS PASSED", text, StringComparison.Ordinal);
        Assert.Contains("ok objects: ", text, StringComparison.Ordinal);
        Assert.Contains("none lost or repeated", text, StringComparison.Ordinal);
    }

    private static string? FindPython()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "python3");
            if (folder.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
