namespace Cordon.Stix.Patterning;

/// <summary>How a <see cref="PatternAnchor"/> is looked up.</summary>
public enum PatternAnchorKind
{
    /// <summary>The property equals the constant (<c>=</c>, or a member of <c>IN</c>).</summary>
    Equal,

    /// <summary>The property's address or CIDR block lies inside the constant's CIDR block (<c>ISSUBSET</c>).</summary>
    InsideCidr,

    /// <summary>The property starts with the constant text (the literal start of a <c>LIKE</c> pattern).</summary>
    StartsWith,

    /// <summary>The property ends with the constant text (the literal end of a <c>LIKE</c> pattern).</summary>
    EndsWith,
}

/// <summary>
/// A test that an index can look up by value, taken from a pattern: a necessary condition on one object path, e.g.
/// <c>email-addr:value = 'x'</c>, <c>ipv4-addr:value ISSUBSET '10.0.0.0/8'</c> or <c>email-addr:value LIKE '%@evil.example'</c>.
/// </summary>
/// <param name="Path">The object path tested.</param>
/// <param name="Kind">How the value is compared.</param>
/// <param name="Value">The constant (for LIKE anchors: the literal start or end text, as a string constant).</param>
public sealed record PatternAnchor(ObjectPath Path, PatternAnchorKind Kind, PatternLiteral Value)
{
    /// <summary>The object type, e.g. <c>email-addr</c>.</summary>
    public string ObjectType => Path.ObjectType;

    /// <summary>The canonical property path, e.g. <c>value</c>.</summary>
    public string PropertyPath => Path.PropertyPath;
}
