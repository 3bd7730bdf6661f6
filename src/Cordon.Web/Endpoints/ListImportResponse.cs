using Cordon.Storage;
using Cordon.Lists;

namespace Cordon.Web.Endpoints;

/// <summary>What <c>POST /api/lists/import</c> did.</summary>
/// <param name="Lists">Each list read, with the version now in force.</param>
/// <param name="Alerts">Watch-list alerts raised by the re-screening.</param>
/// <param name="Warnings">Files skipped (not a recognised list, empty).</param>
public sealed record ListImportResponse(IReadOnlyList<ListImportResponse.Imported> Lists, int Alerts, IReadOnlyList<string> Warnings)
{
    /// <summary>One list of the import.</summary>
    /// <param name="Version">The version in force after the import.</param>
    /// <param name="Unchanged">True when the content was the same as the version already in force (nothing stored).</param>
    public sealed record Imported(ListVersionInfo Version, bool Unchanged);
}
