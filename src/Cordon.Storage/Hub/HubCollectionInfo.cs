namespace Cordon.Storage;

/// <summary>A TAXII collection: a set of STIX objects inside one API root.</summary>
/// <param name="Id">Its identifier (a UUID, lower case).</param>
/// <param name="ApiRoot">Name of its API root.</param>
/// <param name="Title">Human-readable title.</param>
/// <param name="Description">Optional description.</param>
/// <param name="Alias">Optional alternative path segment, unique within the API root.</param>
/// <param name="MediaTypes">Media types of the objects it holds.</param>
public sealed record HubCollectionInfo(string Id, string ApiRoot, string Title, string? Description, string? Alias, IReadOnlyList<string> MediaTypes);
