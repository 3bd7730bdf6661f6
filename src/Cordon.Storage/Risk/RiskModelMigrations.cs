namespace Cordon.Storage;

/// <summary>
/// Schema of organisations' risk weights fitted from their decisions, and of the shadow scores of candidate weights
/// (migration number 21). Released migrations are never edited.
/// </summary>
internal static class RiskModelMigrations
{
    private const string Name = "organisations' risk weights (shadow, adopted, retired) and shadow scores of new assessments";

    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(21, Name, """
            CREATE TABLE risk_models (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organisation_id TEXT NOT NULL,
                version TEXT NOT NULL,
                status TEXT NOT NULL,
                configuration TEXT NOT NULL,
                decisions INTEGER NOT NULL,
                fraud INTEGER NOT NULL,
                summary TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                adopted_at TEXT NULL,
                adopted_by TEXT NULL,
                UNIQUE (organisation_id, version)
            );
            CREATE INDEX ix_risk_models_status ON risk_models (organisation_id, status);
            CREATE TABLE risk_shadow_scores (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organisation_id TEXT NOT NULL,
                record_id TEXT NOT NULL,
                assessed_at TEXT NOT NULL,
                in_force_version TEXT NOT NULL,
                in_force_score INTEGER NOT NULL,
                in_force_level TEXT NOT NULL,
                shadow_version TEXT NOT NULL,
                shadow_score INTEGER NOT NULL,
                shadow_level TEXT NOT NULL
            );
            CREATE INDEX ix_risk_shadow_scores ON risk_shadow_scores (organisation_id, shadow_version, id);
            CREATE INDEX ix_risk_shadow_scores_record ON risk_shadow_scores (organisation_id, record_id);
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(21, Name, """
            CREATE TABLE risk_models (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                organisation_id text NOT NULL,
                version text NOT NULL,
                status text NOT NULL,
                configuration text NOT NULL,
                decisions integer NOT NULL,
                fraud integer NOT NULL,
                summary text NOT NULL,
                created_at timestamptz NOT NULL,
                created_by text NOT NULL,
                adopted_at timestamptz NULL,
                adopted_by text NULL,
                UNIQUE (organisation_id, version)
            );
            CREATE INDEX ix_risk_models_status ON risk_models (organisation_id, status);
            CREATE TABLE risk_shadow_scores (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                organisation_id text NOT NULL,
                record_id text NOT NULL,
                assessed_at timestamptz NOT NULL,
                in_force_version text NOT NULL,
                in_force_score integer NOT NULL,
                in_force_level text NOT NULL,
                shadow_version text NOT NULL,
                shadow_score integer NOT NULL,
                shadow_level text NOT NULL
            );
            CREATE INDEX ix_risk_shadow_scores ON risk_shadow_scores (organisation_id, shadow_version, id);
            CREATE INDEX ix_risk_shadow_scores_record ON risk_shadow_scores (organisation_id, record_id);
            """),
    ];
}
