namespace Cordon.Risk.Records;

/// <summary>A reference the person gave (<c>$.references[]</c>).</summary>
/// <param name="Name">Name of the reference.</param>
/// <param name="Email">E-mail of the reference.</param>
/// <param name="Phone">Phone of the reference.</param>
/// <param name="Relationship">Relationship to the person.</param>
public sealed record Reference(string? Name, string? Email, string? Phone, string? Relationship);
