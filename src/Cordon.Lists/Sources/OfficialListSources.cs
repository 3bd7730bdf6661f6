using Cordon.Core;

namespace Cordon.Lists.Sources;

/// <summary>One list's official download: where its publisher serves the file Cordon reads.</summary>
/// <param name="Name">The source name Cordon gives it (the list id).</param>
/// <param name="ListId">The list the file holds.</param>
/// <param name="Url">The publisher's download URL.</param>
/// <param name="Format">The reader format of the file served there.</param>
/// <param name="Publisher">Who publishes it, and the page documenting the download.</param>
public sealed record OfficialListSource(string Name, string ListId, string Url, string Format, string Publisher);

/// <summary>
/// The official download of each list Cordon reads, offered as disabled sources: nothing is fetched until an operator
/// enables one. docs/lists.md lists the same URLs with the publishers' pages.
/// </summary>
public static class OfficialListSources
{
    /// <summary>Every official source, by name.</summary>
    public static IReadOnlyList<OfficialListSource> All { get; } =
    [
        new("ofac-sdn", ListIds.OfacSdn, "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ENHANCED.ZIP", "ofac-enhanced-xml",
            "US Treasury OFAC, Sanctions List Service (https://ofac.treasury.gov/sanctions-list-service)"),
        new("ofac-cons", ListIds.OfacConsolidated, "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ENHANCED.ZIP", "ofac-enhanced-xml",
            "US Treasury OFAC, Sanctions List Service (https://ofac.treasury.gov/sanctions-list-service)"),
        new("un-sc", ListIds.UnConsolidated, "https://scsanctions.un.org/resources/xml/en/consolidated.xml", "un-xml",
            "UN Security Council (https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list)"),
        new("eu-fsf", ListIds.EuFsf, "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw", "eu-fsf-xml",
            "European Commission, Financial Sanctions Files (https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions)"),
        new("uk-sanctions", ListIds.UkSanctions, "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml", "uk-sanctions-xml",
            "UK Foreign, Commonwealth & Development Office (https://www.gov.uk/government/publications/the-uk-sanctions-list)"),
        new("ch-seco", ListIds.ChSeco, "https://www.sesam.search.admin.ch/sesam-search-web/pages/downloadXmlGesamtliste.xhtml?lang=en&action=downloadXmlGesamtlisteAction", "seco-xml",
            "Swiss State Secretariat for Economic Affairs SECO (https://www.sesam.search.admin.ch/sesam-search-web/pages/search.xhtml)"),
        new("au-dfat", ListIds.AuDfat, "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx", "dfat-xlsx",
            "Australian Government, Department of Foreign Affairs and Trade (https://www.dfat.gov.au/international-relations/security/sanctions/consolidated-list)"),
        new("ca-sema", ListIds.CaSema, "https://www.international.gc.ca/world-monde/assets/office_docs/international_relations-relations_internationales/sanctions/sema-lmes.xml", "sema-xml",
            "Global Affairs Canada (https://www.international.gc.ca/world-monde/international_relations-relations_internationales/sanctions/consolidated-consolide.aspx)"),
        new("us-csl", ListIds.UsCsl, "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv", "us-csl-csv",
            "US International Trade Administration (https://www.trade.gov/consolidated-screening-list)"),
        new("bis-dpl", ListIds.BisDpl, "https://www.bis.doc.gov/dpl/dpl.txt", "bis-dpl",
            "US Commerce BIS (https://www.bis.gov/licensing/guidance-on-end-user-and-end-use-controls-and-us-persons/denied-persons-list)"),
    ];
}
