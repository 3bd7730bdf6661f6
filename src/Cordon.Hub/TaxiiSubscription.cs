namespace Cordon.Hub;

/// <summary>A collection on another TAXII server that Cordon follows into one of its own collections.</summary>
/// <param name="Id">Its name.</param>
/// <param name="CollectionUrl">The remote collection's URL (…/collections/{id}/).</param>
/// <param name="LocalCollectionId">The local collection that receives the objects.</param>
/// <param name="Organisation">The local organisation owning what arrives (it decides, with each object's TLP, who reads it here).</param>
/// <param name="Authorization">The Authorization header sent to the remote server ("Basic …" or "Bearer …"), or null.</param>
/// <param name="AddedAfter">The remote X-TAXII-Date-Added-Last of the last page received: where the next poll starts.</param>
public sealed record TaxiiSubscription(string Id, Uri CollectionUrl, string LocalCollectionId, string Organisation, string? Authorization, DateTimeOffset? AddedAfter);
