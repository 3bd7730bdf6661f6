namespace Cordon.Core;

/// <summary>What kind of party a list entry describes.</summary>
public enum EntityType
{
    /// <summary>A natural person.</summary>
    Individual,

    /// <summary>A company, organisation, government body or other legal person.</summary>
    Entity,

    /// <summary>A ship, identified by name and usually an IMO number.</summary>
    Vessel,

    /// <summary>An aircraft, identified by name, tail number or manufacturer serial number.</summary>
    Aircraft,
}
