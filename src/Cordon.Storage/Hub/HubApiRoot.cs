namespace Cordon.Storage;

/// <summary>A TAXII API root: a named group of collections served under <c>/taxii2/{name}/</c>.</summary>
/// <param name="Name">The path segment (letters, digits, '-', '_').</param>
/// <param name="Title">Human-readable title.</param>
/// <param name="Description">Optional description.</param>
/// <param name="MaxContentLength">Largest request body accepted, in bytes.</param>
public sealed record HubApiRoot(string Name, string Title, string? Description, long MaxContentLength);
