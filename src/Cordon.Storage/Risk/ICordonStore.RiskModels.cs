using Cordon.Core;

namespace Cordon.Storage;

/// <summary>Organisations' risk weights fitted from their decisions, and shadow scores (see <see cref="RiskModelRecord"/>).</summary>
public partial interface ICordonStore
{
    /// <summary>
    /// Stores fitted weights as the organisation's shadow model, with <paramref name="audit"/>, in one transaction; a shadow
    /// model it had before is discarded. False (nothing written) when the organisation already has weights of that version.
    /// </summary>
    /// <exception cref="ArgumentException">The model is incomplete or not a shadow model.</exception>
    Task<bool> SaveRiskModelAsync(RiskModelRecord model, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>Every model of one organisation, newest first.</summary>
    Task<IReadOnlyList<RiskModelRecord>> GetRiskModelsAsync(string organisationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adopts the organisation's shadow model of version <paramref name="version"/>, with <paramref name="audit"/>, in one
    /// transaction: the model adopted before is retired. False (nothing written) when the organisation has no shadow model of
    /// that version.
    /// </summary>
    Task<bool> AdoptRiskModelAsync(string organisationId, string version, string adoptedBy, DateTimeOffset adoptedAt, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>Stores shadow scores of the organisation's new assessments in one transaction.</summary>
    Task SaveShadowScoresAsync(string organisationId, IReadOnlyList<ShadowAssessment> scores, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> shadow scores of one shadow version of the organisation, newest first.</summary>
    Task<IReadOnlyList<ShadowAssessment>> GetShadowScoresAsync(string organisationId, string shadowVersion, int limit = 10_000, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organisation's decided cases (closed as cleared, rejected or reported) opened from an assessment, one per record
    /// (its latest decided case), each with the newest assessment of the record made at or before the decision; a case
    /// with no such assessment is left out.
    /// </summary>
    Task<IReadOnlyList<DecidedAssessment>> GetDecidedAssessmentsAsync(string organisationId, CancellationToken cancellationToken = default);
}
