using Cordon.Storage.Postgres;
using Cordon.Storage.Sqlite;
using Npgsql;

namespace Cordon.Storage.Tests;

public sealed class CordonStoreFactoryTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("cordon-factory-test-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task No_database_means_cordon_db_in_the_data_folder_created_on_first_run()
    {
        var dataFolder = Path.Combine(folder.FullName, "not", "yet");

        await using var store = await CordonStore.OpenAsync(null, dataFolder);

        var sqlite = Assert.IsType<SqliteCordonStore>(store);
        Assert.Equal(Path.Combine(dataFolder, "cordon.db"), sqlite.DatabasePath);
        Assert.True(File.Exists(sqlite.DatabasePath));
        Assert.Equal(sqlite.LatestSchemaVersion, await store.GetSchemaVersionAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Blank_database_is_the_default_file(string value)
    {
        await using var store = CordonStore.Open(value, folder.FullName);
        Assert.Equal(Path.Combine(folder.FullName, "cordon.db"), Assert.IsType<SqliteCordonStore>(store).DatabasePath);
    }

    [Theory]
    [InlineData("x.db")]
    [InlineData("sub/x.sqlite")]
    [InlineData("x.SQLITE3")]
    public async Task Path_with_a_sqlite_extension_is_a_sqlite_file(string name)
    {
        var path = Path.Combine(folder.FullName, name);
        await using var store = await CordonStore.OpenAsync(path, "/nonexistent-data-folder");
        Assert.Equal("sqlite", store.Provider);
        Assert.Equal(Path.GetFullPath(path), ((SqliteCordonStore)store).DatabasePath);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Sqlite_connection_string_is_accepted()
    {
        var path = Path.Combine(folder.FullName, "cs.db");
        await using var store = CordonStore.Open("Data Source=" + path, folder.FullName);
        Assert.Equal(path, Assert.IsType<SqliteCordonStore>(store).DatabasePath);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=u;Database=d")]
    [InlineData("server=db.example;Database=cordon")]
    [InlineData("postgres://u@db.example/cordon")]
    [InlineData("postgresql://u:p@db.example:6543/cordon")]
    public async Task Postgres_forms_give_the_postgres_store_without_connecting(string value)
    {
        await using var store = CordonStore.Open(value, folder.FullName);
        Assert.IsType<PostgresCordonStore>(store);
        Assert.Equal("postgresql", store.Provider);
    }

    [Fact]
    public void Postgres_url_becomes_an_npgsql_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresUrl.ToConnectionString("postgresql://cordon:p%40ss%3Aword@db.example:6543/sanctions?sslmode=require&application_name=cordon-web"));

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("cordon", builder.Username);
        Assert.Equal("p@ss:word", builder.Password);
        Assert.Equal("sanctions", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("cordon-web", builder.ApplicationName);
    }

    [Fact]
    public void Postgres_url_without_port_or_database_uses_defaults()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString("postgres://db.example"));
        Assert.Equal(5432, builder.Port);
        Assert.Null(builder.Database);
        Assert.Null(builder.Username);
    }

    [Theory]
    [InlineData("cordon")]
    [InlineData("mysql://x")]
    [InlineData("/var/lib/cordon/data.txt")]
    public void Unrecognised_value_is_refused_with_the_accepted_forms(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => CordonStore.Open(value, folder.FullName));
        Assert.Contains(".db", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgresql://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_url_option_is_named()
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresUrl.ToConnectionString("postgresql://h/db?frobnicate=1"));
        Assert.Contains("frobnicate", error.Message, StringComparison.Ordinal);
    }
}
