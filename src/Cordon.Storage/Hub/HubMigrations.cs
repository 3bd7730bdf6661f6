namespace Cordon.Storage;

/// <summary>Schema of the sharing hub (STIX objects, TAXII collections) (migration number 7). Released migrations are never edited: add a new one.</summary>
internal static class HubMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } = [];

    public static IReadOnlyList<Migration> Postgres { get; } = [];
}
