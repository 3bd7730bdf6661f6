using System.Data.Common;
using Cordon.Cases;
using Cordon.Core;

namespace Cordon.Storage;

public abstract partial class SqlCordonStore
{
    private const string RiskModelColumns =
        "SELECT id, organisation_id, version, status, configuration, decisions, fraud, summary, created_at, created_by, adopted_at, adopted_by FROM risk_models";

    /// <inheritdoc/>
    public async Task<bool> SaveRiskModelAsync(RiskModelRecord model, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        RequireOrganisationId(model.OrganisationId);
        RequireText(model.Version, "model version");
        RequireText(model.ConfigurationJson, "model configuration");
        RequireText(model.CreatedBy, "model author");
        if (model.Status != RiskModelStatus.Shadow)
        {
            throw new ArgumentException("Fitted weights are stored as a shadow model; only an adoption makes them adopted.", nameof(model));
        }

        return await WriteAsync(
            async (connection, transaction) =>
            {
                await using (var exists = Command(connection, transaction, "SELECT COUNT(*) FROM risk_models WHERE organisation_id = @org AND version = @version", ("@org", model.OrganisationId), ("@version", Text(model.Version))))
                {
                    if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
                    {
                        return false;
                    }
                }

                await using (var discard = Command(connection, transaction, "UPDATE risk_models SET status = @discarded WHERE organisation_id = @org AND status = @shadow", ("@org", model.OrganisationId), ("@discarded", Name(RiskModelStatus.Discarded)), ("@shadow", Name(RiskModelStatus.Shadow))))
                {
                    await discard.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var insert = Command(
                    connection,
                    transaction,
                    """
                    INSERT INTO risk_models (organisation_id, version, status, configuration, decisions, fraud, summary, created_at, created_by)
                    VALUES (@org, @version, @status, @configuration, @decisions, @fraud, @summary, @createdAt, @createdBy)
                    """,
                    ("@org", model.OrganisationId),
                    ("@version", Text(model.Version)),
                    ("@status", Name(RiskModelStatus.Shadow)),
                    ("@configuration", Text(model.ConfigurationJson)),
                    ("@decisions", model.Decisions),
                    ("@fraud", model.Fraud),
                    ("@summary", Text(model.Summary)),
                    ("@createdAt", TimestampValue(StoreTime.Normalize(model.CreatedAt))),
                    ("@createdBy", Text(model.CreatedBy)));
                return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RiskModelRecord>> GetRiskModelsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        return await QueryAsync(RiskModelColumns + " WHERE organisation_id = @org ORDER BY id DESC", ReadRiskModel, cancellationToken, ("@org", organisationId));
    }

    /// <inheritdoc/>
    public async Task<bool> AdoptRiskModelAsync(string organisationId, string version, string adoptedBy, DateTimeOffset adoptedAt, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(version);
        RequireText(adoptedBy, "adopting user");
        return await WriteAsync(
            async (connection, transaction) =>
            {
                await using (var retire = Command(
                    connection,
                    transaction,
                    "UPDATE risk_models SET status = @retired WHERE organisation_id = @org AND status = @adopted AND EXISTS (SELECT 1 FROM risk_models s WHERE s.organisation_id = @org AND s.version = @version AND s.status = @shadow)",
                    ("@org", organisationId),
                    ("@version", Text(version)),
                    ("@retired", Name(RiskModelStatus.Retired)),
                    ("@adopted", Name(RiskModelStatus.Adopted)),
                    ("@shadow", Name(RiskModelStatus.Shadow))))
                {
                    await retire.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var adopt = Command(
                    connection,
                    transaction,
                    "UPDATE risk_models SET status = @adopted, adopted_at = @at, adopted_by = @by WHERE organisation_id = @org AND version = @version AND status = @shadow",
                    ("@org", organisationId),
                    ("@version", Text(version)),
                    ("@adopted", Name(RiskModelStatus.Adopted)),
                    ("@shadow", Name(RiskModelStatus.Shadow)),
                    ("@at", TimestampValue(StoreTime.Normalize(adoptedAt))),
                    ("@by", Text(adoptedBy)));
                return await adopt.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            audit,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task SaveShadowScoresAsync(string organisationId, IReadOnlyList<ShadowAssessment> scores, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Any(s => s is null || string.IsNullOrEmpty(s.RecordId) || string.IsNullOrWhiteSpace(s.ShadowVersion)))
        {
            throw new ArgumentException("Every shadow score needs a record id and a shadow version; nothing was stored.", nameof(scores));
        }

        if (scores.Count == 0)
        {
            return;
        }

        await WriteAsync(
            async (connection, transaction) =>
            {
                foreach (var s in scores)
                {
                    await using var insert = Command(
                        connection,
                        transaction,
                        """
                        INSERT INTO risk_shadow_scores (organisation_id, record_id, assessed_at, in_force_version, in_force_score, in_force_level, shadow_version, shadow_score, shadow_level)
                        VALUES (@org, @record, @at, @inForceVersion, @inForceScore, @inForceLevel, @shadowVersion, @shadowScore, @shadowLevel)
                        """,
                        ("@org", organisationId),
                        ("@record", Text(s.RecordId)),
                        ("@at", TimestampValue(StoreTime.Normalize(s.AssessedAt))),
                        ("@inForceVersion", Text(s.InForceVersion)),
                        ("@inForceScore", s.InForceScore),
                        ("@inForceLevel", s.InForceLevel),
                        ("@shadowVersion", Text(s.ShadowVersion)),
                        ("@shadowScore", s.ShadowScore),
                        ("@shadowLevel", s.ShadowLevel));
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                return true;
            },
            null,
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ShadowAssessment>> GetShadowScoresAsync(string organisationId, string shadowVersion, int limit = 10_000, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(shadowVersion);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await QueryAsync(
            "SELECT record_id, assessed_at, in_force_version, in_force_score, in_force_level, shadow_version, shadow_score, shadow_level FROM risk_shadow_scores WHERE organisation_id = @org AND shadow_version = @version ORDER BY id DESC LIMIT @limit",
            ReadShadowAssessment,
            cancellationToken,
            ("@org", organisationId),
            ("@version", Text(shadowVersion)),
            ("@limit", limit));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DecidedAssessment>> GetDecidedAssessmentsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);

        // Every assessment of every decided record, oldest first; the choice of the one each decision was made on is made
        // here on the read timestamps, the same for both databases.
        var rows = await QueryAsync(
            """
            SELECT c.id, c.decision, c.updated_at, a.record_id, CAST(a.assessment AS TEXT), a.engine_version, a.assessed_at
            FROM cases c JOIN assessments a ON a.organisation_id = c.organisation_id AND a.record_id = c.source_id
            WHERE c.organisation_id = @org AND c.state = @closed AND c.source_kind = @kind AND c.decision IN (@cleared, @rejected, @reported)
            ORDER BY c.id, a.id
            """,
            reader => new DecidedAssessment(
                reader.GetInt64(0),
                Enum.Parse<CaseDecision>(reader.GetString(1), ignoreCase: true),
                ReadTimestamp(reader, 2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                ReadTimestamp(reader, 6)),
            cancellationToken,
            ("@org", organisationId),
            ("@closed", Name(CaseState.Closed)),
            ("@kind", Name(CaseSourceKind.Assessment)),
            ("@cleared", Name(CaseDecision.Cleared)),
            ("@rejected", Name(CaseDecision.Rejected)),
            ("@reported", Name(CaseDecision.Reported)));
        var latestCase = rows.GroupBy(r => r.RecordId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.CaseId), StringComparer.Ordinal);
        return [.. rows
            .Where(r => r.CaseId == latestCase[r.RecordId] && r.AssessedAt <= r.DecidedAt)
            .GroupBy(r => r.CaseId)
            .Select(g => g.Last())
            .OrderBy(r => r.CaseId)];
    }

    private ShadowAssessment ReadShadowAssessment(DbDataReader reader) => new(
        reader.GetString(0),
        ReadTimestamp(reader, 1),
        reader.GetString(2),
        reader.GetInt32(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt32(6),
        reader.GetString(7));

    private RiskModelRecord ReadRiskModel(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<RiskModelStatus>(reader.GetString(3), ignoreCase: true),
        reader.GetString(4),
        reader.GetInt32(5),
        reader.GetInt32(6),
        reader.GetString(7),
        ReadTimestamp(reader, 8),
        reader.GetString(9),
        reader.IsDBNull(10) ? null : ReadTimestamp(reader, 10),
        reader.IsDBNull(11) ? null : reader.GetString(11));
}
