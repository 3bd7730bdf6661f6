namespace Cordon.Hub;

/// <summary>The media types of TAXII 2.1 (section 1.6.8) and STIX 2.1.</summary>
public static class TaxiiMediaTypes
{
    /// <summary>Every TAXII resource, request and response.</summary>
    public const string Taxii21 = "application/taxii+json;version=2.1";

    /// <summary>STIX 2.1 content, as named in collections and manifests.</summary>
    public const string Stix21 = "application/stix+json;version=2.1";

    /// <summary>The STIX media type for objects of a given specification version.</summary>
    public static string Stix(string specVersion) => "application/stix+json;version=" + specVersion;
}
