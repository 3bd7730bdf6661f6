using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cordon.Lists;

namespace Cordon.Operations.Tests;

/// <summary>Health, metrics, security headers, request ids, body limits, rate limits and personal-data endpoints, in process.</summary>
[Collection(OperationsTestGroup.Name)]
public sealed class HttpOperationsTests
{
    private static readonly string[] Samples = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"));

    [Fact]
    public async Task Live_and_ready_answer_small_json()
    {
        await using var server = await InProcessServer.StartAsync();

        var live = await server.Client.GetAsync("/health/live");
        var ready = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("live", (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("sqlite", body.GetProperty("checks").GetProperty("database").GetProperty("provider").GetString());
        var lists = body.GetProperty("checks").GetProperty("lists");
        Assert.Equal(1, lists.GetProperty("versions").GetInt32());
        Assert.Equal("ok", lists.GetProperty("status").GetString());
        var inForce = (await server.Services.Store.GetListsAsync()).Single();
        var list = lists.GetProperty("lists").EnumerateArray().Single();
        Assert.Equal(inForce.ListId, list.GetProperty("list").GetString());
        Assert.Equal(inForce.Current.Id, list.GetProperty("version").GetInt64());
        Assert.Equal(inForce.Current.EntityCount, list.GetProperty("entries").GetInt32());
        Assert.Equal(inForce.Current.ImportedAt, list.GetProperty("importedAt").GetDateTimeOffset());
        Assert.InRange(list.GetProperty("ageSeconds").GetDouble(), 0, 600);
        Assert.True(list.GetProperty("indexed").GetBoolean());
        Assert.True((await ready.Content.ReadAsByteArrayAsync()).Length < 1024, "readiness is a small document");
    }

    [Fact]
    public async Task An_instance_with_no_lists_is_not_ready_and_says_why()
    {
        await using var server = await InProcessServer.StartAsync(importLists: false);

        var ready = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no lists imported", body.GetProperty("reason").GetString());
        Assert.Equal("empty", body.GetProperty("checks").GetProperty("lists").GetProperty("status").GetString());
        Assert.Contains("cordon lists import", body.GetProperty("checks").GetProperty("lists").GetProperty("hint").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_right_after_an_import_answers_from_the_index_it_has_and_builds_the_new_one_in_the_background()
    {
        await using var server = await InProcessServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health/ready")).StatusCode);

        // As the CLI or another instance would: a large list stored, this instance's index not rebuilt yet.
        var imported = await server.Services.Importer.ImportAsync(ListLoader.Default.Load(SharedData.Path("lists", "ofac-sdn-2021-07")).Snapshots);
        var newVersion = imported.Lists.Single().Version.Id;
        var right = await server.Client.GetAsync("/health/ready");
        var rightBody = await right.Content.ReadFromJsonAsync<JsonElement>();
        var settled = await EventuallyAsync(async () =>
        {
            var body = await server.Client.GetFromJsonAsync<JsonElement>("/health/ready");
            return body.GetProperty("checks").GetProperty("lists").GetProperty("status").GetString() == "ok" ? body : (JsonElement?)null;
        }, TimeSpan.FromMinutes(2));

        // Still ready (the index over the earlier versions screens), saying the new one is being built, without waiting for it.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var lists = rightBody.GetProperty("checks").GetProperty("lists");
        Assert.Equal("refreshing", lists.GetProperty("status").GetString());
        var fresh = lists.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("version").GetInt64() == newVersion);
        Assert.False(fresh.GetProperty("indexed").GetBoolean());
        // The build the probe started ends without any screening request.
        Assert.All(settled.GetProperty("checks").GetProperty("lists").GetProperty("lists").EnumerateArray(), l => Assert.True(l.GetProperty("indexed").GetBoolean()));
        Assert.Contains(server.Services.Catalog.Built!.Versions, v => v.Id == newVersion);
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> attempt, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await attempt() is { } done)
            {
                return done;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("readiness never settled");
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/assets/cordon.css")]
    [InlineData("GET", "/api/lists")]
    [InlineData("GET", "/api/lists/no-such-list/versions")]
    [InlineData("GET", "/no/such/page")]
    [InlineData("POST", "/api/screen")]
    [InlineData("GET", "/health/live")]
    [InlineData("GET", "/metrics")]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        await using var server = await InProcessServer.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{not json", Encoding.UTF8, "application/json");
        }

        var response = await server.Client.SendAsync(request);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Null(Header(response, "Strict-Transport-Security"));
        Assert.Null(Header(response, "Server"));
        if (path.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_only()
    {
        await using var server = await InProcessServer.StartAsync(address: "https://localhost");

        var response = await server.Client.GetAsync("/health/live");

        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_ui_page_keeps_its_scripts_and_styles_in_files_the_policy_allows()
    {
        await using var server = await InProcessServer.StartAsync();

        var html = await server.Client.GetStringAsync("/");

        // The policy refuses inline code: a page with an inline script or style would break in browsers.
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<style[\\s>]|\\sstyle=\"|\\son[a-z]+=\"", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public async Task A_sane_request_id_is_echoed_and_others_are_replaced()
    {
        await using var server = await InProcessServer.StartAsync();
        using var given = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        given.Headers.Add("X-Request-Id", "batch-42.retry-1");
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        forged.Headers.TryAddWithoutValidation("X-Request-Id", new string('x', 65));

        var echoed = await server.Client.SendAsync(given);
        var replaced = await server.Client.SendAsync(forged);
        var assigned = await server.Client.GetAsync("/health/live");

        Assert.Equal("batch-42.retry-1", Header(echoed, "X-Request-Id"));
        Assert.NotEqual(new string('x', 65), Header(replaced, "X-Request-Id"));
        Assert.False(string.IsNullOrEmpty(Header(replaced, "X-Request-Id")));
        Assert.NotEqual(Header(assigned, "X-Request-Id"), Header(replaced, "X-Request-Id"));
    }

    [Fact]
    public async Task A_body_over_the_endpoint_limit_is_refused_with_413_and_batch_endpoints_take_more()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string>
        {
            ["Cordon:MaxRequestBodyBytes"] = "65536",
            ["Cordon:MaxBatchRequestBodyBytes"] = "1048576",
        });
        var big = JsonSerializer.Serialize(new { name = new string('a', 70_000) });
        var subjects = Enumerable.Range(0, 100).Select(i => new { id = $"s{i}", name = new string('b', 800) }).ToList();
        var batch = JsonSerializer.Serialize(new { subjects });
        var tooBigBatch = JsonSerializer.Serialize(new { subjects = Enumerable.Range(0, 1400).Select(i => new { id = $"s{i}", name = new string('b', 800) }) });

        var single = await server.Client.PostAsync("/api/screen", new StringContent(big, Encoding.UTF8, "application/json"));
        var batched = await server.Client.PostAsync("/api/screen/batch", new StringContent(batch, Encoding.UTF8, "application/json"));
        var overBatch = await server.Client.PostAsync("/api/screen/batch", new StringContent(tooBigBatch, Encoding.UTF8, "application/json"));

        Assert.True(Encoding.UTF8.GetByteCount(batch) > 65536, "the batch is over the default limit");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, single.StatusCode);
        Assert.Equal("application/problem+json", single.Content.Headers.ContentType?.MediaType);
        Assert.Contains("65,536", await single.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, batched.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overBatch.StatusCode);
    }

    [Fact]
    public async Task Metrics_count_requests_by_route_and_status_and_screenings()
    {
        await using var server = await InProcessServer.StartAsync();
        var before = await MetricsText.ReadAsync(server.Client);

        for (var i = 0; i < 3; i++)
        {
            (await server.Client.PostAsJsonAsync("/api/screen", new { name = "Kim Jong Un" })).EnsureSuccessStatusCode();
        }

        (await server.Client.PostAsJsonAsync("/api/screen/batch", new { subjects = new[] { new { id = "a", name = "Kim Jong Un" }, new { id = "b", name = "Jane Doe" } } })).EnsureSuccessStatusCode();
        await server.Client.PostAsync("/api/assessments", new StringContent(Samples[0], Encoding.UTF8, "application/json"));
        var response = await server.Client.GetAsync("/metrics");
        var after = await MetricsText.ReadAsync(server.Client);

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        (string, string)[] screen = [("method", "POST"), ("route", "/api/screen"), ("status", "200")];
        Assert.Equal(3, after.Sum("http_request_duration_seconds_count", screen) - before.Sum("http_request_duration_seconds_count", screen));
        Assert.Equal(3, after.Sum("http_requests_total", screen) - before.Sum("http_requests_total", screen));
        Assert.Equal(3 + 2, after.Sum("cordon_screenings_total", ("kind", "screening")) - before.Sum("cordon_screenings_total", ("kind", "screening")), 6);
        Assert.True(after.Sum("cordon_batch_size_count", ("kind", "screening")) - before.Sum("cordon_batch_size_count", ("kind", "screening")) >= 1);
        Assert.True(after.Sum("cordon_assessments_total", ("outcome", "assessed")) - before.Sum("cordon_assessments_total", ("outcome", "assessed")) >= 1);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE http_request_duration_seconds histogram", text);
        Assert.Contains("# TYPE cordon_screenings_total counter", text);
        Assert.True(after.Has("http_request_duration_seconds_bucket", [.. screen, ("le", "+Inf")]));
        Assert.True(after.Sum("dotnet_process_memory_working_set_bytes") > 0, "the runtime's metrics are exported");
    }

    [Fact]
    public async Task A_caller_over_its_rate_limit_gets_429_with_retry_after_and_health_stays_open()
    {
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string> { ["Cordon:RequestsPerMinute"] = "3" });

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await server.Client.GetAsync("/api/lists")).StatusCode);
        }

        var refused = await server.Client.GetAsync("/api/lists");
        var health = await server.Client.GetAsync("/health/ready");

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_record_is_exported_then_erased_through_the_api()
    {
        await using var server = await InProcessServer.StartAsync();
        var id = JsonDocument.Parse(Samples[4]).RootElement.GetProperty("id").GetString()!;
        (await server.Client.PostAsync("/api/assessments", new StringContent(Samples[4], Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await server.Client.PostAsync("/api/assessments", new StringContent(Samples[4], Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await server.Client.PostAsync("/api/assessments", new StringContent(Samples[5], Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var export = await server.Client.GetFromJsonAsync<JsonElement>($"/api/records/{id}");
        var erase = await server.Client.DeleteAsync($"/api/records/{id}");
        var erased = await erase.Content.ReadFromJsonAsync<JsonElement>();
        var exportAfter = await server.Client.GetAsync($"/api/records/{id}");
        var assessmentAfter = await server.Client.GetAsync($"/api/assessments/{id}");
        var eraseAgain = await server.Client.DeleteAsync($"/api/records/{id}");
        var anonymous = await server.Anonymous.GetAsync("/api/records/anyone");
        var other = JsonDocument.Parse(Samples[5]).RootElement.GetProperty("id").GetString()!;

        Assert.Equal(id, export.GetProperty("recordId").GetString());
        Assert.Equal(2, export.GetProperty("assessments").GetArrayLength());
        Assert.Equal(
            JsonDocument.Parse(Samples[4]).RootElement.GetProperty("person").GetProperty("full_name").GetString(),
            export.GetProperty("assessments")[0].GetProperty("record").GetProperty("person").GetProperty("full_name").GetString());
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Equal(2, erased.GetProperty("assessments").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, exportAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, assessmentAfter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, eraseAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/assessments/{other}")).StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : null;

}
