using Cordon.Storage.Postgres;

namespace Cordon.Storage.Tests;

public sealed class PostgresStoreTests(PostgresServerFixture server) : StoreContractTests, IClassFixture<PostgresServerFixture>
{
    private readonly List<string> databases = [];
    private string connectionString = string.Empty;

    protected override string ExpectedProvider => "postgresql";

    protected override async Task<ICordonStore> CreateFreshStoreAsync()
    {
        (_, connectionString) = await CreateDatabaseAsync();
        return new PostgresCordonStore(connectionString);
    }

    protected override ICordonStore OpenSecondStore() => new PostgresCordonStore(connectionString);

    protected override async Task<(ICordonStore First, ICordonStore Second)> CreateTwoStoresOnFreshDatabaseAsync()
    {
        var (_, other) = await CreateDatabaseAsync();
        return (new PostgresCordonStore(other), new PostgresCordonStore(other));
    }

    protected override async Task CleanupAsync()
    {
        foreach (var name in databases)
        {
            await server.DropDatabaseAsync(name);
        }
    }

    private async Task<(string Name, string ConnectionString)> CreateDatabaseAsync()
    {
        var created = await server.CreateDatabaseAsync();
        databases.Add(created.Name);
        return created;
    }
}
