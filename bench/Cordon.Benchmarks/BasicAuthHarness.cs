using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Benchmarks;

/// <summary>
/// HTTP Basic with a user's password (issue 19): requests per second and latency of <c>GET /api/session</c> on a real Kestrel
/// server over loopback, with the verified-password cache off (PBKDF2 on every request, as before) and on, sequentially and with
/// several clients; then the account service's own cost of a remembered check. Options: <c>--requests N</c> (default 2,000 with
/// the cache, a tenth of it without), <c>--clients N</c> (default 4).
/// </summary>
public sealed class BasicAuthHarness : IHarness
{
    private const string UserName = "bench-basic";
    private const string Password = "a long enough bench passphrase";

    /// <inheritdoc/>
    public string Name => "basic-auth";

    /// <inheritdoc/>
    public string Description => "HTTP Basic with a password: requests/s and latency with the verified-password cache off and on";

    /// <inheritdoc/>
    public async Task<int> RunAsync(string[] args)
    {
        var requests = Option(args, "--requests", 2_000);
        var clients = Option(args, "--clients", 4);
        var folder = Directory.CreateTempSubdirectory("cordon-bench-basic-").FullName;
        try
        {
            await using var cordon = await CordonServices.OpenAsync(null, folder);
            await new AccountService(cordon.Store, cordon.Store, cordon.Time).CreateUserAsync(Actor.Operator, Organisation.DefaultId, UserName, null, CordonRoles.Analyst, Password);
            foreach (var cacheSeconds in new[] { 0, 120 })
            {
                var count = cacheSeconds == 0 ? Math.Max(20, requests / 10) : requests;
                await using var app = CordonWebApplication.Build(cordon, [], builder =>
                {
                    builder.WebHost.UseUrls("http://127.0.0.1:0");
                    builder.Configuration["Cordon:VerifiedPasswordCacheSeconds"] = cacheSeconds.ToString(CultureInfo.InvariantCulture);
                    builder.Configuration["Cordon:RequestsPerMinute"] = "0";
                    builder.Configuration["Cordon:SignInAttemptsPerMinute"] = "100000000";
                });
                await app.StartAsync();
                using var client = Client(app.Urls.First());
                for (var i = 0; i < 5; i++)
                {
                    await GetAsync(client);
                }

                var sequential = await RunAsync(client, count, 1);
                var parallel = await RunAsync(client, count, clients);
                var label = cacheSeconds == 0 ? "cache off (PBKDF2 every request)" : $"cache on ({cacheSeconds} s)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: 1 client {sequential.Rate:N0} requests/s, median {sequential.Stats.P50:0.00} ms, p99 {sequential.Stats.P99:0.00} ms; {clients} clients {parallel.Rate:N0} requests/s, median {parallel.Stats.P50:0.00} ms, p99 {parallel.Stats.P99:0.00} ms ({count:N0} requests each)"));

                if (cacheSeconds > 0)
                {
                    // The service's own cost of a remembered check: an HMAC and one read of the user by primary key.
                    var accounts = app.Services.GetRequiredService<AccountService>();
                    await accounts.AuthenticatePasswordAsync(UserName, Password, "127.0.0.1");
                    var latencies = new double[count];
                    for (var i = 0; i < count; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        var result = await accounts.AuthenticatePasswordAsync(UserName, Password, "127.0.0.1");
                        latencies[i] = watch.Elapsed.TotalMilliseconds;
                        if (result.User is null)
                        {
                            throw new InvalidOperationException("a remembered check failed");
                        }
                    }

                    var stats = OperationStats.Of(latencies, 0);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"AccountService.AuthenticatePasswordAsync, remembered: median {stats.P50 * 1000:0} µs, p99 {stats.P99 * 1000:0} µs ({count:N0} checks, SQLite)"));
                }

                await app.StopAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static async Task<(double Rate, OperationStats Stats)> RunAsync(HttpClient client, int count, int clients)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var watch = Stopwatch.StartNew();
                await GetAsync(client);
                latencies[i] = watch.Elapsed.TotalMilliseconds;
            }
        })));
        total.Stop();
        return (count / total.Elapsed.TotalSeconds, OperationStats.Of(latencies, 0));
    }

    private static async Task GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/session");
        response.EnsureSuccessStatusCode();
    }

    private static HttpClient Client(string address)
    {
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}")));
        return client;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
