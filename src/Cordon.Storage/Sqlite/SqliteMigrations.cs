namespace Cordon.Storage.Sqlite;

/// <summary>The SQLite schema, as numbered migrations. Released migrations are never edited: add a new one.</summary>
internal static class SqliteMigrations
{
    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";

    public const string MigrationsTableExists =
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";

    /// <summary>
    /// Every migration in order: the list tables here, then each capability's own migrations
    /// (<see cref="CapabilityMigrations"/>), so that capabilities add tables without editing this file.
    /// </summary>
    public static IReadOnlyList<Migration> All => CapabilityMigrations.Ordered(Core, CapabilityMigrations.Sqlite);

    private static IReadOnlyList<Migration> Core { get; } =
    [
        new(1, "lists, versions and entities", """
            CREATE TABLE lists (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL
            );
            CREATE TABLE list_versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                list_id TEXT NOT NULL REFERENCES lists (id),
                name TEXT NOT NULL,
                format TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                published_at TEXT NULL,
                imported_at TEXT NOT NULL,
                entity_count INTEGER NOT NULL,
                sources TEXT NOT NULL,
                is_current INTEGER NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX ux_list_versions_current ON list_versions (list_id) WHERE is_current = 1;
            CREATE INDEX ix_list_versions_list ON list_versions (list_id, id);
            CREATE TABLE entities (
                version_id INTEGER NOT NULL REFERENCES list_versions (id) ON DELETE CASCADE,
                source_id TEXT NOT NULL,
                type TEXT NOT NULL,
                primary_name TEXT NOT NULL,
                data TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                PRIMARY KEY (version_id, source_id)
            );
            CREATE INDEX ix_entities_ordinal ON entities (version_id, ordinal);
            """),
        new(2, "watch subjects, matches and alerts", """
            CREATE TABLE watch_subjects (
                id TEXT NOT NULL PRIMARY KEY,
                subject TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE TABLE watch_matches (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                subject_id TEXT NOT NULL REFERENCES watch_subjects (id) ON DELETE CASCADE,
                list_id TEXT NOT NULL,
                list_version_id INTEGER NOT NULL,
                entity_source_id TEXT NOT NULL,
                entity_name TEXT NOT NULL,
                matched_name TEXT NOT NULL,
                score REAL NOT NULL,
                explanation TEXT NOT NULL
            );
            CREATE INDEX ix_watch_matches_subject ON watch_matches (subject_id);
            CREATE TABLE alerts (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                subject_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                list_id TEXT NOT NULL,
                list_version_id INTEGER NOT NULL,
                entity_source_id TEXT NOT NULL,
                entity_name TEXT NOT NULL,
                score REAL NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX ix_alerts_subject ON alerts (subject_id, created_at);
            CREATE INDEX ix_alerts_created ON alerts (created_at);
            """),
        new(3, "risk assessments", """
            CREATE TABLE assessments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                record_id TEXT NOT NULL,
                record TEXT NOT NULL,
                assessment TEXT NOT NULL,
                score INTEGER NOT NULL,
                level TEXT NOT NULL,
                engine_version TEXT NOT NULL,
                assessed_at TEXT NOT NULL
            );
            CREATE INDEX ix_assessments_record ON assessments (record_id, id);
            """),
        new(4, "shared indicators", """
            CREATE TABLE indicators (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                type TEXT NOT NULL,
                value TEXT NOT NULL,
                context TEXT NOT NULL,
                source TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                expires_at TEXT NULL
            );
            CREATE UNIQUE INDEX ux_indicators_type_value ON indicators (type, value);
            """),
    ];
}
