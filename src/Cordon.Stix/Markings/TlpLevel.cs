namespace Cordon.Stix.Markings;

/// <summary>Traffic Light Protocol levels, ordered from least to most restrictive (so the maximum is the most restrictive).</summary>
public enum TlpLevel
{
    /// <summary>TLP:CLEAR (TLP 1.0: WHITE): no limit on disclosure.</summary>
    Clear = 0,

    /// <summary>TLP:GREEN: the recipient's community.</summary>
    Green = 1,

    /// <summary>TLP:AMBER: the recipient's organisation and its clients, on a need-to-know basis.</summary>
    Amber = 2,

    /// <summary>TLP:AMBER+STRICT: the recipient's organisation only.</summary>
    AmberStrict = 3,

    /// <summary>TLP:RED: the named recipients only.</summary>
    Red = 4,
}
