namespace Cordon.Storage;

/// <summary>
/// The effective Traffic Light Protocol level of a stored object, as kept in the store so that access is decided in the
/// query itself (pages, counts and headers then never include what the caller may not read).
/// </summary>
public static class HubTlp
{
    /// <summary>TLP:CLEAR (or TLP 1.0 WHITE): any reader of the collection.</summary>
    public const string Clear = "clear";

    /// <summary>TLP:GREEN: any reader of the collection.</summary>
    public const string Green = "green";

    /// <summary>TLP:AMBER: the owner and the organisations sharing a sharing group with it.</summary>
    public const string Amber = "amber";

    /// <summary>TLP:AMBER+STRICT: the owning organisation only.</summary>
    public const string AmberStrict = "amber+strict";

    /// <summary>TLP:RED: the owning organisation only.</summary>
    public const string Red = "red";

    /// <summary>No TLP marking: any reader of the collection (the collection's rights are the only limit).</summary>
    public const string None = "none";

    /// <summary>Every level, from least to most restrictive.</summary>
    public static IReadOnlyList<string> All { get; } = [None, Clear, Green, Amber, AmberStrict, Red];

    /// <summary>Rank of a level: higher is more restrictive.</summary>
    public static int Rank(string level) => level switch
    {
        None => 0,
        Clear => 1,
        Green => 2,
        Amber => 3,
        AmberStrict => 4,
        Red => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown TLP level."),
    };
}
