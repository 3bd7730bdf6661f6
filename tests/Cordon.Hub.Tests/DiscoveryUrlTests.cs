using Microsoft.AspNetCore.Builder;

namespace Cordon.Hub.Tests;

/// <summary>Issue 13 finding 21: discovery's API root URLs come from the configured public URL, never from the request's Host header.</summary>
public sealed class DiscoveryUrlTests
{
    [Fact]
    public async Task Discovery_ignores_the_host_header_and_defaults_to_the_listen_address()
    {
        await using var server = await HubServer.StartAsync();
        var client = server.Client();
        client.DefaultRequestHeaders.Host = "evil.example";

        var (_, body) = await client.GetJsonAsync("/taxii2/");

        Assert.DoesNotContain("evil.example", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(server.ApiRootUrl.ToString(), Assert.Single(body["api_roots"]!.AsArray())!.GetValue<string>());
        Assert.Equal(server.ApiRootUrl.ToString(), body["default"]!.GetValue<string>());
    }

    [Fact]
    public async Task Discovery_uses_the_configured_public_url_with_its_path()
    {
        await using var server = await HubServer.StartAsync(configure: builder => builder.Configuration["Cordon:PublicUrl"] = "https://hub.partners.example/cti/");
        var client = server.Client();
        client.DefaultRequestHeaders.Host = "evil.example";

        var (_, body) = await client.GetJsonAsync("/taxii2/");

        Assert.Equal($"https://hub.partners.example/cti/taxii2/{HubServer.ApiRoot}/", Assert.Single(body["api_roots"]!.AsArray())!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    [InlineData(null, "http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData(null, "http://[::]:8080", "http://localhost:8080")]
    [InlineData(null, "https://*:443", "https://localhost:443")]
    [InlineData("https://hub.example.org/", "http://0.0.0.0:8080", "https://hub.example.org")]
    public void The_public_base_is_the_configured_url_else_the_listen_address(string? configured, string listening, string expected) =>
        Assert.Equal(expected, Cordon.Web.Taxii.TaxiiEndpoints.PublicBase(configured, [listening]));
}
