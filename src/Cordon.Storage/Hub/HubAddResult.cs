namespace Cordon.Storage;

/// <summary>What an add stored.</summary>
/// <param name="Added">Versions newly stored.</param>
/// <param name="Duplicates">Versions already present (not an error in TAXII; nothing changed).</param>
/// <param name="Status">The status as stored, or null when none was asked for.</param>
public sealed record HubAddResult(int Added, int Duplicates, HubStatus? Status)
{
    /// <summary>Objects refused because another organisation added the same object id to the collection first (in the status's failures too).</summary>
    public IReadOnlyList<HubStatusDetail> Refused { get; init; } = [];
}
