using Cordon.Core;

namespace Cordon.Lists;

/// <summary>
/// Reads one list format. A reader recognises its format by content (never by file name alone)
/// and maps every record into <see cref="ListedEntity"/>, keeping the raw record.
/// </summary>
public interface IListReader
{
    /// <summary>Short format name used in messages and stored with a version ("ofac-csv", "un-xml").</summary>
    string Format { get; }

    /// <summary>
    /// True when <paramref name="files"/> (one file, or the files of one folder) is in this format.
    /// Must be cheap: look at the first bytes or lines only.
    /// </summary>
    bool CanRead(IReadOnlyList<SourceFile> files);

    /// <summary>Reads the files into a snapshot.</summary>
    /// <exception cref="ListFormatException">The content is broken: names file, line and reason.</exception>
    ListSnapshot Read(IReadOnlyList<SourceFile> files);
}
