namespace Cordon.Storage;

/// <summary>
/// Schema of the durable watch-list re-screen jobs (migration number 15): one row committed with every list import, so
/// that a crash between the import's commit and the re-screen loses no alert. Released migrations are never edited.
/// </summary>
internal static class RescreenJobMigrations
{
    private const string Name = "durable watch-list re-screen jobs, committed with each list import";

    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(15, Name, """
            CREATE TABLE rescreen_jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                versions TEXT NOT NULL,
                leased_by TEXT NULL,
                leased_until TEXT NULL,
                completed_at TEXT NULL
            );
            CREATE INDEX ix_rescreen_jobs_pending ON rescreen_jobs (completed_at, id);
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(15, Name, """
            CREATE TABLE rescreen_jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                created_at timestamptz NOT NULL,
                versions text NOT NULL,
                leased_by text NULL,
                leased_until timestamptz NULL,
                completed_at timestamptz NULL
            );
            CREATE INDEX ix_rescreen_jobs_pending ON rescreen_jobs (completed_at, id);
            """),
    ];
}
