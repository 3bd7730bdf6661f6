namespace Cordon.Hub.Correlation;

/// <summary>An indicator that matches a record, with the record's values that match it on their own.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Matched">The record's observables that match the pattern alone; empty when only several together do.</param>
public sealed record HubIndicatorMatch(HubIndicator Indicator, IReadOnlyList<RecordObservable> Matched)
{
    /// <summary>The matched values in words: <c>email 'x' at $.contacts.emails[0]</c>, …</summary>
    public string MatchedText => Matched.Count == 0
        ? "the record's identifiers together"
        : string.Join(", ", Matched.Select(m => $"{m.Kind} '{m.Value}' at {m.Path}"));
}
