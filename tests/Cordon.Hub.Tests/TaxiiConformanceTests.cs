using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>
/// Drives a running server over HTTP, endpoint by endpoint, against the TAXII 2.1 specification (OASIS Standard,
/// 10 June 2021): discovery and API roots (section 4), collections, manifests, objects, versions (section 5), media
/// types (1.6.8), filtering and pagination (3.4–3.5), status (4.3) and error messages (3.6).
/// </summary>
public sealed class TaxiiConformanceTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Discovery_lists_the_api_roots_in_the_taxii_media_type()
    {
        var (response, body) = await server.Client().GetJsonAsync("/taxii2/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/taxii+json; version=2.1", response.Content.Headers.ContentType!.ToString());
        Assert.False(string.IsNullOrEmpty(body["title"]!.GetValue<string>()));
        Assert.Equal(server.ApiRootUrl.ToString(), Assert.Single(body["api_roots"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task Api_root_information_names_the_version_and_max_content_length()
    {
        var (response, body) = await server.Client().GetJsonAsync($"/taxii2/{HubServer.ApiRoot}/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Partners", body["title"]!.GetValue<string>());
        Assert.Equal(TaxiiMediaTypes.Taxii21, Assert.Single(body["versions"]!.AsArray())!.GetValue<string>());
        Assert.Equal(HubServer.MaxContentLength, body["max_content_length"]!.GetValue<long>());

        var (missing, error) = await server.Client().GetJsonAsync("/taxii2/nowhere/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("404", error["http_status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["title"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/taxii2/")]
    [InlineData("/taxii2/partners/")]
    [InlineData("/taxii2/partners/collections/")]
    [InlineData("/taxii2/partners/collections/5b3f7c44-2c64-4f0a-9d5e-0d6f7f0e5a01/objects/")]
    public async Task Unauthenticated_requests_get_401_with_the_schemes_to_use(string url)
    {
        var response = await server.Client(organisation: null).GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal(TaxiiMediaTypes.Taxii21, response.Content.Headers.ContentType!.MediaType + ";version=2.1");
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.NotAcceptable)]
    [InlineData("application/taxii+json;version=2.0", HttpStatusCode.NotAcceptable)]
    [InlineData("text/html, application/xml", HttpStatusCode.NotAcceptable)]
    [InlineData("application/taxii+json;version=2.1;q=0", HttpStatusCode.NotAcceptable)]
    [InlineData("application/taxii+json;version=2.1", HttpStatusCode.OK)]
    [InlineData("application/taxii+json", HttpStatusCode.OK)]
    [InlineData("text/html, application/taxii+json;version=2.1;q=0.5", HttpStatusCode.OK)]
    [InlineData("*/*", HttpStatusCode.OK)]
    public async Task Accept_header_is_negotiated(string accept, HttpStatusCode expected)
    {
        var client = server.Client();
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        foreach (var url in new[] { "/taxii2/", Objects(HubServer.Shared), Manifest(HubServer.Shared) })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.NotAcceptable)
            {
                var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                Assert.Equal("406", error["http_status"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Collections_lists_only_those_the_organisation_has_rights_on()
    {
        var (_, a) = await server.Client("org-a").GetJsonAsync($"/taxii2/{HubServer.ApiRoot}/collections/");
        var (_, c) = await server.Client("org-c").GetJsonAsync($"/taxii2/{HubServer.ApiRoot}/collections/");
        var (_, d) = await server.Client("org-d").GetJsonAsync($"/taxii2/{HubServer.ApiRoot}/collections/");
        var (response, x) = await server.Client("org-x").GetJsonAsync($"/taxii2/{HubServer.ApiRoot}/collections/");

        Assert.Equal([HubServer.Shared, HubServer.Private], a["collections"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order());
        var shared = Assert.Single(c["collections"]!.AsArray())!;
        Assert.True(shared["can_read"]!.GetValue<bool>());
        Assert.False(shared["can_write"]!.GetValue<bool>());
        Assert.Equal([TaxiiMediaTypes.Stix21], shared["media_types"]!.AsArray().Select(n => n!.GetValue<string>()));
        var writeOnly = Assert.Single(d["collections"]!.AsArray())!;
        Assert.False(writeOnly["can_read"]!.GetValue<bool>());
        Assert.True(writeOnly["can_write"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(x);
    }

    [Fact]
    public async Task A_collection_without_rights_is_answered_exactly_like_a_missing_one()
    {
        var hidden = await server.Client("org-c").GetAsync(Collection(HubServer.Private));
        var missing = await server.Client("org-c").GetAsync(Collection(Guid.NewGuid().ToString()));
        var hiddenObjects = await server.Client("org-c").GetAsync(Objects(HubServer.Private));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenObjects.StatusCode);
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hidden.Content.ReadAsStringAsync());
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await hiddenObjects.Content.ReadAsStringAsync());

        var (_, byAlias) = await server.Client("org-c").GetJsonAsync(Collection("shared"));
        Assert.Equal(HubServer.Shared, byAlias["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Adding_objects_answers_202_with_a_status_readable_by_the_adding_organisation_only()
    {
        var indicator = Stix.Indicator();
        var status = await server.Client("org-a").AddAsync(HubServer.Shared, indicator, Stix.Indicator());

        Assert.Equal("complete", status["status"]!.GetValue<string>());
        Assert.Equal(2, status["total_count"]!.GetValue<int>());
        Assert.Equal(2, status["success_count"]!.GetValue<int>());
        Assert.Equal(0, status["failure_count"]!.GetValue<int>());
        Assert.Equal(0, status["pending_count"]!.GetValue<int>());
        Assert.Contains(status["successes"]!.AsArray(), s => s!["id"]!.GetValue<string>() == indicator["id"]!.GetValue<string>());

        var statusUrl = $"/taxii2/{HubServer.ApiRoot}/status/{status["id"]}/";
        var (mine, again) = await server.Client("org-a").GetJsonAsync(statusUrl);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(status.ToJsonString(), again.ToJsonString());
        var theirs = await server.Client("org-b").GetAsync(statusUrl);
        var none = await server.Client("org-b").GetAsync($"/taxii2/{HubServer.ApiRoot}/status/{Guid.NewGuid()}/");
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(await none.Content.ReadAsStringAsync(), await theirs.Content.ReadAsStringAsync());

        var (_, stored) = await server.Client("org-a").GetJsonAsync(OneObject(HubServer.Shared, indicator["id"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(indicator, Assert.Single(stored["objects"]!.AsArray())));
    }

    [Fact]
    public async Task Invalid_stix_objects_are_status_failures_with_the_reason_and_valid_neighbours_are_stored()
    {
        var valid = Stix.Indicator();
        var noType = Stix.Indicator();
        noType.Remove("type");
        var badId = Stix.Indicator(id: "indicator--not-a-uuid");
        var wrongPrefix = Stix.Indicator(id: Stix.NewId("malware"));
        var badTime = Stix.Indicator();
        badTime["modified"] = "yesterday";
        var backwards = Stix.Indicator(modified: Stix.T0.AddDays(-1));
        var badSpec = Stix.Indicator();
        badSpec["spec_version"] = "3.0";
        var badMarking = Stix.Indicator();
        badMarking["object_marking_refs"] = new JsonArray("tlp:red");

        var badPattern = Stix.Indicator();
        badPattern["pattern"] = "[email-addr:value = 'x'";
        var noPattern = Stix.Indicator();
        noPattern.Remove("pattern");

        var status = await server.Client("org-a").AddAsync(
            HubServer.Shared, valid, noType, badId, wrongPrefix, badTime, backwards, badSpec, badMarking, JsonValue.Create(42)!, badPattern, noPattern);

        Assert.Equal(11, status["total_count"]!.GetValue<int>());
        Assert.Equal(1, status["success_count"]!.GetValue<int>());
        Assert.Equal(10, status["failure_count"]!.GetValue<int>());
        var messages = status["failures"]!.AsArray().Select(f => f!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains("objects[1]") && m.Contains("'type'"));
        Assert.Contains(messages, m => m.Contains("objects[2]") && m.Contains("UUID"));
        Assert.Contains(messages, m => m.Contains("objects[4]") && m.Contains("'modified'"));
        Assert.Contains(messages, m => m.Contains("objects[5]") && m.Contains("earlier than 'created'"));
        Assert.Contains(messages, m => m.Contains("objects[6]") && m.Contains("spec_version"));
        Assert.Contains(messages, m => m.Contains("objects[7]") && m.Contains("object_marking_refs"));
        Assert.Contains(messages, m => m.Contains("objects[8]") && m.Contains("not an object"));
        Assert.Contains(messages, m => m.Contains("objects[9]") && m.Contains("[pattern]"));
        Assert.Contains(messages, m => m.Contains("objects[10]") && m.Contains("'pattern'"));
        var (_, envelope) = await server.Client("org-a").GetJsonAsync(Objects(HubServer.Shared));
        Assert.Equal([valid["id"]!.GetValue<string>()], Ids(envelope));
    }

    [Fact]
    public async Task Malformed_json_wrong_media_type_oversized_bodies_and_non_envelopes_are_refused_and_change_nothing()
    {
        var client = server.Client("org-a");
        await client.AddAsync(HubServer.Shared, Stix.Indicator());
        var before = await client.GetStringAsync(Manifest(HubServer.Shared) + "?match[version]=all");

        async Task Expect(HttpContent content, HttpStatusCode expected)
        {
            var response = await client.PostAsync(Objects(HubServer.Shared), content);
            Assert.Equal(expected, response.StatusCode);
            var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(((int)expected).ToString(), error["http_status"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(error["description"]!.GetValue<string>()));
        }

        await Expect(Body("{\"objects\": [ {\"type\": "), HttpStatusCode.BadRequest);
        await Expect(Body("{\"objects\": [ {\"type\": \"indicator\", \"name\": \"\\ud800\"} ]}"), HttpStatusCode.BadRequest);
        await Expect(Body("{\"\\udc00\": 1, \"objects\": []}"), HttpStatusCode.BadRequest);
        var notUtf8 = new ByteArrayContent([.. "{\"objects\": [ {\"name\": \""u8, 0xFF, .. "\"} ]}"u8]);
        notUtf8.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
        await Expect(notUtf8, HttpStatusCode.BadRequest);
        await Expect(Body("{\"objects\": " + new string('[', 10_000) + new string(']', 10_000) + "}"), HttpStatusCode.BadRequest);
        await Expect(Body("[1, 2]"), HttpStatusCode.UnprocessableEntity);
        await Expect(Body("{\"more\": false}"), HttpStatusCode.UnprocessableEntity);
        await Expect(Body("{\"objects\": {}}"), HttpStatusCode.UnprocessableEntity);
        await Expect(Body(Stix.Envelope(Stix.Indicator()), "application/json"), HttpStatusCode.UnsupportedMediaType);
        await Expect(Body(Stix.Envelope(Stix.Indicator()), "application/taxii+json;version=2.0"), HttpStatusCode.UnsupportedMediaType);
        await Expect(Body(Stix.Envelope(Stix.Indicator()), "application/stix+json;version=2.1"), HttpStatusCode.UnsupportedMediaType);

        var big = Stix.Envelope(Enumerable.Range(0, 400).Select(_ => (JsonNode)Stix.Indicator()).ToArray());
        Assert.True(big.Length > HubServer.MaxContentLength);
        await Expect(Body(big), HttpStatusCode.RequestEntityTooLarge);

        // Without a Content-Length the limit is enforced while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
        var request = new HttpRequestMessage(HttpMethod.Post, Objects(HubServer.Shared)) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var chunkedResponse = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedResponse.StatusCode);

        Assert.Equal(before, await client.GetStringAsync(Manifest(HubServer.Shared) + "?match[version]=all"));
    }

    [Fact]
    public async Task Adding_the_same_version_again_is_a_success_and_stores_nothing_new()
    {
        var indicator = Stix.Indicator();
        await server.Client("org-a").AddAsync(HubServer.Shared, indicator);
        var again = await server.Client("org-a").AddAsync(HubServer.Shared, indicator);

        Assert.Equal(1, again["success_count"]!.GetValue<int>());
        Assert.Equal(0, again["failure_count"]!.GetValue<int>());
        var (_, versions) = await server.Client("org-a").GetJsonAsync(Versions(HubServer.Shared, indicator["id"]!.GetValue<string>()));
        Assert.Single(versions["versions"]!.AsArray());
    }

    [Fact]
    public async Task Paging_with_limit_and_next_returns_every_object_once_with_date_added_headers()
    {
        var client = server.Client("org-a");
        var added = new List<string>();
        for (var batch = 0; batch < 3; batch++)
        {
            var objects = Enumerable.Range(0, 9).Select(_ => Stix.Indicator()).ToArray();
            added.AddRange(objects.Select(o => o["id"]!.GetValue<string>()));
            await client.AddAsync(HubServer.Shared, objects);
        }

        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        DateTimeOffset? previousLast = null;
        do
        {
            var url = Objects(HubServer.Shared) + "?limit=10" + (next is null ? string.Empty : "&next=" + Uri.EscapeDataString(next));
            var (response, envelope) = await client.GetJsonAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var first = DateTimeOffset.Parse(Header(response, "X-TAXII-Date-Added-First")!);
            var last = DateTimeOffset.Parse(Header(response, "X-TAXII-Date-Added-Last")!);
            Assert.True(first <= last);
            Assert.True(previousLast is null || first > previousLast);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", Header(response, "X-TAXII-Date-Added-Last")!);
            previousLast = last;
            seen.AddRange(Ids(envelope));
            var more = envelope["more"]!.GetValue<bool>();
            next = more ? envelope["next"]!.GetValue<string>() : null;
            Assert.Equal(more, envelope.ContainsKey("next"));
            pages++;
        }
        while (next is not null);

        Assert.Equal(3, pages);
        Assert.Equal(added, seen);
    }

    [Fact]
    public async Task A_tampered_or_transplanted_next_cursor_is_refused()
    {
        var client = server.Client("org-a");
        await client.AddAsync(HubServer.Shared, Enumerable.Range(0, 5).Select(_ => (JsonNode)Stix.Indicator()).ToArray());
        var (_, page) = await client.GetJsonAsync(Objects(HubServer.Shared) + "?limit=2");
        var next = page["next"]!.GetValue<string>();

        var tampered = next[..^2] + (next[^2] == 'A' ? "BB" : "AA");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Objects(HubServer.Shared) + "?limit=2&next=" + Uri.EscapeDataString(tampered))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Objects(HubServer.Shared) + "?limit=2&next=garbage")).StatusCode);
        // Issued to org-a: useless to org-b, on the manifest, or with other filters.
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client("org-b").GetAsync(Objects(HubServer.Shared) + "?limit=2&next=" + Uri.EscapeDataString(next))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Manifest(HubServer.Shared) + "?limit=2&next=" + Uri.EscapeDataString(next))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Objects(HubServer.Shared) + "?match[type]=indicator&next=" + Uri.EscapeDataString(next))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Objects(HubServer.Shared) + "?limit=2&next=" + Uri.EscapeDataString(next))).StatusCode);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=-3")]
    [InlineData("limit=ten")]
    [InlineData("added_after=2026-11-01")]
    [InlineData("added_after=yesterday")]
    [InlineData("match[version]=newest")]
    public async Task Malformed_filter_parameters_get_400(string query)
    {
        var (response, error) = await server.Client("org-a").GetJsonAsync(Objects(HubServer.Shared) + "?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("400", error["http_status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Added_after_returns_only_objects_added_strictly_later()
    {
        var client = server.Client("org-a");
        await client.AddAsync(HubServer.Shared, Stix.Indicator(), Stix.Indicator());
        var (first, _) = await client.GetJsonAsync(Objects(HubServer.Shared));
        var last = Header(first, "X-TAXII-Date-Added-Last")!;
        var later = Stix.Indicator();
        await client.AddAsync(HubServer.Shared, later);

        var (_, envelope) = await client.GetJsonAsync(Objects(HubServer.Shared) + "?added_after=" + last);
        Assert.Equal([later["id"]!.GetValue<string>()], Ids(envelope));
        var (_, manifest) = await client.GetJsonAsync(Manifest(HubServer.Shared) + "?added_after=" + last);
        Assert.Equal([later["id"]!.GetValue<string>()], Ids(manifest));
    }

    [Fact]
    public async Task Match_filters_take_comma_lists_and_version_takes_first_last_all_and_timestamps()
    {
        var client = server.Client("org-a");
        var id = Stix.NewId("indicator");
        var v1 = Stix.Indicator(id, Stix.T0);
        var v2 = Stix.Indicator(id, Stix.T0.AddDays(1));
        var v3 = Stix.Indicator(id, Stix.T0.AddDays(2));
        var other = Stix.Indicator();
        var identity = new JsonObject
        {
            ["type"] = "identity", ["spec_version"] = "2.1", ["id"] = Stix.NewId("identity"), ["created"] = Stix.Time(Stix.T0),
            ["modified"] = Stix.Time(Stix.T0), ["name"] = "Partner A", ["identity_class"] = "organization",
        };
        await client.AddAsync(HubServer.Shared, v1, v2, v3, other, identity);

        async Task<List<string>> Modified(string query)
        {
            var (response, envelope) = await client.GetJsonAsync(Objects(HubServer.Shared) + "?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return envelope["objects"] is JsonArray items ? items.Select(o => o!["id"]!.GetValue<string>() + "@" + o["modified"]!.GetValue<string>()).ToList() : [];
        }

        Assert.Equal([$"{id}@{Stix.Time(Stix.T0.AddDays(2))}"], await Modified($"match[id]={id}"));
        Assert.Equal(3, (await Modified($"match[id]={id}&match[version]=all")).Count);
        Assert.Equal([$"{id}@{Stix.Time(Stix.T0)}", $"{id}@{Stix.Time(Stix.T0.AddDays(2))}"], await Modified($"match[id]={id}&match[version]=first,last"));
        Assert.Equal([$"{id}@{Stix.Time(Stix.T0.AddDays(1))}"], await Modified($"match[id]={id}&match[version]={Stix.Time(Stix.T0.AddDays(1))}"));
        Assert.Equal(2, (await Modified($"match[id]={id},{other["id"]}")).Count);
        Assert.Single(await Modified("match[type]=identity"));
        Assert.Equal(3, (await Modified("match[type]=identity,indicator")).Count);
        Assert.Equal(3, (await Modified("match[spec_version]=2.1")).Count);
        Assert.Empty(await Modified("match[spec_version]=2.0"));
        Assert.Empty(await Modified("match[type]=malware"));

        var (_, manifest) = await client.GetJsonAsync(Manifest(HubServer.Shared) + $"?match[id]={id}&match[version]=all");
        var entries = manifest["objects"]!.AsArray();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(TaxiiMediaTypes.Stix21, e!["media_type"]!.GetValue<string>()));
        Assert.Equal(Stix.Time(Stix.T0), entries[0]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Object_and_versions_endpoints_answer_for_one_object_and_404_for_unknown_ids()
    {
        var client = server.Client("org-a");
        var id = Stix.NewId("indicator");
        await client.AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0), Stix.Indicator(id, Stix.T0.AddHours(1)));

        var (objectResponse, one) = await client.GetJsonAsync(OneObject(HubServer.Shared, id));
        Assert.Equal(HttpStatusCode.OK, objectResponse.StatusCode);
        Assert.Equal(Stix.Time(Stix.T0.AddHours(1)), Assert.Single(one["objects"]!.AsArray())!["modified"]!.GetValue<string>());
        Assert.NotNull(Header(objectResponse, "X-TAXII-Date-Added-First"));
        var (_, all) = await client.GetJsonAsync(OneObject(HubServer.Shared, id) + "?match[version]=all");
        Assert.Equal(2, all["objects"]!.AsArray().Count);

        var (versionsResponse, versions) = await client.GetJsonAsync(Versions(HubServer.Shared, id));
        Assert.Equal(HttpStatusCode.OK, versionsResponse.StatusCode);
        Assert.Equal([Stix.Time(Stix.T0), Stix.Time(Stix.T0.AddHours(1))], versions["versions"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.False(versions["more"]!.GetValue<bool>());
        Assert.NotNull(Header(versionsResponse, "X-TAXII-Date-Added-Last"));
        var (_, paged) = await client.GetJsonAsync(Versions(HubServer.Shared, id) + "?limit=1");
        Assert.True(paged["more"]!.GetValue<bool>());

        var unknown = Stix.NewId("indicator");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OneObject(HubServer.Shared, unknown))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Versions(HubServer.Shared, unknown))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync(OneObject(HubServer.Shared, unknown))).StatusCode);
    }

    [Fact]
    public async Task Empty_results_are_empty_envelopes_without_date_headers()
    {
        var (response, envelope) = await server.Client("org-a").GetJsonAsync(Objects(HubServer.Shared));
        var (manifestResponse, manifest) = await server.Client("org-a").GetJsonAsync(Manifest(HubServer.Shared));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(envelope);
        Assert.Empty(manifest);
        Assert.Null(Header(response, "X-TAXII-Date-Added-First"));
        Assert.Null(Header(manifestResponse, "X-TAXII-Date-Added-Last"));
    }

    [Fact]
    public async Task Delete_removes_the_owners_versions_and_refuses_others()
    {
        var id = Stix.NewId("indicator");
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0), Stix.Indicator(id, Stix.T0.AddHours(1)));

        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-b").DeleteAsync(OneObject(HubServer.Shared, id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-c").DeleteAsync(OneObject(HubServer.Shared, id))).StatusCode);
        var first = await server.Client("org-a").DeleteAsync(OneObject(HubServer.Shared, id) + "?match[version]=" + Stix.Time(Stix.T0));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var (_, versions) = await server.Client("org-a").GetJsonAsync(Versions(HubServer.Shared, id));
        Assert.Equal([Stix.Time(Stix.T0.AddHours(1))], versions["versions"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await server.Client("org-a").DeleteAsync(OneObject(HubServer.Shared, id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-a").GetAsync(OneObject(HubServer.Shared, id))).StatusCode);
    }

    [Fact]
    public async Task Rights_decide_403_for_known_collections_read_only_write_only_and_reviewers()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-c").PostAsync(Objects(HubServer.Shared), Body(Stix.Envelope(Stix.Indicator())))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-a", "reviewer").PostAsync(Objects(HubServer.Shared), Body(Stix.Envelope(Stix.Indicator())))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-d").GetAsync(Objects(HubServer.Shared))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("org-d").GetAsync(Manifest(HubServer.Shared))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await server.Client("org-d").PostAsync(Objects(HubServer.Shared), Body(Stix.Envelope(Stix.Indicator())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client("org-x").PostAsync(Objects(HubServer.Shared), Body(Stix.Envelope(Stix.Indicator())))).StatusCode);
        var (_, view) = await server.Client("org-a", "reviewer").GetJsonAsync(Collection(HubServer.Shared));
        Assert.False(view["can_write"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_revoked_version_reaches_pollers_on_their_next_poll()
    {
        var id = Stix.NewId("indicator");
        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0));
        var (first, envelope) = await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared));
        Assert.Equal([id], Ids(envelope));
        var last = Header(first, "X-TAXII-Date-Added-Last")!;

        await server.Client("org-a").AddAsync(HubServer.Shared, Stix.Indicator(id, Stix.T0.AddDays(1), revoked: true));

        var (_, poll) = await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared) + "?added_after=" + last);
        var revoked = Assert.Single(poll["objects"]!.AsArray())!;
        Assert.True(revoked["revoked"]!.GetValue<bool>());
        Assert.Equal(id, revoked["id"]!.GetValue<string>());
    }
}
