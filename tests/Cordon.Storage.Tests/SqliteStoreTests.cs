using Cordon.Storage.Sqlite;

namespace Cordon.Storage.Tests;

public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("cordon-sqlite-test-");

    protected override string ExpectedProvider => "sqlite";

    protected override Task<ICordonStore> CreateFreshStoreAsync() =>
        Task.FromResult<ICordonStore>(new SqliteCordonStore(Path.Combine(folder.FullName, "cordon.db")));

    protected override ICordonStore OpenSecondStore() => new SqliteCordonStore(Path.Combine(folder.FullName, "cordon.db"));

    protected override Task<(ICordonStore First, ICordonStore Second)> CreateTwoStoresOnFreshDatabaseAsync()
    {
        var path = Path.Combine(folder.FullName, "other.db");
        return Task.FromResult<(ICordonStore, ICordonStore)>((new SqliteCordonStore(path), new SqliteCordonStore(path)));
    }

    protected override Task CleanupAsync()
    {
        folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Database_uses_write_ahead_logging()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(folder.FullName, "cordon.db"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
