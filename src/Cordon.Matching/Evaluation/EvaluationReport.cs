namespace Cordon.Matching.Evaluation;

/// <summary>Everything one evaluation run measured.</summary>
/// <param name="Algorithm">The matcher's algorithm name.</param>
/// <param name="Threshold">The threshold the run used (the matcher's default unless overridden).</param>
/// <param name="EntityCount">Entries in the screening index; 0 when no lists were loaded.</param>
/// <param name="Pairs">Name-pair results.</param>
/// <param name="Queries">List-query results; null when no index was given.</param>
/// <param name="CleanNames">Clean-name results; null when no index was given.</param>
public sealed record EvaluationReport(
    string Algorithm,
    double Threshold,
    int EntityCount,
    PairEvaluation Pairs,
    QueryEvaluation? Queries,
    CleanNameEvaluation? CleanNames);
