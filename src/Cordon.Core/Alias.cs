namespace Cordon.Core;

/// <summary>Another name of a listed party.</summary>
/// <param name="Name">The alias as the list writes it.</param>
/// <param name="Strength">Strong or weak a.k.a.</param>
/// <param name="Kind">The list's own qualifier when it has one: "aka", "fka" (formerly known as), "nka" (now known as), "original script".</param>
public sealed record Alias(string Name, AliasStrength Strength, string? Kind = null);
