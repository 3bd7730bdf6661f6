using Cordon.Core;
using Cordon.Matching.Normalisation;

namespace Cordon.Matching.Index;

/// <summary>What an index is built from: the entries, in order, and every name to index with the entry it belongs to.</summary>
/// <param name="Entities">The list entries.</param>
/// <param name="Names">Normalised names (primary, aliases, derived acronyms) by entry position.</param>
internal sealed record IndexParts(IReadOnlyList<ListedEntity> Entities, List<(int Entity, NormalisedName Name, NameSource Source)> Names);
