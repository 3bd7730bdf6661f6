using Microsoft.Data.Sqlite;

namespace Cordon.Storage.Sqlite;

/// <summary>Lock files between processes, and online backups.</summary>
public sealed partial class SqliteCordonStore
{
    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(25);

    /// <inheritdoc/>
    public override async Task<IAsyncDisposable> AcquireLockAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_'))
        {
            throw new ArgumentException($"Lock name '{name}' may hold only ASCII letters, digits, '-' and '_'.", nameof(name));
        }

        var path = $"{DatabasePath}.{name}.lock";
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // An exclusive open takes an flock on Unix (and a share lock on Windows): other processes and other handles of this
        // one fail to open until it is closed, and the operating system closes it when the process dies.
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(LockPoll, cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    private protected override async Task WriteBackupAsync(string path, CancellationToken cancellationToken)
    {
        await using var source = (SqliteConnection)await OpenConnectionAsync(cancellationToken);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await destination.OpenAsync(cancellationToken);

        // The online backup API copies a consistent snapshot while other connections keep reading and writing.
        source.BackupDatabase(destination);
        await using var journal = destination.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode = DELETE";
        await journal.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
