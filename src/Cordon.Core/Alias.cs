namespace Cordon.Core;

/// <summary>Another name of a listed party.</summary>
/// <param name="Name">The alias as the list writes it.</param>
/// <param name="Strength">Strong or weak a.k.a.</param>
/// <param name="Kind">The list's own qualifier when it has one: "aka", "fka" (formerly known as), "nka" (now known as), "original script".</param>
/// <param name="Note">What the list says about this name ("low quality alias", "Parchin Chemical Factories"), when it says anything.</param>
public sealed record Alias(string Name, AliasStrength Strength, string? Kind = null, string? Note = null);
