namespace Cordon.Storage;

/// <summary>Schema of the cases and their history (migration number 8). Released migrations are never edited: add a new one.</summary>
internal static class CaseMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(8, "cases, their events and evidence files", """
            CREATE TABLE cases (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organisation_id TEXT NOT NULL,
                title TEXT NOT NULL,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                state TEXT NOT NULL,
                decision TEXT NULL,
                assignee_id TEXT NULL,
                assignee_name TEXT NULL,
                opened_by TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                version INTEGER NOT NULL
            );
            CREATE INDEX ix_cases_organisation ON cases (organisation_id, state, updated_at);
            CREATE INDEX ix_cases_source ON cases (organisation_id, source_kind, source_id);
            CREATE TABLE case_events (
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                kind TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                actor_name TEXT NOT NULL,
                at TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (case_id, sequence)
            );
            CREATE TABLE case_files (
                case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                content BLOB NOT NULL,
                PRIMARY KEY (case_id, sequence)
            );
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(8, "cases, their events and evidence files", """
            CREATE TABLE cases (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                organisation_id TEXT NOT NULL,
                title TEXT NOT NULL,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                state TEXT NOT NULL,
                decision TEXT NULL,
                assignee_id TEXT NULL,
                assignee_name TEXT NULL,
                opened_by TEXT NOT NULL,
                opened_at TIMESTAMPTZ NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL,
                version INTEGER NOT NULL
            );
            CREATE INDEX ix_cases_organisation ON cases (organisation_id, state, updated_at);
            CREATE INDEX ix_cases_source ON cases (organisation_id, source_kind, source_id);
            CREATE TABLE case_events (
                case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                kind TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                actor_name TEXT NOT NULL,
                at TIMESTAMPTZ NOT NULL,
                data JSON NOT NULL,
                PRIMARY KEY (case_id, sequence)
            );
            CREATE TABLE case_files (
                case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                content BYTEA NOT NULL,
                PRIMARY KEY (case_id, sequence)
            );
            """),
    ];
}
