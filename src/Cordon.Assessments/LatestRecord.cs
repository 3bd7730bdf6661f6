using Cordon.Risk;

namespace Cordon.Assessments;

/// <summary>The newest stored assessment of one record: the record as submitted, read once, and the assessment as stored.</summary>
/// <param name="AssessmentId">The store's id of the assessment (newer assessments have higher ids).</param>
/// <param name="RecordJson">The record as submitted.</param>
/// <param name="Record">The record, read.</param>
/// <param name="AssessmentJson">The assessment as stored.</param>
public sealed record LatestRecord(long AssessmentId, string RecordJson, ApplicationRecord Record, string AssessmentJson);
