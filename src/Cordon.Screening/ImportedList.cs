using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Screening;

/// <summary>The result of importing one list.</summary>
/// <param name="Version">The version in force after the import.</param>
/// <param name="Unchanged">True when the files were identical to the version already in force, so nothing was stored.</param>
public sealed record ImportedList(ListVersionInfo Version, bool Unchanged);
