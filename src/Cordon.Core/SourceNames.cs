namespace Cordon.Core;

/// <summary>
/// The names of the files a list version was read from, as stored and shown: file names only. Server paths (temporary
/// upload folders, the operator's folders) say nothing a user needs and tell an attacker about the server.
/// </summary>
public static class SourceNames
{
    private const string ArchiveSeparator = "!/";

    /// <summary>
    /// The file name of <paramref name="source"/>, keeping the path inside an archive: <c>/tmp/x/CONS.ZIP!/cons.xml</c> becomes
    /// <c>CONS.ZIP!/cons.xml</c>.
    /// </summary>
    public static string FileName(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var archive = source.IndexOf(ArchiveSeparator, StringComparison.Ordinal);
        var outer = archive < 0 ? source : source[..archive];
        var cut = outer.LastIndexOfAny(['/', '\\']);
        var name = cut < 0 ? outer : outer[(cut + 1)..];
        return archive < 0 ? name : name + source[archive..];
    }
}
