namespace Cordon.Risk.Evaluation;

/// <summary>How many legitimate and fraudulent records received one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="Legitimate">Legitimate records at this level.</param>
/// <param name="Fraud">Fraudulent records at this level.</param>
public sealed record LevelCount(RiskLevel Level, int Legitimate, int Fraud);
