using Cordon.Core;

namespace Cordon.Matching.Evaluation;

/// <summary>Two names and an analyst's verdict on whether they name the same party.</summary>
/// <param name="Id">The pair's id in the file (<c>P0001</c>).</param>
/// <param name="Name1">First name, usually as a list writes it.</param>
/// <param name="Name2">Second name, as a customer record might write it.</param>
/// <param name="Kind">Person, organisation, vessel, aircraft, or any.</param>
/// <param name="IsMatch">True when the two names are the same party.</param>
/// <param name="Category">What the pair tests (<c>kp-person-romanisation-rr</c>, <c>kp-entity-generic-word</c>…).</param>
/// <param name="Note">Free text: who the names are, why the label.</param>
public sealed record LabelledNamePair(string Id, string Name1, string Name2, SubjectKind Kind, bool IsMatch, string Category, string Note);
