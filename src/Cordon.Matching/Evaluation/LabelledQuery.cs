using Cordon.Core;

namespace Cordon.Matching.Evaluation;

/// <summary>A screening query against the loaded lists and the entries that must be found.</summary>
/// <param name="Id">The query's id in the file (<c>Q0001</c>).</param>
/// <param name="Subject">What is screened: name, kind, date of birth, nationality.</param>
/// <param name="Expected">
/// The acceptable answers: the target entry and its copies in other lists (the CSL repeats SDN entries).
/// Finding any one of them is correct. Empty for a clean query, which must return no match.
/// </param>
/// <param name="Category">What the query tests.</param>
/// <param name="Note">Free text.</param>
public sealed record LabelledQuery(string Id, ScreeningSubject Subject, IReadOnlyList<EntityKey> Expected, string Category, string Note)
{
    /// <summary>True when the query names an entry that must be found; false for a clean name.</summary>
    public bool IsListed => Expected.Count > 0;
}
