namespace Cordon.Lists;

/// <summary>
/// One input file, already decompressed (gzip) or extracted (zip) into memory.
/// <see cref="Name"/> is what error messages show: the path given, or <c>archive.zip!/inner.xml</c>.
/// </summary>
/// <param name="Name">Display name for messages.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record SourceFile(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>The one file of a single-file list format.</summary>
    /// <param name="files">The files given.</param>
    /// <param name="expected">What the format is, for the message: "the UN consolidated list is one XML file".</param>
    /// <exception cref="ListFormatException">Zero or several files were given.</exception>
    public static SourceFile Sole(IReadOnlyList<SourceFile> files, string expected)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1
            ? files[0]
            : throw new ListFormatException(files.Count == 0 ? "(no file)" : files[0].Name, null, $"{expected}, but {files.Count} files were given");
    }
}
