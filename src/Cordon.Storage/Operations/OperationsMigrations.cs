namespace Cordon.Storage;

/// <summary>Schema of the jobs and operations (migration number 9). Released migrations are never edited: add a new one.</summary>
internal static class OperationsMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } = [];

    public static IReadOnlyList<Migration> Postgres { get; } = [];
}
