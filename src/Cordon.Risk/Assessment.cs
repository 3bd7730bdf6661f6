namespace Cordon.Risk;

/// <summary>The explained result of assessing one record.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Score">0–100.</param>
/// <param name="Level">Level derived from the score and the configured thresholds.</param>
/// <param name="Signals">The red flags found, strongest first.</param>
/// <param name="Recommendations">Next steps from the advisories, for the signals found.</param>
/// <param name="Summary">One paragraph in plain language.</param>
/// <param name="EngineVersion">Version of the engine that produced it, e.g. <c>cordon-risk-v2</c>.</param>
public sealed record Assessment(
    string Id,
    int Score,
    RiskLevel Level,
    IReadOnlyList<Signal> Signals,
    IReadOnlyList<string> Recommendations,
    string Summary,
    string EngineVersion)
{
    /// <summary>The group this record is linked into and what links it, or null when it is linked to no other record (or linking was not run).</summary>
    public NetworkContext? Network { get; init; }
}
