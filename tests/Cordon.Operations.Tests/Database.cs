using System.Globalization;
using Npgsql;

namespace Cordon.Operations.Tests;

/// <summary>Reads what a test needs straight from PostgreSQL, bypassing Cordon.</summary>
internal static class Database
{
    public static async Task<List<object?[]>> RowsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static Task<long> ScalarAsync(string connectionString, string sql) => PostgresCluster.ScalarAsync(connectionString, sql);

    public static string Name(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    /// <summary>
    /// Waits until a backend of <paramref name="database"/> runs a statement starting with <paramref name="statementStart"/>
    /// (the last statement of a session idle inside its transaction counts too), polling every few milliseconds.
    /// </summary>
    public static async Task<bool> WaitForStatementAsync(string adminConnectionString, string database, string statementStart, Func<bool> stillRunning, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = @db AND state IN ('active', 'idle in transaction') AND query LIKE @query",
            connection);
        command.Parameters.AddWithValue("db", database);
        command.Parameters.AddWithValue("query", statementStart + "%");
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && stillRunning())
        {
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
            {
                return true;
            }

            await Task.Delay(3);
        }

        return false;
    }

    /// <summary>Waits until no session of <paramref name="database"/> remains inside a transaction (a killed client's backend has rolled back).</summary>
    public static async Task WaitForNoOpenTransactionAsync(string adminConnectionString, string database, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var open = await ScalarAsync(adminConnectionString, $"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '{database}' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()");
            if (open == 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"A transaction on {database} was still open after {timeout}.");
    }
}
