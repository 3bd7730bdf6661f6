using System.Text.Json.Nodes;
using Cordon.Stix.Markings;
using static Cordon.Hub.Tests.TaxiiHttp;

namespace Cordon.Hub.Tests;

/// <summary>TAXII 2.1 section 3.4.1 <c>match[spec_version]</c> over HTTP (issue 18): select the specification versions, then judge first/last.</summary>
public sealed class SpecVersionTests : IAsyncLifetime
{
    private HubServer server = null!;

    public async Task InitializeAsync() => server = await HubServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    // A STIX 2.0 version carries no spec_version (STIX 2.0 had none).
    private static JsonObject Stix20(JsonObject indicator)
    {
        var old = (JsonObject)indicator.DeepClone();
        old.Remove("spec_version");
        return old;
    }

    [Fact]
    public async Task An_object_whose_newest_version_is_stix_2_0_is_found_by_its_2_1_version_and_by_default()
    {
        var id = Stix.NewId("indicator");
        await server.Client().AddAsync(
            HubServer.Shared,
            Stix.Indicator(id, Stix.T0, TlpMarkings.GreenId, value: "first@front.example"),
            Stix20(Stix.Indicator(id, Stix.T0.AddDays(1), TlpMarkings.GreenId, value: "newest-2.0@front.example")));

        var (_, only21) = await server.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, id) + "?match[spec_version]=2.1");
        var (_, byDefault) = await server.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, id));
        var (_, only20) = await server.Client("org-c").GetJsonAsync(OneObject(HubServer.Shared, id) + "?match[spec_version]=2.0");
        var (_, all) = await server.Client("org-c").GetJsonAsync(Objects(HubServer.Shared) + "?match[version]=all");

        Assert.Equal("2.1", Assert.Single(only21["objects"]!.AsArray())!["spec_version"]!.GetValue<string>());
        Assert.Equal("2.1", Assert.Single(byDefault["objects"]!.AsArray())!["spec_version"]!.GetValue<string>());
        Assert.Contains("newest-2.0", Assert.Single(only20["objects"]!.AsArray())!["pattern"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(all["objects"]!.AsArray(), o => Assert.Equal("2.1", o!["spec_version"]?.GetValue<string>()));
    }
}
