using Cordon.Lists.Ofac;
using Cordon.Lists.OfacEnhanced;

namespace Cordon.Lists;

/// <summary>
/// Every list format Cordon reads, registered once. <see cref="ListLoader"/> tries them in this order;
/// multi-file formats come first so that a folder forming one list is read as one.
/// </summary>
public static class ListReaders
{
    /// <summary>All readers.</summary>
    public static IReadOnlyList<IListReader> All { get; } =
    [
        new OfacCsvReader(),
        new OfacEnhancedXmlReader(),
    ];
}
