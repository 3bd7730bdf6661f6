using System.Text.Json.Nodes;
using Cordon.Stix.Markings;

namespace Cordon.Hub.Tests;

/// <summary>One server where org-a has added one indicator under each TLP marking (and none), plus a status.</summary>
public sealed class AccessMatrixFixture : IAsyncLifetime
{
    public static readonly (string Level, string? Marking)[] Markings =
    [
        ("none", null),
        ("clear", TlpMarkings.ClearId),
        ("green", TlpMarkings.GreenId),
        ("amber", TlpMarkings.AmberId),
        ("amber+strict", TlpMarkings.AmberStrictId),
        ("red", TlpMarkings.RedId),
        ("red (TLP 1.0)", TlpMarkings.Tlp1RedId),
        ("amber (TLP 1.0)", TlpMarkings.Tlp1AmberId),
    ];

    public HubServer Server { get; private set; } = null!;

    public Dictionary<string, string> IdByLevel { get; } = [];

    public string StatusId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await HubServer.StartAsync();
        var objects = new List<JsonNode>();
        foreach (var (level, marking) in Markings)
        {
            var indicator = Stix.Indicator(marking: marking);
            IdByLevel[level] = indicator["id"]!.GetValue<string>();
            objects.Add(indicator);
        }

        var status = await Server.Client("org-a").AddAsync(HubServer.Shared, [.. objects]);
        StatusId = status["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
