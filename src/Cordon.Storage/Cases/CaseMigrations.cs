namespace Cordon.Storage;

/// <summary>Schema of the cases and their history (migration number 8). Released migrations are never edited: add a new one.</summary>
internal static class CaseMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } = [];

    public static IReadOnlyList<Migration> Postgres { get; } = [];
}
