namespace Cordon.Storage;

/// <summary>Schema of the organisations, users, API keys and audit log (migration number 6). Released migrations are never edited: add a new one.</summary>
internal static class AccountMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } = [];

    public static IReadOnlyList<Migration> Postgres { get; } = [];
}
