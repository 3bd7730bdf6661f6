namespace Cordon.Risk;

/// <summary>What one family of signals adds to a score (see <see cref="RiskEngine.Breakdown(IReadOnlyList{Signal})"/>).</summary>
/// <param name="Family">The family.</param>
/// <param name="Signals">Its signals, strongest first.</param>
/// <param name="Points">Their points added up as they are.</param>
/// <param name="Decayed">Their points with diminishing returns (the n-th strongest counts decay^(n-1)).</param>
/// <param name="Cap">Most the family may add.</param>
/// <param name="Counted">What it adds: the decayed points, held at the cap.</param>
public sealed record FamilyScore(string Family, IReadOnlyList<Signal> Signals, double Points, double Decayed, double Cap, double Counted)
{
    /// <summary>True when the cap held the family back.</summary>
    public bool Capped => Decayed > Cap;
}
