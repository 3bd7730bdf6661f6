namespace Cordon.Matching.Index;

/// <summary>Where an indexed name comes from.</summary>
internal enum NameSource
{
    /// <summary>The entry's primary name.</summary>
    Primary,

    /// <summary>A strong alias.</summary>
    Alias,

    /// <summary>A weak (low-quality) alias.</summary>
    WeakAlias,

    /// <summary>An acronym Cordon derived from a multi-word organisation name.</summary>
    DerivedAcronym,
}
