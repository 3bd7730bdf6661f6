namespace Cordon.Lists;

/// <summary>
/// A reader whose lists span several files (the OFAC CSV set). It can pick its sets out of a folder that also holds
/// other files, so that a stray README or a second list beside them does not split a set into unreadable parts.
/// </summary>
public interface IMultiFileListReader : IListReader
{
    /// <summary>The groups of <paramref name="files"/> that each form one list this reader can read; empty when none do.</summary>
    /// <param name="files">The files of one folder or archive.</param>
    /// <returns>Disjoint groups, each accepted by <see cref="IListReader.CanRead"/>.</returns>
    IReadOnlyList<IReadOnlyList<SourceFile>> FindSets(IReadOnlyList<SourceFile> files);
}
