using Cordon.Risk;

namespace Cordon.Assessments;

/// <summary>The outcome for one input record: its assessment, or why it was rejected.</summary>
/// <param name="Position">0-based position in the input (a JSONL file's line number minus one).</param>
/// <param name="RecordId">The record's id when it could be read.</param>
/// <param name="Assessment">The assessment; null when the record was rejected.</param>
/// <param name="Errors">Why the record was rejected (JSON path and reason); empty when assessed.</param>
public sealed record AssessmentOutcome(int Position, string? RecordId, Assessment? Assessment, IReadOnlyList<RecordError> Errors);
