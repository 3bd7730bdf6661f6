namespace Cordon.Stix.Patterning;

/// <summary>
/// A simple equality a pattern makes: an object path compared with <c>=</c> (or one member of <c>IN</c>) to a constant,
/// without NOT. Used to index indicators by value.
/// </summary>
/// <param name="Path">The object path (its <see cref="ObjectPath.ObjectType"/> and <see cref="ObjectPath.PropertyPath"/>).</param>
/// <param name="Value">The constant.</param>
public sealed record PatternEqualityTerm(ObjectPath Path, PatternLiteral Value)
{
    /// <summary>The object type, e.g. <c>email-addr</c>.</summary>
    public string ObjectType => Path.ObjectType;

    /// <summary>The canonical property path, e.g. <c>value</c> or <c>hashes.'SHA-256'</c>.</summary>
    public string PropertyPath => Path.PropertyPath;
}
