using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Core.Access;

namespace Cordon.Web.Tests;

/// <summary>
/// Issue 13 finding 17: no request body makes the server fail. Every POST, PUT and PATCH endpoint the OpenAPI document lists
/// gets malformed bodies — empty, wrong JSON types at the top and in each property of its request schema, nulls, huge and
/// out-of-range numbers, invalid UTF-8, lone surrogates, truncated and deeply nested JSON — and must answer below 500.
/// </summary>
public class MalformedBodyTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private static readonly string[] WholeBodies =
    [
        "", " ", "null", "{}", "[]", "[null]", "[{}]", "[[]]", "{\"unexpected\":1}", "\"text\"", "true", "0", "-1",
        "123456789012345678901234567890123456789012345678901234567890", "1e400", "-1e400", "{", "[", "{\"a\":", "}{",
        new string('[', 5_000) + new string(']', 5_000), "{\"s\":\"\\ud800\"}", "\"\\u0000\"", "\uFEFF{}",
    ];

    private static readonly string[] WrongValues =
    [
        "null", "0", "-1", "1.5", "1e400", "123456789012345678901234567890123456789012345678901234567890", "\"\"", "\"text\"",
        "\"\\ud800\"", "\"2026-13-45T99:99:99Z\"", "true", "{}", "[]", "[null]", "[1]", "[\"\"]", "{\"x\":null}", new string('[', 200) + new string(']', 200),
    ];

    // {"name": "\xC3(", ...}: a two-byte sequence cut short, then an invalid lead byte and a stray continuation byte.
    private static readonly byte[][] InvalidUtf8 =
    [
        [.. "{\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8],
        [.. "{\"id\":\"a\",\"name\":\""u8, 0xFF, 0xFE, .. "\"}"u8],
        [.. "[{\"id\":\""u8, 0x80, .. "\",\"name\":\"x\"}]"u8],
        [0xC3],
        [.. "{\""u8, 0xED, 0xA0, 0x80, .. "\":1}"u8],
    ];

    [Fact]
    public async Task Malformed_bodies_to_every_post_put_and_patch_endpoint_never_get_a_5xx()
    {
        var admin = await server.CreateClientAsync("org-fuzz", CordonRoles.Admin);
        var platform = await server.CreateClientAsync("org-fuzz", CordonRoles.Operator);
        var document = JsonNode.Parse(await admin.GetStringAsync(CordonWebApplication.OpenApiPath))!;
        var schemas = document["components"]?["schemas"]?.AsObject();
        var failures = new List<string>();
        var sent = 0;

        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var method in new[] { "post", "put", "patch" })
            {
                if (item![method] is not { } operation)
                {
                    continue;
                }

                var path = System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", "fuzz-id");
                var client = await ChooseClientAsync(admin, platform, method, path);
                foreach (var body in Bodies(operation, schemas))
                {
                    foreach (var mediaType in MediaTypes(operation))
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path) { Content = new ByteArrayContent(body) };
                        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
                        using var response = await client.SendAsync(request);
                        sent++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{method.ToUpperInvariant()} {path} [{mediaType}] {Shown(body)} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        }
                    }
                }
            }
        }

        Assert.True(sent > 500, $"only {sent} requests were sent: the OpenAPI document lists too few endpoints");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests got a 5xx:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("/api/screen/batch", "{}", HttpStatusCode.BadRequest, "subjects is required")]
    [InlineData("/api/watch", "[null]", HttpStatusCode.BadRequest, "Subject 1: expected an object")]
    [InlineData("/api/watch", "[{\"id\":\"a/b\",\"name\":\"Jane Q Nobody\"}]", HttpStatusCode.BadRequest, "cannot be named in a URL path")]
    [InlineData("/api/screen/batch", "{\"subjects\":[null,{\"id\":\"2\",\"name\":\"Kim Jong Un\"}]}", HttpStatusCode.OK, "Subject 1: expected an object with an id and a name, found null")]
    public async Task The_reported_crashes_answer_with_a_clear_error(string path, string body, HttpStatusCode status, string expected)
    {
        var client = await server.CreateClientAsync("org-fuzz-clear", CordonRoles.Analyst);

        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_an_assessment_answers_400_naming_the_encoding()
    {
        var client = await server.CreateClientAsync("org-fuzz-utf8", CordonRoles.Analyst);
        foreach (var (body, index) in InvalidUtf8.Select((b, i) => (b, i)))
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

            var response = await client.PostAsync("/api/assessments", content);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

            // The first three are well-formed JSON with bad bytes inside strings (which crashed); the others the JSON reader refuses.
            if (index < 3)
            {
                Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    private static async Task<HttpClient> ChooseClientAsync(HttpClient admin, HttpClient platform, string method, string path)
    {
        // Endpoints only the platform operator may call are fuzzed as the operator, so that their bodies are read at all.
        using var probe = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        using var response = await admin.SendAsync(probe);
        return response.StatusCode == HttpStatusCode.Forbidden ? platform : admin;
    }

    private static IEnumerable<string> MediaTypes(JsonNode operation)
    {
        var declared = operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).ToList() ?? [];
        return declared.Count == 0 ? ["application/json"] : declared.Append("application/json").Distinct();
    }

    private static IEnumerable<byte[]> Bodies(JsonNode operation, JsonObject? schemas)
    {
        foreach (var body in WholeBodies)
        {
            yield return Encoding.UTF8.GetBytes(body);
        }

        foreach (var body in InvalidUtf8)
        {
            yield return body;
        }

        var schema = Resolve(operation["requestBody"]?["content"]?.AsObject().FirstOrDefault().Value?["schema"], schemas);
        var isArray = schema?["type"]?.ToString() == "array";
        var itemSchema = isArray ? Resolve(schema!["items"], schemas) : schema;
        var properties = itemSchema?["properties"]?.AsObject();
        foreach (var (name, property) in properties ?? [])
        {
            foreach (var value in WrongValues)
            {
                var single = $"{{{JsonSerializer.Serialize(name)}:{value}}}";
                yield return Encoding.UTF8.GetBytes(isArray ? "[" + single + "]" : single);
            }

            // One level down: a wrong value in each property of an object or of an array's items.
            var inner = Resolve(property, schemas);
            var innerItems = inner?["type"]?.ToString() == "array" ? Resolve(inner["items"], schemas) : inner;
            foreach (var (innerName, _) in innerItems?["properties"]?.AsObject() ?? [])
            {
                foreach (var value in WrongValues)
                {
                    var nested = $"{{{JsonSerializer.Serialize(innerName)}:{value}}}";
                    var wrapped = inner?["type"]?.ToString() == "array" ? "[" + nested + "]" : nested;
                    var single = $"{{{JsonSerializer.Serialize(name)}:{wrapped}}}";
                    yield return Encoding.UTF8.GetBytes(isArray ? "[" + single + "]" : single);
                }
            }
        }
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var depth = 0; depth < 10 && schema?["$ref"]?.ToString() is { } reference; depth++)
        {
            schema = schemas?[reference[(reference.LastIndexOf('/') + 1)..]];
        }

        return schema;
    }

    private static string Shown(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= 120 ? text : text[..120] + "…";
    }
}
