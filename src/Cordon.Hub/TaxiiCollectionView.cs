using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>A collection as one caller sees it (the TAXII collection resource, section 5.2).</summary>
/// <param name="Collection">The collection.</param>
/// <param name="CanRead">Whether the caller may read objects.</param>
/// <param name="CanWrite">Whether the caller may add objects.</param>
public sealed record TaxiiCollectionView(HubCollectionInfo Collection, bool CanRead, bool CanWrite);
