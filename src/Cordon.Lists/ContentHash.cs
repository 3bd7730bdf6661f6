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
}
