namespace Cordon.Hub;

/// <summary>Settings of the sharing hub.</summary>
public sealed record SharingHubOptions
{
    /// <summary>Title of the TAXII server in its discovery resource.</summary>
    public string Title { get; init; } = "Cordon sharing hub";

    /// <summary>Description in the discovery resource.</summary>
    public string Description { get; init; } = "STIX 2.1 indicators of DPRK IT-worker fraud, shared between partners over TAXII 2.1.";

    /// <summary>Page size when the client gives no <c>limit</c>.</summary>
    public int DefaultPageSize { get; init; } = 100;

    /// <summary>Largest page served whatever <c>limit</c> the client asks for.</summary>
    public int MaxPageSize { get; init; } = 1000;

    /// <summary>Largest number of objects accepted in one envelope.</summary>
    public int MaxObjectsPerEnvelope { get; init; } = 10_000;
}
