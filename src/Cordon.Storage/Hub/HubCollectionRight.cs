namespace Cordon.Storage;

/// <summary>What one organisation may do with one collection; organisations without a row may do nothing.</summary>
/// <param name="CollectionId">The collection.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="CanRead">May read objects (still subject to each object's TLP marking).</param>
/// <param name="CanWrite">May add objects (and delete its own).</param>
public sealed record HubCollectionRight(string CollectionId, string OrganisationId, bool CanRead, bool CanWrite);
