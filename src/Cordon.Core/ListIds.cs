namespace Cordon.Core;

/// <summary>The identifiers of the lists Cordon knows how to read. A list id is stable across versions of that list.</summary>
public static class ListIds
{
    /// <summary>OFAC Specially Designated Nationals (legacy CSV).</summary>
    public const string OfacSdn = "ofac-sdn";

    /// <summary>OFAC consolidated non-SDN lists (legacy CSV <c>cons_*</c> or enhanced XML).</summary>
    public const string OfacConsolidated = "ofac-cons";

    /// <summary>UN Security Council consolidated list.</summary>
    public const string UnConsolidated = "un-sc";

    /// <summary>US trade.gov Consolidated Screening List.</summary>
    public const string UsCsl = "us-csl";

    /// <summary>BIS Denied Persons List.</summary>
    public const string BisDpl = "bis-dpl";

    /// <summary>EU consolidated financial sanctions list.</summary>
    public const string EuFsf = "eu-fsf";

    /// <summary>UK sanctions list (FCDO).</summary>
    public const string UkSanctions = "uk-sanctions";

    /// <summary>Switzerland SECO consolidated sanctions list.</summary>
    public const string ChSeco = "ch-seco";

    /// <summary>Canada Special Economic Measures Act (SEMA) consolidated list.</summary>
    public const string CaSema = "ca-sema";

    /// <summary>Australia DFAT Consolidated List.</summary>
    public const string AuDfat = "au-dfat";
}
