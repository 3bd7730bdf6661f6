using System.Security.Cryptography;
using System.Text;
using Cordon.Core;
using Cordon.Matching;

namespace Cordon.Screening;

/// <summary>
/// Screening index snapshots (<see cref="ScreeningIndexSnapshot"/>) kept in a folder, one file per algorithm and list
/// contents: an index is loaded from its snapshot when one was made by the same matcher from the same contents, and
/// built (then saved) otherwise. A snapshot that is stale, truncated, corrupt or unreadable is never used: the index is
/// built again and the snapshot replaced. Failing to save only costs the next run a build.
/// </summary>
/// <remarks>Thread-safe; processes may share the folder (a snapshot is written to a temporary file, then renamed).</remarks>
public sealed class ScreeningIndexCache
{
    /// <summary>Snapshots kept per algorithm; older ones (other list contents) are deleted when a new one is saved.</summary>
    public const int KeptPerAlgorithm = 4;

    private const string Extension = ".snapshot";
    private readonly List<Task<string?>> _saving = [];

    /// <summary>A cache in <paramref name="folder"/> (created when a snapshot is first saved).</summary>
    public ScreeningIndexCache(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The folder of the snapshots.</summary>
    public string Folder { get; }

    /// <summary>
    /// The index of <paramref name="matcher"/> over the contents <paramref name="contentKey"/> names: loaded from its
    /// snapshot, or built from <paramref name="entities"/> (only called then) and saved.
    /// </summary>
    /// <param name="matcher">The matcher.</param>
    /// <param name="contentKey">Names the entries exactly (for example the lists' content hashes): a different key is a different index.</param>
    /// <param name="entities">The entries, read only when the index must be built.</param>
    /// <param name="saveInBackground">
    /// Save a new snapshot on the thread pool (a server keeps running; see <see cref="WaitForSavesAsync"/>) rather than
    /// before returning.
    /// </param>
    /// <param name="cancellationToken">Cancels reading the entries.</param>
    public async Task<CachedIndex> GetOrBuildAsync(Matcher matcher, string contentKey, Func<CancellationToken, Task<IReadOnlyList<ListedEntity>>> entities, bool saveInBackground = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(contentKey);
        ArgumentNullException.ThrowIfNull(entities);
        var path = PathOf(matcher, contentKey);
        var loaded = TryLoad(path, matcher, contentKey, out var reason);
        if (loaded is not null)
        {
            return new CachedIndex(loaded, FromSnapshot: true, null, null);
        }

        var index = matcher.BuildIndex(await entities(cancellationToken));
        if (saveInBackground)
        {
            lock (_saving)
            {
                _saving.RemoveAll(t => t.IsCompleted);
                _saving.Add(Task.Run(() => TrySave(path, matcher, contentKey, index), CancellationToken.None));
            }

            return new CachedIndex(index, FromSnapshot: false, reason, null);
        }

        return new CachedIndex(index, FromSnapshot: false, reason, TrySave(path, matcher, contentKey, index));
    }

    /// <summary>Waits for the snapshots being saved in the background; the errors of those that failed.</summary>
    public async Task<IReadOnlyList<string>> WaitForSavesAsync()
    {
        Task<string?>[] pending;
        lock (_saving)
        {
            pending = [.. _saving];
        }

        return [.. (await Task.WhenAll(pending)).OfType<string>()];
    }

    /// <summary>The file the snapshot of <paramref name="matcher"/>'s index over <paramref name="contentKey"/> is kept in.</summary>
    public string PathOf(Matcher matcher, string contentKey)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(contentKey);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contentKey)))[..32];
        return Path.Combine(Folder, $"{matcher.Algorithm}-{key}{Extension}");
    }

    private static ScreeningIndex? TryLoad(string path, Matcher matcher, string contentKey, out string reason)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            reason = "no snapshot yet";
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            reason = "no snapshot yet";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = "snapshot unreadable: " + e.Message;
            return null;
        }

        var index = ScreeningIndexSnapshot.TryRead(data, matcher, contentKey, out var why);
        reason = why ?? string.Empty;
        return index;
    }

    private string? TrySave(string path, Matcher matcher, string contentKey, ScreeningIndex index)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                // Not flushed to disk: a file cut short by a crash fails its checksum and is rebuilt.
                ScreeningIndexSnapshot.Write(index, contentKey, file);
            }

            File.Move(temporary, path, overwrite: true);
            Prune(matcher, path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary file is named so that it is never read as a snapshot.
            }

            return e.Message;
        }
    }

    private void Prune(Matcher matcher, string keep)
    {
        var older = new DirectoryInfo(Folder).GetFiles($"{matcher.Algorithm}-*{Extension}")
            .Where(f => !string.Equals(f.FullName, keep, StringComparison.Ordinal))
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(KeptPerAlgorithm - 1);
        foreach (var file in older)
        {
            file.Delete();
        }

        // Temporary files of processes that stopped while saving.
        foreach (var file in new DirectoryInfo(Folder).GetFiles($"*{Extension}.*.tmp").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
        {
            file.Delete();
        }
    }
}

/// <summary>An index from a <see cref="ScreeningIndexCache"/>, and how it was obtained.</summary>
/// <param name="Index">The index.</param>
/// <param name="FromSnapshot">True when it was loaded from a snapshot, false when it was built.</param>
/// <param name="RebuildReason">Why it was built (no snapshot yet, stale, corrupt…); null when loaded.</param>
/// <param name="SaveError">Why the new snapshot could not be saved; null when saved or loaded.</param>
public sealed record CachedIndex(ScreeningIndex Index, bool FromSnapshot, string? RebuildReason, string? SaveError);
