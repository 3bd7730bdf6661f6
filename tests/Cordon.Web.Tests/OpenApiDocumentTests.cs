using System.Net.Http.Json;
using System.Text.Json;

namespace Cordon.Web.Tests;

/// <summary>The served OpenAPI document describes how to authenticate, on every operation that needs it.</summary>
public sealed class OpenApiDocumentTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Operations anyone may call: signing in, the health probes, metrics.</summary>
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal) { "post /api/session", "get /health/live", "get /health/ready", "get /metrics" };

    [Fact]
    public async Task The_three_security_schemes_are_declared_and_every_protected_operation_requires_one()
    {
        var document = await server.CreateAnonymousClient().GetFromJsonAsync<JsonElement>(CordonWebApplication.OpenApiPath);
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty(ApiDocumentation.ApiKeyScheme).GetProperty("scheme").GetString());
        Assert.Equal("basic", schemes.GetProperty(ApiDocumentation.BasicScheme).GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty(ApiDocumentation.SessionScheme).GetProperty("in").GetString());

        var missing = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                var key = operation.Name + " " + path.Name;
                var secured = operation.Value.TryGetProperty("security", out var security) && security.GetArrayLength() == 3;
                var documented401 = operation.Value.GetProperty("responses").TryGetProperty("401", out _);
                if (Public.Contains(key) ? secured : !(secured && documented401))
                {
                    missing.Add(key);
                }
            }
        }

        Assert.True(operations > 40, $"only {operations} operations in the document");
        Assert.True(missing.Count == 0, "operations whose security is wrong:\n" + string.Join('\n', missing));
    }
}
