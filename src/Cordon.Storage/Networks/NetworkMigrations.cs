namespace Cordon.Storage;

/// <summary>Schema of the network links and groups (migration number 5). Released migrations are never edited: add a new one.</summary>
internal static class NetworkMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(5, "network group memberships", """
            CREATE TABLE network_memberships (
                organisation_id TEXT NOT NULL,
                record_id TEXT NOT NULL,
                group_id TEXT NOT NULL,
                group_size INTEGER NOT NULL,
                linked_at TEXT NOT NULL,
                PRIMARY KEY (organisation_id, record_id)
            );
            CREATE INDEX ix_network_memberships_group ON network_memberships (organisation_id, group_id);
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(5, "network group memberships", """
            CREATE TABLE network_memberships (
                organisation_id text NOT NULL,
                record_id text NOT NULL,
                group_id text NOT NULL,
                group_size integer NOT NULL,
                linked_at timestamptz NOT NULL,
                PRIMARY KEY (organisation_id, record_id)
            );
            CREATE INDEX ix_network_memberships_group ON network_memberships (organisation_id, group_id);
            """),
    ];
}
