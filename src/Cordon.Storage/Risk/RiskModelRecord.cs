using Cordon.Cases;

namespace Cordon.Storage;

/// <summary>Where an organisation's fitted risk weights stand.</summary>
public enum RiskModelStatus
{
    /// <summary>A candidate: new assessments are also scored with it (shadow scores), nothing is decided by it. At most one per organisation.</summary>
    Shadow,

    /// <summary>Adopted by an admin: the organisation's assessments use it. At most one per organisation.</summary>
    Adopted,

    /// <summary>Was adopted, replaced by a later adoption.</summary>
    Retired,

    /// <summary>Was a candidate, replaced by a later fit before anyone adopted it.</summary>
    Discarded,
}

/// <summary>Risk weights fitted from one organisation's decided cases, as stored.</summary>
/// <param name="Id">Store id (0 before it is stored).</param>
/// <param name="OrganisationId">The organisation; no other organisation reads or uses it.</param>
/// <param name="Version">The weights' version, written into assessments made with them, e.g. <c>cordon-risk-v3+org-2026-12-03</c>; unique per organisation.</param>
/// <param name="Status">Shadow, adopted, retired or discarded.</param>
/// <param name="ConfigurationJson">The whole risk configuration in the format of <c>config/risk.json</c>.</param>
/// <param name="Decisions">Decisions fitted on.</param>
/// <param name="Fraud">Of which rejected or reported as fraud.</param>
/// <param name="Summary">What the fit found, in plain language.</param>
/// <param name="CreatedAt">When it was fitted.</param>
/// <param name="CreatedBy">Who fitted it (user name, or <c>cli:…</c> for the operator).</param>
/// <param name="AdoptedAt">When it was adopted, or null.</param>
/// <param name="AdoptedBy">Who adopted it, or null.</param>
public sealed record RiskModelRecord(
    long Id,
    string OrganisationId,
    string Version,
    RiskModelStatus Status,
    string ConfigurationJson,
    int Decisions,
    int Fraud,
    string Summary,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? AdoptedAt = null,
    string? AdoptedBy = null);

/// <summary>A new assessment scored both with the weights in force and with the organisation's shadow weights.</summary>
/// <param name="RecordId">The assessed record.</param>
/// <param name="AssessedAt">When it was assessed.</param>
/// <param name="InForceVersion">Version of the weights in force (the stored assessment's).</param>
/// <param name="InForceScore">Its score under them.</param>
/// <param name="InForceLevel">Its level under them (low, medium, high, critical).</param>
/// <param name="ShadowVersion">Version of the shadow weights.</param>
/// <param name="ShadowScore">Its score under the shadow weights.</param>
/// <param name="ShadowLevel">Its level under the shadow weights.</param>
public sealed record ShadowAssessment(
    string RecordId,
    DateTimeOffset AssessedAt,
    string InForceVersion,
    int InForceScore,
    string InForceLevel,
    string ShadowVersion,
    int ShadowScore,
    string ShadowLevel);

/// <summary>A decided case of an assessed record with the assessment the decision was made on (the newest before it).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Decision">Cleared, rejected or reported.</param>
/// <param name="DecidedAt">When the case was last changed (its decision).</param>
/// <param name="RecordId">The assessed record.</param>
/// <param name="AssessmentJson">The assessment as stored.</param>
/// <param name="EngineVersion">The weights it was made with.</param>
/// <param name="AssessedAt">When it was made.</param>
public sealed record DecidedAssessment(
    long CaseId,
    CaseDecision Decision,
    DateTimeOffset DecidedAt,
    string RecordId,
    string AssessmentJson,
    string EngineVersion,
    DateTimeOffset AssessedAt);
