namespace Cordon.Stix.Validation;

/// <summary>The rule codes the validator reports, each a MUST of STIX 2.1 (or of a Cordon extension definition).</summary>
public static class StixRules
{
    /// <summary>The input is not well-formed JSON, or exceeds a size or depth limit.</summary>
    public const string Json = "json";

    /// <summary>A property holds a JSON null (STIX forbids null values).</summary>
    public const string NullValue = "null-value";

    /// <summary><c>type</c> missing or not a valid type name (3–250 characters, a–z, 0–9, '-').</summary>
    public const string Type = "type";

    /// <summary><c>id</c> missing, not <c>type--UUID</c>, or its type part differs from <c>type</c>.</summary>
    public const string Identifier = "identifier";

    /// <summary><c>spec_version</c> missing (SDO, SRO, meta objects) or not <c>2.1</c>.</summary>
    public const string SpecVersion = "spec-version";

    /// <summary>A property the type requires is missing.</summary>
    public const string Required = "required-property";

    /// <summary>A property has the wrong JSON kind (string, integer, boolean, list, dictionary).</summary>
    public const string PropertyType = "property-type";

    /// <summary>A list property is empty (STIX forbids empty lists).</summary>
    public const string EmptyList = "empty-list";

    /// <summary>A timestamp is not RFC 3339 UTC with 'T' and 'Z'.</summary>
    public const string Timestamp = "timestamp";

    /// <summary><c>created</c> or <c>modified</c> is less precise than a millisecond.</summary>
    public const string TimestampPrecision = "timestamp-precision";

    /// <summary><c>modified</c> is earlier than <c>created</c>.</summary>
    public const string ModifiedBeforeCreated = "modified-not-before-created";

    /// <summary><c>valid_until</c> is not later than <c>valid_from</c>.</summary>
    public const string ValidUntilAfterValidFrom = "valid-until-after-valid-from";

    /// <summary>A last-seen/stop time is earlier than its first-seen/start time.</summary>
    public const string TimeOrder = "time-order";

    /// <summary><c>confidence</c> is not an integer from 0 to 100.</summary>
    public const string Confidence = "confidence-range";

    /// <summary>A number is out of the range the specification allows (e.g. sighting <c>count</c>).</summary>
    public const string Range = "range";

    /// <summary>A <c>*_ref</c> / <c>*_refs</c> value is not an identifier, or not of a type allowed there.</summary>
    public const string Reference = "reference";

    /// <summary>A marking rule is broken (object_marking_refs, granular_markings, selectors, marking-definition content).</summary>
    public const string Marking = "marking";

    /// <summary>A custom property name breaks the naming rules (3–250 characters, a–z, 0–9, '_').</summary>
    public const string CustomPropertyName = "custom-property-name";

    /// <summary>An <c>extensions</c> entry is malformed, or an extension-defined type does not declare its extension.</summary>
    public const string Extension = "extension";

    /// <summary>An indicator's STIX pattern does not parse.</summary>
    public const string Pattern = "pattern";

    /// <summary>A value is not in the form its type requires (IP address, e-mail address, E.164 number, IBAN, ...).</summary>
    public const string ValueFormat = "value-format";

    /// <summary>An external reference is malformed.</summary>
    public const string ExternalReference = "external-reference";

    /// <summary>The bundle envelope is malformed (type, id, objects).</summary>
    public const string Bundle = "bundle";
}
