namespace Cordon.Storage;

/// <summary>
/// A risk assessment of one applicant or account record, as stored: the record as submitted and the result, both as JSON,
/// with the figures needed to list and filter without reading the JSON.
/// </summary>
/// <param name="RecordId">The submitter's record id.</param>
/// <param name="RecordJson">The record exactly as submitted.</param>
/// <param name="AssessmentJson">The assessment (score, level, signals with evidence, recommendations).</param>
/// <param name="Score">Score 0–100.</param>
/// <param name="Level">low, medium, high or critical.</param>
/// <param name="EngineVersion">The risk engine version that produced it.</param>
/// <param name="AssessedAt">When it was assessed.</param>
public sealed record StoredAssessment(
    string RecordId,
    string RecordJson,
    string AssessmentJson,
    int Score,
    string Level,
    string EngineVersion,
    DateTimeOffset AssessedAt);
