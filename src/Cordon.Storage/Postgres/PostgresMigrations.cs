namespace Cordon.Storage.Postgres;

/// <summary>The PostgreSQL schema, as numbered migrations. Released migrations are never edited: add a new one.</summary>
/// <remarks>
/// JSON columns are <c>json</c>, not <c>jsonb</c>: the text is kept as written, so the escaped NUL characters a broken
/// list file may carry round-trip as on SQLite (jsonb refuses them), and reading back needs no re-rendering.
/// </remarks>
internal static class PostgresMigrations
{
    /// <summary>Key of the transaction-scoped advisory lock that serialises migrations ("cordon" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x636F72646F6E;

    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL)";

    public const string MigrationsTableExists =
        "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END";

    /// <summary>
    /// Every migration in order: the list tables here, then each capability's own migrations
    /// (<see cref="CapabilityMigrations"/>), so that capabilities add tables without editing this file.
    /// </summary>
    public static IReadOnlyList<Migration> All => CapabilityMigrations.Ordered(Core, CapabilityMigrations.Postgres);

    private static IReadOnlyList<Migration> Core { get; } =
    [
        new(1, "lists, versions and entities", """
            CREATE TABLE lists (
                id text NOT NULL PRIMARY KEY,
                name text NOT NULL
            );
            CREATE TABLE list_versions (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                list_id text NOT NULL REFERENCES lists (id),
                name text NOT NULL,
                format text NOT NULL,
                content_hash text NOT NULL,
                published_at timestamptz NULL,
                imported_at timestamptz NOT NULL,
                entity_count integer NOT NULL,
                sources json NOT NULL,
                is_current boolean NOT NULL DEFAULT FALSE
            );
            CREATE UNIQUE INDEX ux_list_versions_current ON list_versions (list_id) WHERE is_current;
            CREATE INDEX ix_list_versions_list ON list_versions (list_id, id);
            CREATE TABLE entities (
                version_id bigint NOT NULL REFERENCES list_versions (id) ON DELETE CASCADE,
                source_id text NOT NULL,
                type text NOT NULL,
                primary_name text NOT NULL,
                data json NOT NULL,
                ordinal integer NOT NULL,
                PRIMARY KEY (version_id, source_id)
            );
            CREATE INDEX ix_entities_ordinal ON entities (version_id, ordinal);
            """),
        new(2, "watch subjects, matches and alerts", """
            CREATE TABLE watch_subjects (
                id text NOT NULL PRIMARY KEY,
                subject json NOT NULL,
                created_at timestamptz NOT NULL
            );
            CREATE TABLE watch_matches (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                subject_id text NOT NULL REFERENCES watch_subjects (id) ON DELETE CASCADE,
                list_id text NOT NULL,
                list_version_id bigint NOT NULL,
                entity_source_id text NOT NULL,
                entity_name text NOT NULL,
                matched_name text NOT NULL,
                score double precision NOT NULL,
                explanation json NOT NULL
            );
            CREATE INDEX ix_watch_matches_subject ON watch_matches (subject_id);
            CREATE TABLE alerts (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                subject_id text NOT NULL,
                kind text NOT NULL,
                list_id text NOT NULL,
                list_version_id bigint NOT NULL,
                entity_source_id text NOT NULL,
                entity_name text NOT NULL,
                score double precision NOT NULL,
                created_at timestamptz NOT NULL
            );
            CREATE INDEX ix_alerts_subject ON alerts (subject_id, created_at);
            CREATE INDEX ix_alerts_created ON alerts (created_at);
            """),
        new(3, "risk assessments", """
            CREATE TABLE assessments (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                record_id text NOT NULL,
                record json NOT NULL,
                assessment json NOT NULL,
                score integer NOT NULL,
                level text NOT NULL,
                engine_version text NOT NULL,
                assessed_at timestamptz NOT NULL
            );
            CREATE INDEX ix_assessments_record ON assessments (record_id, id);
            """),
        new(4, "shared indicators", """
            CREATE TABLE indicators (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                type text NOT NULL,
                value text NOT NULL,
                context text NOT NULL,
                source text NOT NULL,
                imported_at timestamptz NOT NULL,
                expires_at timestamptz NULL
            );
            CREATE UNIQUE INDEX ux_indicators_type_value ON indicators (type, value);
            """),
    ];
}
