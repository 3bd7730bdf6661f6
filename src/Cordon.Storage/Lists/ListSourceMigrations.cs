namespace Cordon.Storage;

/// <summary>
/// Schema of the named list sources and their schedule (migration number 20). Released migrations are never edited.
/// </summary>
internal static class ListSourceMigrations
{
    private const string Name = "named list sources: URL, format, schedule, validators of the last download, lease of the instance checking it";

    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(20, Name, """
            CREATE TABLE list_sources (
                name TEXT PRIMARY KEY,
                list_id TEXT NOT NULL,
                url TEXT NOT NULL,
                format TEXT NULL,
                interval_seconds INTEGER NOT NULL,
                enabled INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                last_checked_at TEXT NULL,
                last_changed_at TEXT NULL,
                last_outcome TEXT NULL,
                last_error TEXT NULL,
                etag TEXT NULL,
                last_modified TEXT NULL,
                content_hash TEXT NULL,
                next_run_at TEXT NULL,
                leased_by TEXT NULL,
                leased_until TEXT NULL
            );
            CREATE INDEX ix_list_sources_due ON list_sources (enabled, next_run_at);
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(20, Name, """
            CREATE TABLE list_sources (
                name text PRIMARY KEY,
                list_id text NOT NULL,
                url text NOT NULL,
                format text NULL,
                interval_seconds bigint NOT NULL,
                enabled boolean NOT NULL,
                created_at timestamptz NOT NULL,
                last_checked_at timestamptz NULL,
                last_changed_at timestamptz NULL,
                last_outcome text NULL,
                last_error text NULL,
                etag text NULL,
                last_modified text NULL,
                content_hash text NULL,
                next_run_at timestamptz NULL,
                leased_by text NULL,
                leased_until timestamptz NULL
            );
            CREATE INDEX ix_list_sources_due ON list_sources (enabled, next_run_at);
            """),
    ];
}
