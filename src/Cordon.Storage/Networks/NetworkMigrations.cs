namespace Cordon.Storage;

/// <summary>Schema of the network links and groups (migration number 5). Released migrations are never edited: add a new one.</summary>
internal static class NetworkMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } = [];

    public static IReadOnlyList<Migration> Postgres { get; } = [];
}
