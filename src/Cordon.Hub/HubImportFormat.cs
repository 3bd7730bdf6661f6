namespace Cordon.Hub;

/// <summary>What a file given to <c>cordon hub import</c> holds.</summary>
public enum HubImportFormat
{
    /// <summary>Recognised by content: MISP JSON (an <c>Event</c>, a list of them, MISP's <c>response</c>) or else STIX.</summary>
    Auto,

    /// <summary>A STIX 2.1 bundle or a TAXII envelope.</summary>
    Stix,

    /// <summary>MISP JSON (draft-dulaunoy-misp-core-format).</summary>
    Misp,
}
