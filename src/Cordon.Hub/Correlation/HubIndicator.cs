using Cordon.Stix.Patterning;

namespace Cordon.Hub.Correlation;

/// <summary>The latest stored version of an indicator of one owner in one collection, as correlation uses it.</summary>
/// <param name="Sequence">The stored version's sequence.</param>
/// <param name="CollectionId">The collection.</param>
/// <param name="Id">The STIX id.</param>
/// <param name="Owner">The organisation that added (or, for federation, received) it.</param>
/// <param name="Tlp">Its effective TLP level (<see cref="Storage.HubTlp"/>).</param>
/// <param name="Name">Its <c>name</c>, if any.</param>
/// <param name="Confidence">Its <c>confidence</c> (0–100), if any.</param>
/// <param name="Pattern">Its STIX pattern.</param>
/// <param name="ValidFrom">Its <c>valid_from</c>.</param>
/// <param name="ValidUntil">Its <c>valid_until</c>.</param>
public sealed record HubIndicator(
    long Sequence,
    string CollectionId,
    string Id,
    string Owner,
    string Tlp,
    string? Name,
    int? Confidence,
    StixPattern Pattern,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil)
{
    /// <summary>For a TLP:RED indicator, the organisations it names as recipients besides its owner.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Whether it is in force at <paramref name="now"/> (between <c>valid_from</c> and <c>valid_until</c>).</summary>
    public bool IsActiveAt(DateTimeOffset now) => (ValidFrom is null || ValidFrom <= now) && (ValidUntil is null || ValidUntil > now);

    /// <summary>The TLP as people write it (TLP:AMBER+STRICT), or "no TLP marking".</summary>
    public string TlpLabel => Tlp == Storage.HubTlp.None ? "no TLP marking" : "TLP:" + Tlp.ToUpperInvariant();
}
