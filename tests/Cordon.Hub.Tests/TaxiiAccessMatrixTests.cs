using System.Net;
using System.Text.Json.Nodes;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>
/// Every read path × organisation × role × marking: what a caller may not read is absent from objects, manifests and
/// versions, leaves no trace in counts, "more" or date headers, and is answered exactly like an object that never existed.
/// </summary>
public sealed class TaxiiAccessMatrixTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    /// <summary>Who reads what: org-a owns everything; org-b shares a sharing group with it; org-c only reads the collection.</summary>
    private static readonly Dictionary<string, string[]> Readable = new()
    {
        ["org-a"] = AccessMatrixFixture.Markings.Select(m => m.Level).ToArray(),
        ["org-b"] = ["none", "clear", "green", "amber", "amber (TLP 1.0)"],
        ["org-c"] = ["none", "clear", "green"],
        ["org-d"] = [],
        ["org-x"] = [],
    };

    public static TheoryData<string, string> Callers()
    {
        var data = new TheoryData<string, string>();
        foreach (var organisation in Readable.Keys)
        {
            foreach (var role in new[] { "admin", "analyst", "reviewer", "api-client" })
            {
                data.Add(organisation, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Objects_and_manifest_hold_exactly_what_the_caller_may_read(string organisation, string role)
    {
        var client = fixture.Server.Client(organisation, role);
        var expected = Readable[organisation].Select(l => fixture.IdByLevel[l]).Order().ToList();

        foreach (var url in new[] { Objects(HubServer.Shared), Manifest(HubServer.Shared), Objects(HubServer.Shared) + "?match[version]=all" })
        {
            var (response, envelope) = await client.GetJsonAsync(url);
            if (organisation == "org-x")
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                continue;
            }

            if (organisation == "org-d")
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, Ids(envelope).Order().ToList());
            Assert.False(envelope["more"]!.GetValue<bool>());
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Paging_counts_only_readable_objects(string organisation, string role)
    {
        if (Readable[organisation].Length == 0)
        {
            return;
        }

        var client = fixture.Server.Client(organisation, role);
        var limit = Readable[organisation].Length;
        var (_, page) = await client.GetJsonAsync(Manifest(HubServer.Shared) + "?limit=" + limit);

        Assert.Equal(limit, Ids(page).Count);
        Assert.False(page["more"]!.GetValue<bool>());
        Assert.False(page.ContainsKey("next"));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task An_unreadable_object_is_answered_like_one_that_never_existed(string organisation, string role)
    {
        var client = fixture.Server.Client(organisation, role);
        var missing = Stix.NewId("indicator");
        var missingObject = await Snapshot(client.GetAsync(OneObject(HubServer.Shared, missing)));
        var missingVersions = await Snapshot(client.GetAsync(Versions(HubServer.Shared, missing)));
        var missingFiltered = await Snapshot(client.GetAsync(Objects(HubServer.Shared) + "?match[id]=" + missing));
        var missingDelete = await Snapshot(client.DeleteAsync(OneObject(HubServer.Shared, missing)));

        foreach (var (level, _) in AccessMatrixFixture.Markings)
        {
            var id = fixture.IdByLevel[level];
            var readable = Readable[organisation].Contains(level);
            var one = await Snapshot(client.GetAsync(OneObject(HubServer.Shared, id)));
            var versions = await Snapshot(client.GetAsync(Versions(HubServer.Shared, id)));
            var filtered = await Snapshot(client.GetAsync(Objects(HubServer.Shared) + "?match[id]=" + id));
            if (readable)
            {
                Assert.Equal(HttpStatusCode.OK, one.Status);
                Assert.Contains(id, one.Body);
                Assert.NotNull(one.DateAddedFirst);
                Assert.Equal(HttpStatusCode.OK, versions.Status);
                Assert.Contains(id, filtered.Body);
                continue;
            }

            Assert.Equal(missingObject, one);
            Assert.Equal(missingVersions, versions);
            Assert.Equal(missingFiltered, filtered);
            Assert.Equal(missingDelete, await Snapshot(client.DeleteAsync(OneObject(HubServer.Shared, id))));
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task The_status_of_an_add_is_readable_by_the_adding_organisation_only(string organisation, string role)
    {
        var client = fixture.Server.Client(organisation, role);
        var status = await Snapshot(client.GetAsync($"/taxii2/{HubServer.ApiRoot}/status/{fixture.StatusId}/"));
        if (organisation == "org-a")
        {
            Assert.Equal(HttpStatusCode.OK, status.Status);
            return;
        }

        var missing = await Snapshot(client.GetAsync($"/taxii2/{HubServer.ApiRoot}/status/{Guid.NewGuid()}/"));
        Assert.Equal(missing, status);
        Assert.DoesNotContain(fixture.IdByLevel["red"], status.Body);
    }

    internal static async Task<Answer> Snapshot(Task<HttpResponseMessage> request)
    {
        var response = await request;
        return new Answer(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            Header(response, "X-TAXII-Date-Added-First"),
            Header(response, "X-TAXII-Date-Added-Last"));
    }

    internal sealed record Answer(HttpStatusCode Status, string Body, string? DateAddedFirst, string? DateAddedLast);
}
