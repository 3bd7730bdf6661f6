namespace Cordon.Storage;

/// <summary>Rows deleted by a retention purge.</summary>
/// <param name="Cutoff">Rows older than this went.</param>
/// <param name="Assessments">Assessments deleted.</param>
/// <param name="Alerts">Alerts of subjects no longer watched deleted.</param>
public sealed record RetentionPurge(DateTimeOffset Cutoff, int Assessments, int Alerts);
