using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cordon.Storage;

/// <summary>Tells a database that is away (down, restarting, unreachable, overloaded) from a fault in Cordon or in the request.</summary>
public static class StoreFailures
{
    /// <summary>
    /// True when <paramref name="exception"/> (or an inner one) means the database cannot serve now but may again without a change to
    /// Cordon: a refused or broken connection, a server shutting down or starting, too many connections, a busy or unopenable SQLite file.
    /// Constraint violations, syntax errors and bad data are not.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // Class 08 connection exceptions, 53 insufficient resources, 57P01-57P03 shutdown and cannot-connect-now.
                    if (pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || pg.SqlState is "57P01" or "57P02" or "57P03")
                    {
                        return true;
                    }

                    return false;
                case NpgsqlException npgsql when npgsql.IsTransient:
                    // Refused or broken connections, timeouts and an exhausted pool (IOException, SocketException, TimeoutException inside).
                    return true;
                case SqliteException sqlite:
                    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN (primary codes in the low byte).
                    return (sqlite.SqliteErrorCode & 0xFF) is 5 or 6 or 10 or 13 or 14;
                case SocketException:
                    return true;
                case DbException db when db.IsTransient:
                    return true;
            }
        }

        return false;
    }
}
