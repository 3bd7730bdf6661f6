namespace Cordon.Core;

/// <summary>The kind of subject being screened; restricts which list entries it is compared with.</summary>
public enum SubjectKind
{
    /// <summary>Unknown: compare with every kind of entry.</summary>
    Any,

    /// <summary>A natural person (matches <see cref="EntityType.Individual"/>).</summary>
    Person,

    /// <summary>A company or organisation (matches <see cref="EntityType.Entity"/>).</summary>
    Organization,

    /// <summary>A vessel.</summary>
    Vessel,

    /// <summary>An aircraft.</summary>
    Aircraft,
}
