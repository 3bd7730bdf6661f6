namespace Cordon.Risk.Evaluation;

/// <summary>The results for the records of one scenario.</summary>
/// <param name="Scenario">The scenario name from the labels.</param>
/// <param name="Fraud">True when the scenario's records are fraudulent.</param>
/// <param name="Records">Records of the scenario that were assessed.</param>
/// <param name="Flagged">Records at level <c>high</c> or <c>critical</c>.</param>
/// <param name="AboveLow">Records above level <c>low</c>.</param>
/// <param name="MeanScore">The mean score.</param>
public sealed record ScenarioResult(string Scenario, bool Fraud, int Records, int Flagged, int AboveLow, double MeanScore)
{
    /// <summary>Flagged records over records: the recall of a fraud scenario, the false-positive rate of a legitimate one.</summary>
    public double FlaggedRate => ConfusionMatrix.Ratio(Flagged, Records);
}
