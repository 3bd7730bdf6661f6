using Cordon.Lists.Bis;
using Cordon.Lists.Dfat;
using Cordon.Lists.Eu;
using Cordon.Lists.Ofac;
using Cordon.Lists.OfacAdvanced;
using Cordon.Lists.OfacEnhanced;
using Cordon.Lists.OfacXml;
using Cordon.Lists.OpenSanctions;
using Cordon.Lists.Seco;
using Cordon.Lists.Sema;
using Cordon.Lists.Uk;
using Cordon.Lists.Un;
using Cordon.Lists.UsCsl;

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
        new OfacSdnXmlReader(),
        new OfacAdvancedXmlReader(),
        new UnXmlReader(),
        new UsCslCsvReader(),
        new BisDplReader(),
        new EuFsfXmlReader(),
        new EuFsfCsvReader(),
        new EuLegacyXmlReader(),
        new UkSanctionsXmlReader(),
        new UkSanctionsCsvReader(),
        new SecoXmlReader(),
        new DfatXlsxReader(),
        new SemaXmlReader(),
        new FtmJsonReader(),
        new SenzingJsonReader(),
    ];
}
