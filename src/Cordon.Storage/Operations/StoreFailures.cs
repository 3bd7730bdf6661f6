using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cordon.Storage;

/// <summary>Tells a database that is away (down, restarting, unreachable, overloaded) from a fault in Cordon or in the request.</summary>
public static class StoreFailures
{
    /// <summary>
    /// True when <paramref name="exception"/> (or an inner one) is this process's own connection pool running dry: every
    /// connection it may open is in use and none came back within the connection string's <c>Timeout</c>. The database itself
    /// may be fine; this instance is at its <c>Maximum Pool Size</c>. (Npgsql has no type for it, only this message; the
    /// operations tests pin it down, so an Npgsql upgrade that rewords it fails a test rather than the operator.)
    /// </summary>
    public static bool IsPoolExhausted(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException && e.Message.StartsWith("The connection pool has been exhausted", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>
    /// True when opening the database failed in a way that may go away without a change to Cordon, so that a server starting
    /// beside its database (in one deployment, after a host reboot) should wait and try again: the database is away or
    /// starting, it does not exist yet, the role cannot sign in yet, or it lacks a privilege a DBA may still grant.
    /// </summary>
    public static bool IsWorthRetryingAtStart(Exception? exception)
    {
        if (IsUnavailable(exception) || IsPoolExhausted(exception))
        {
            return true;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException pg)
            {
                // 3D000 no such database, class 28 authentication, 42501 insufficient privilege.
                return pg.SqlState is "3D000" or "42501" || pg.SqlState.StartsWith("28", StringComparison.Ordinal);
            }

            if (e is NpgsqlException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One line saying why the database could not be used, for an operator: what PostgreSQL or the network said, with the
    /// remedy where one is clear. Never a stack trace, and never the connection string (which may hold a password).
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException { SqlState: "3D000" } pg:
                    return $"{pg.MessageText} (create it: createdb, see docs/operations.md \"Database setup\")";
                case PostgresException { SqlState: "42501" } pg:
                    return $"{pg.MessageText} (the role needs to own the database, or CREATE and USAGE on schema public: see docs/operations.md \"Database setup\")";
                case PostgresException pg when pg.SqlState.StartsWith("28", StringComparison.Ordinal):
                    return $"{pg.MessageText} (check the user name and password, and pg_hba.conf)";
                case PostgresException pg:
                    return $"{pg.MessageText} (SQLSTATE {pg.SqlState})";
                case NpgsqlException { InnerException: SocketException socket } npgsql:
                    return $"{npgsql.Message.TrimEnd('.')}: {socket.Message}";
                case SocketException socket:
                    return $"cannot connect: {socket.Message}";
                case NpgsqlException npgsql when npgsql.InnerException is TimeoutException:
                    return IsPoolExhausted(npgsql) ? npgsql.Message : "the connection timed out";
                case SqliteException sqlite:
                    return sqlite.Message;
            }
        }

        return exception.Message;
    }
}
