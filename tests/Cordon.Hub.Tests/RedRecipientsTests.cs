using System.Net;
using System.Text.Json.Nodes;
using Cordon.Stix.Markings;
using Cordon.Storage;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>
/// TLP:RED objects reach only their owner and the organisations they name in <c>x_cordon_recipients</c> — on every read
/// path and in correlation; naming recipients on anything but RED is refused.
/// </summary>
public sealed class RedRecipientsTests : IAsyncLifetime
{
    private const string Email = "named@front-company.example";
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_red_object_reaches_its_named_recipients_and_nobody_else()
    {
        var red = Stix.Indicator(marking: TlpMarkings.RedId, value: Email);
        red["x_cordon_recipients"] = new JsonArray("org-c");
        var id = red["id"]!.GetValue<string>();
        var plainRed = Stix.Indicator(marking: TlpMarkings.RedId, value: "other@front-company.example");
        var status = await server.Client("org-a").AddAsync(HubServer.Shared, red, plainRed);
        Assert.Equal(2, status["success_count"]!.GetValue<int>());

        var (_, forC) = await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared));
        var (_, forB) = await server.Client("org-b").GetJsonAsync(Objects(HubServer.Shared));
        var (_, forA) = await server.Client("org-a").GetJsonAsync(Objects(HubServer.Shared));
        Assert.Equal([id], Ids(forC));
        Assert.Empty(Ids(forB));
        Assert.Equal(2, Ids(forA).Count);

        var (_, manifestC) = await server.Client("org-c").GetJsonAsync(Manifest(HubServer.Shared));
        Assert.Equal([id], Ids(manifestC));
        Assert.Equal(HttpStatusCode.OK, (await server.Client("org-c").GetAsync(OneObject(HubServer.Shared, id))).StatusCode);
        var hiddenFromB = await server.Client("org-b").GetAsync(OneObject(HubServer.Shared, id));
        var missing = await server.Client("org-b").GetAsync(OneObject(HubServer.Shared, Stix.NewId("indicator")));
        Assert.Equal(HttpStatusCode.NotFound, hiddenFromB.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hiddenFromB.Content.ReadAsStringAsync());

        // A recipient may not pass it on by deleting or re-reading as someone else: its own copy would be its own object.
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-c", "analyst").DeleteAsync(OneObject(HubServer.Shared, id))).StatusCode);
    }

    [Fact]
    public async Task Correlation_alerts_and_signals_reach_named_recipients_only()
    {
        foreach (var organisation in new[] { "org-b", "org-c" })
        {
            var outcome = Assert.Single(await server.Services.Assessments.AssessAsync(organisation, [Record(organisation + "-1")]));
            Assert.NotNull(outcome.Assessment);
        }

        var red = Stix.Indicator(marking: TlpMarkings.RedId, value: Email);
        red["x_cordon_recipients"] = new JsonArray("org-c");
        await server.Client("org-a").AddAsync(HubServer.Shared, red);

        Assert.Equal(["org-c-1"], (await server.Services.Store.GetAlertsAsync("org-c")).Select(a => a.SubjectId));
        Assert.Empty(await server.Services.Store.GetAlertsAsync("org-b"));
        var forB = Assert.Single(await server.Services.Assessments.AssessAsync("org-b", [Record("org-b-2")], store: false)).Assessment!;
        var forC = Assert.Single(await server.Services.Assessments.AssessAsync("org-c", [Record("org-c-2")], store: false)).Assessment!;
        Assert.DoesNotContain(forB.Signals, s => s.Code == "HUB-INDICATOR");
        Assert.Contains(forC.Signals, s => s.Code == "HUB-INDICATOR");
    }

    [Fact]
    public async Task Recipients_on_an_object_that_is_not_red_or_malformed_are_refused_per_object()
    {
        var green = Stix.Indicator(marking: TlpMarkings.GreenId);
        green["x_cordon_recipients"] = new JsonArray("org-c");
        var malformed = Stix.Indicator(marking: TlpMarkings.RedId);
        malformed["x_cordon_recipients"] = "org-c";
        var status = await server.Client("org-a").AddAsync(HubServer.Shared, green, malformed);

        Assert.Equal(0, status["success_count"]!.GetValue<int>());
        var reasons = status["failures"]!.AsArray().Select(f => f!["message"]!.GetValue<string>()).ToList();
        Assert.Contains("not marked TLP:RED", reasons[0], StringComparison.Ordinal);
        Assert.Contains("must be a list", reasons[1], StringComparison.Ordinal);
        Assert.Empty((await server.Services.Store.QueryHubObjectsAsync(new HubObjectQuery(HubServer.Shared, "org-a", 10))).Objects);
    }

    private static string Record(string id) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["kind"] = "job_applicant",
        ["submitted_at"] = "2026-10-01T10:00:00Z",
        ["person"] = new { full_name = "Person " + id },
        ["claimed_location"] = new { country = "US" },
        ["contacts"] = new { emails = new[] { Email } },
    });
}
