namespace Cordon.Risk;

/// <summary>The outcome of reading one record: either a record or the reasons it was rejected.</summary>
/// <param name="Record">The typed record; null when <paramref name="Errors"/> is non-empty.</param>
/// <param name="Errors">Why the record was rejected; empty when it was accepted.</param>
public sealed record ApplicationReadResult(ApplicationRecord? Record, IReadOnlyList<RecordError> Errors)
{
    /// <summary>True when the record was accepted.</summary>
    public bool IsValid => Record is not null && Errors.Count == 0;
}
