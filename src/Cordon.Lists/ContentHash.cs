using System.Security.Cryptography;

namespace Cordon.Lists;

/// <summary>
/// The <see cref="Cordon.Core.ListSnapshot.ContentHash"/> of a set of input files, computed the same way by every reader
/// so that importing identical files again is recognised whatever their order or location.
/// </summary>
public static class ContentHash
{
    /// <summary>
    /// SHA-256 (lower-case hex) over the files' contents, taken in ordinal order of their names.
    /// For a single file this equals the file's own SHA-256, so it can be checked with <c>sha256sum</c>.
    /// </summary>
    /// <param name="files">The (decompressed) input files.</param>
    /// <returns>64 hex characters.</returns>
    public static string Compute(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(file.Content.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// SHA-256 (lower-case hex) over list files or folders as given on a command line: every file's path relative to the
    /// path given, its length and its bytes, folders walked in ordinal order of the relative paths. It changes whenever a
    /// file is added, removed, renamed or changed, without reading any list.
    /// </summary>
    /// <param name="paths">Files or folders, in the order given.</param>
    /// <returns>64 hex characters.</returns>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static string OfPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var files = Directory.Exists(full)
                ? Directory.GetFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : File.Exists(full) ? [full] : throw new FileNotFoundException($"{path}: no such file or folder", path);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"path {full}\n"));
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"file {Path.GetRelativePath(full, file)} {bytes.Length}\n"));
                hash.AppendData(bytes);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
