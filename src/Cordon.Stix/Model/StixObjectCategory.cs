namespace Cordon.Stix.Model;

/// <summary>The kind of a STIX object, which decides its required common properties and what may reference it.</summary>
public enum StixObjectCategory
{
    /// <summary>A type this library does not know (a custom object or one defined by an extension).</summary>
    Unknown,

    /// <summary>STIX Domain Object (indicator, identity, threat-actor, ...).</summary>
    DomainObject,

    /// <summary>STIX Relationship Object (relationship, sighting).</summary>
    RelationshipObject,

    /// <summary>STIX Cyber-observable Object (email-addr, ipv4-addr, file, ...).</summary>
    CyberObservable,

    /// <summary>STIX Meta Object (marking-definition, extension-definition, language-content).</summary>
    MetaObject,
}
