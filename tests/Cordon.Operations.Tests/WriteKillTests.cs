using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>
/// <c>cordon serve</c> killed (SIGKILL) while concurrent clients add TAXII envelopes or decide cases, then started again on the
/// same database: every acknowledged write is whole, nothing unacknowledged is half there, and sending it again stores it once.
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed partial class WriteKillTests(PostgresCluster cluster)
{
    private const string ApiRoot = "kill";
    private const int ObjectsPerEnvelope = 40;
    private const int Writers = 4;
    private const string TaxiiType = "application/taxii+json;version=2.1";

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlite")]
    public async Task Every_taxii_envelope_acknowledged_before_the_kill_is_whole_and_no_other_is_half_there(string provider)
    {
        using var folder = new TempFolder();
        var database = provider == "postgresql" ? await cluster.CreateDatabaseAsync() : folder.Combine("cordon.db");
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path, CordonRoles.Analyst);
        var collection = Guid.NewGuid().ToString();
        await using (var store = await CordonStore.OpenAsync(database, folder.Path))
        {
            await store.SaveHubApiRootAsync(new HubApiRoot(ApiRoot, "Kill tests", null, 10 << 20));
            await store.SaveHubCollectionAsync(new HubCollectionInfo(collection, ApiRoot, "Kill tests", null, null, ["application/stix+json;version=2.1"]));
            await store.SetHubCollectionRightAsync(new HubCollectionRight(collection, Organisation.DefaultId, true, true));
        }

        var objectsPath = $"/taxii2/{ApiRoot}/collections/{collection}/objects/";
        var acknowledged = new ConcurrentBag<(string StatusId, string[] Ids)>();
        var unacknowledged = new ConcurrentBag<(string Body, string[] Ids)>();
        await using (var server = await CordonServer.StartAsync(folder.Path, database, apiKey: key))
        {
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var (body, ids) = Envelope($"{w}-{i}");
                    try
                    {
                        using var response = await server.Client.SendAsync(Taxii(HttpMethod.Post, objectsPath, body));
                        if (response.StatusCode != HttpStatusCode.Accepted)
                        {
                            Assert.Fail($"envelope {w}-{i} was refused with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        }

                        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                        acknowledged.Add((status.GetProperty("id").GetString()!, ids));
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                    {
                        // The server died under this request: the client never learnt whether it was stored.
                        unacknowledged.Add((body, ids));
                        return;
                    }
                }
            })).ToList();

            await WaitForAsync(() => acknowledged.Count >= 30, () => $"only {acknowledged.Count} envelopes were acknowledged in 2 minutes:\n{server.Log}");
            await KillDuringAsync(server, provider, database, "INSERT INTO hub_objects");
            await Task.WhenAll(writers);
        }

        Assert.Equal(Writers, unacknowledged.Count);
        await using var restarted = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        foreach (var (statusId, ids) in acknowledged)
        {
            using var answer = await restarted.Client.SendAsync(Taxii(HttpMethod.Get, $"/taxii2/{ApiRoot}/status/{statusId}/", null));
            var status = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("complete", status.GetProperty("status").GetString());
            Assert.Equal(ObjectsPerEnvelope, status.GetProperty("total_count").GetInt32());
            Assert.Equal(ObjectsPerEnvelope, status.GetProperty("success_count").GetInt32());
            Assert.Equal(ids.Order(), status.GetProperty("successes").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order());
            Assert.All(await VersionsAsync(restarted.Client, objectsPath, ids), count => Assert.Equal(1, count));
        }

        var wholeBeforeRetry = 0;
        foreach (var (body, ids) in unacknowledged)
        {
            // All or nothing per envelope, wherever the kill landed.
            var present = (await VersionsAsync(restarted.Client, objectsPath, ids)).Count(c => c > 0);
            Assert.True(present == 0 || present == ObjectsPerEnvelope, $"an unacknowledged envelope is half there: {present} of {ObjectsPerEnvelope} objects");
            wholeBeforeRetry += present == ObjectsPerEnvelope ? 1 : 0;

            // Sent again, as a client must when it got no answer: stored whole, once.
            using var retried = await restarted.Client.SendAsync(Taxii(HttpMethod.Post, objectsPath, body));
            Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
            var status = JsonDocument.Parse(await retried.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(ObjectsPerEnvelope, status.GetProperty("success_count").GetInt32());
            Assert.All(await VersionsAsync(restarted.Client, objectsPath, ids), count => Assert.Equal(1, count));
        }

        Assert.InRange(wholeBeforeRetry, 0, unacknowledged.Count);
    }

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlite")]
    public async Task Every_case_decision_acknowledged_before_the_kill_is_there_with_its_audit_entry_and_none_is_half_there(string provider)
    {
        using var folder = new TempFolder();
        var database = provider == "postgresql" ? await cluster.CreateDatabaseAsync() : folder.Combine("cordon.db");
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path, CordonRoles.Analyst);
        var caseIds = new List<long>();
        await using (var store = await CordonStore.OpenAsync(database, folder.Path))
        {
            var opener = new CaseActor("ops-opener", "ops opener", Organisation.DefaultId, new HashSet<string> { CordonRoles.Analyst });
            var service = new CaseService(store, TimeProvider.System);
            for (var i = 0; i < 400; i++)
            {
                caseIds.Add((await service.OpenAsync(opener, CaseSourceKind.Manual, $"kill-{i}", $"Kill test case {i}")).Id);
            }
        }

        var acknowledged = new ConcurrentDictionary<long, CaseDecision>();
        var unacknowledged = new ConcurrentDictionary<long, CaseDecision>();
        await using (var server = await CordonServer.StartAsync(folder.Path, database, apiKey: key))
        {
            var writers = new List<Task>();
            for (var w = 0; w < Writers; w++)
            {
                var mine = caseIds.Where((_, i) => i % Writers == w).ToList();
                var form = await CaseForm.OpenAsync(server.Client.BaseAddress!, key, mine[0]);
                writers.Add(Task.Run(async () =>
                {
                    using (form)
                    {
                        foreach (var id in mine)
                        {
                            var decision = (CaseDecision)(id % 3);
                            try
                            {
                                using var response = await form.DecideAsync(id, 1, decision);
                                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"deciding case {id} answered {(int)response.StatusCode}");
                                acknowledged[id] = decision;
                            }
                            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                            {
                                unacknowledged[id] = decision;
                                return;
                            }
                        }
                    }
                }));
            }

            await WaitForAsync(() => acknowledged.Count >= 40, () => $"only {acknowledged.Count} decisions were acknowledged in 2 minutes:\n{server.Log}");
            await KillDuringAsync(server, provider, database, "UPDATE cases");
            await Task.WhenAll(writers);
        }

        Assert.Equal(Writers, unacknowledged.Count);
        await using var restarted = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        await AssertCasesConsistentAsync(database, folder.Path, caseIds, acknowledged);

        // The client that got no answer sends its form again (the version it saw): a decision that was stored is refused as a
        // conflict, one that was not is stored now; either way each case ends with exactly one decision and one audit entry.
        using (var form = await CaseForm.OpenAsync(restarted.Client.BaseAddress!, key, caseIds[0]))
        {
            foreach (var (id, decision) in unacknowledged)
            {
                using var response = await form.DecideAsync(id, 1, decision);
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.UnprocessableEntity });
                acknowledged[id] = decision;
            }
        }

        var decided = await AssertCasesConsistentAsync(database, folder.Path, caseIds, acknowledged);
        Assert.Equal(acknowledged.Count, decided);
    }

    /// <summary>
    /// Checks every case: its state follows its last event, it holds one 'decided' event and one <c>case.decide</c> audit entry per
    /// decision (never one without the other), and each acknowledged decision is there. Returns how many cases are decided.
    /// </summary>
    private static async Task<int> AssertCasesConsistentAsync(string database, string folder, IReadOnlyList<long> caseIds, IReadOnlyDictionary<long, CaseDecision> acknowledged)
    {
        await using var store = await CordonStore.OpenAsync(database, folder);
        var audit = await store.QueryAuditAsync(new AuditQuery(Organisation.DefaultId, Action: "case.decide", Limit: AuditQuery.MaxLimit));
        var auditByCase = audit.Entries.GroupBy(e => long.Parse(e.TargetId!, CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.ToList());
        var decided = 0;
        foreach (var id in caseIds)
        {
            var record = (await store.GetCaseAsync(Organisation.DefaultId, id))!;
            var events = await store.GetCaseEventsAsync(Organisation.DefaultId, id);
            var decisions = events.Where(e => e.Kind == CaseEventKind.Decided).ToList();
            var entries = auditByCase.GetValueOrDefault(id) ?? [];
            Assert.Equal(events.Count, record.Version);
            Assert.True(decisions.Count <= 1, $"case {id} was decided {decisions.Count} times");
            Assert.True(decisions.Count == entries.Count, $"case {id} has {decisions.Count} decisions and {entries.Count} audit entries of them");
            if (decisions.Count == 1)
            {
                decided++;
                Assert.Equal(CaseState.Closed, record.State);
                Assert.Equal(decisions[0].Decision, record.Decision);
                Assert.Contains($"\"decision\":\"{record.Decision.ToString()!.ToLowerInvariant()}\"", entries[0].DetailsJson, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(CaseState.Open, record.State);
                Assert.Null(record.Decision);
            }

            if (acknowledged.TryGetValue(id, out var expected))
            {
                Assert.True(decisions.Count == 1, $"acknowledged decision of case {id} is missing");
                Assert.Equal(expected, record.Decision);
            }
        }

        return decided;
    }

    /// <summary>How many versions of each id the collection holds (0 when absent).</summary>
    private static async Task<int[]> VersionsAsync(HttpClient client, string objectsPath, string[] ids)
    {
        using var response = await client.SendAsync(Taxii(HttpMethod.Get, $"{objectsPath}?limit=1000&match[version]=all&match[id]={string.Join(',', ids)}", null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var found = envelope.TryGetProperty("objects", out var objects)
            ? objects.EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList()
            : [];
        Assert.False(envelope.TryGetProperty("more", out var more) && more.GetBoolean());
        return [.. ids.Select(id => found.Count(f => f == id))];
    }

    private static (string Body, string[] Ids) Envelope(string tag)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var objects = new JsonArray();
        var ids = new string[ObjectsPerEnvelope];
        for (var i = 0; i < ObjectsPerEnvelope; i++)
        {
            ids[i] = "indicator--" + Guid.NewGuid();
            objects.Add(new JsonObject
            {
                ["type"] = "indicator",
                ["spec_version"] = "2.1",
                ["id"] = ids[i],
                ["created"] = now,
                ["modified"] = now,
                ["name"] = $"Kill test {tag}/{i}",
                ["pattern"] = $"[ipv4-addr:value = '203.0.113.{i}']",
                ["pattern_type"] = "stix",
                ["valid_from"] = now,
            });
        }

        return (new JsonObject { ["objects"] = objects }.ToJsonString(), ids);
    }

    private static HttpRequestMessage Taxii(HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd(TaxiiType);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiType);
        }

        return request;
    }

    /// <summary>
    /// Kills the server. On PostgreSQL, first waits (up to 30 s) until one of its sessions is inside the write's transaction
    /// (running <paramref name="statement"/>), so the kill is known to cut a write short; on SQLite, the concurrent writers are
    /// simply under way.
    /// </summary>
    private async Task KillDuringAsync(CordonServer server, string provider, string database, string statement)
    {
        var caught = provider != "postgresql"
            || await Database.WaitForStatementAsync(cluster.AdminConnectionString, Database.Name(database), statement, () => true, TimeSpan.FromSeconds(30));
        await server.KillAsync();
        Assert.True(caught, $"the server was caught running '{statement}':\n{server.Log}");
        if (provider == "postgresql")
        {
            await Database.WaitForNoOpenTransactionAsync(cluster.AdminConnectionString, Database.Name(database), TimeSpan.FromSeconds(30));
        }
    }

    private static async Task WaitForAsync(Func<bool> done, Func<string> failure)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, failure());
            await Task.Delay(5);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>
    /// The case page's decision form as a program drives it: an API key, the page's anti-forgery token and cookie, and no
    /// following of the redirect (a 302 is the acknowledgement; a 422 a refusal).
    /// </summary>
    private sealed class CaseForm : IDisposable
    {
        private readonly HttpClient client;
        private readonly string token;

        private CaseForm(HttpClient client, string token)
        {
            this.client = client;
            this.token = token;
        }

        public static async Task<CaseForm> OpenAsync(Uri server, string key, long anyCase)
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = server,
                Timeout = TimeSpan.FromSeconds(60),
            };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
            var page = await client.GetStringAsync($"/Cases/Case/{anyCase}");
            var match = AntiforgeryField().Match(page);
            Assert.True(match.Success, "the case page carries an anti-forgery token");
            return new CaseForm(client, WebUtility.HtmlDecode(match.Groups[1].Value));
        }

        public Task<HttpResponseMessage> DecideAsync(long id, int version, CaseDecision decision) =>
            client.PostAsync($"/Cases/Case/{id}?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["version"] = version.ToString(CultureInfo.InvariantCulture),
                ["decision"] = decision.ToString(),
                ["reason"] = $"kill test decision of case {id}",
            }));

        public void Dispose() => client.Dispose();
    }
}
