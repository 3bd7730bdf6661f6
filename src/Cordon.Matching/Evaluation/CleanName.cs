using Cordon.Core;

namespace Cordon.Matching.Evaluation;

/// <summary>A realistic name that is on no list: any match above the threshold is a false match.</summary>
/// <param name="Id">The name's id in the file (<c>C00001</c>).</param>
/// <param name="Name">The name.</param>
/// <param name="Kind">Person or organisation.</param>
public sealed record CleanName(string Id, string Name, SubjectKind Kind);
