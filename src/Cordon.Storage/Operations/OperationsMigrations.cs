namespace Cordon.Storage;

/// <summary>
/// Schema of the jobs and operations (migration number 9, reserved and unused; 13 holds the state instances share).
/// Released migrations are never edited: add a new one.
/// </summary>
internal static class OperationsMigrations
{
    private const string SharedStateName = "state instances share: data-protection keys, workspace batch screenings";

    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(13, SharedStateName, """
            CREATE TABLE data_protection_keys (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL UNIQUE,
                xml TEXT NOT NULL
            );
            CREATE TABLE screening_batches (
                id TEXT NOT NULL PRIMARY KEY,
                organisation_id TEXT NOT NULL,
                user_name TEXT NOT NULL,
                file_name TEXT NOT NULL,
                total INTEGER NOT NULL,
                screened INTEGER NOT NULL,
                matched INTEGER NOT NULL,
                rejected INTEGER NOT NULL,
                started_at TEXT NOT NULL,
                heartbeat_at TEXT NOT NULL,
                finished_at TEXT NULL,
                failure TEXT NULL,
                results BLOB NULL,
                errors BLOB NULL
            );
            CREATE INDEX ix_screening_batches_org ON screening_batches (organisation_id, started_at);
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(13, SharedStateName, """
            CREATE TABLE data_protection_keys (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL UNIQUE,
                xml text NOT NULL
            );
            CREATE TABLE screening_batches (
                id text NOT NULL PRIMARY KEY,
                organisation_id text NOT NULL,
                user_name text NOT NULL,
                file_name text NOT NULL,
                total integer NOT NULL,
                screened integer NOT NULL,
                matched integer NOT NULL,
                rejected integer NOT NULL,
                started_at timestamptz NOT NULL,
                heartbeat_at timestamptz NOT NULL,
                finished_at timestamptz NULL,
                failure text NULL,
                results bytea NULL,
                errors bytea NULL
            );
            CREATE INDEX ix_screening_batches_org ON screening_batches (organisation_id, started_at);
            """),
    ];
}
