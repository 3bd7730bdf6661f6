namespace Cordon.Storage;

/// <summary>What an indicator import did, per indicator of the batch.</summary>
/// <param name="Added">Indicators not stored before.</param>
/// <param name="Updated">Indicators already stored whose context, source or expiry changed.</param>
/// <param name="Unchanged">Indicators already stored exactly so (including repeats within the batch).</param>
public sealed record IndicatorImportResult(int Added, int Updated, int Unchanged)
{
    /// <summary>Indicators in the batch.</summary>
    public int Total => Added + Updated + Unchanged;
}
