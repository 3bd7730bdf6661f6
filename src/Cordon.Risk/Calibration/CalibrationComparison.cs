namespace Cordon.Risk.Calibration;

/// <summary>One record scored under the weights in force and under candidate weights.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="ScoreBefore">Score under the weights in force.</param>
/// <param name="LevelBefore">Level under the weights in force.</param>
/// <param name="ScoreAfter">Score under the candidate weights.</param>
/// <param name="LevelAfter">Level under the candidate weights.</param>
/// <param name="Fraud">The analysts' decision when the record was decided (true: rejected or reported as fraud), null otherwise.</param>
public sealed record ScoreChange(string RecordId, int ScoreBefore, RiskLevel LevelBefore, int ScoreAfter, RiskLevel LevelAfter, bool? Fraud)
{
    /// <summary>True when the level differs.</summary>
    public bool LevelChanged => LevelBefore != LevelAfter;

    /// <summary>True when the record is flagged (high or critical) under the weights in force.</summary>
    public bool FlaggedBefore => LevelBefore >= RiskLevel.High;

    /// <summary>True when the record is flagged (high or critical) under the candidate weights.</summary>
    public bool FlaggedAfter => LevelAfter >= RiskLevel.High;
}

/// <summary>
/// How candidate weights would have done on an organisation's decided cases, against the weights in force: of the cases
/// decided fraud, how many each flags (high or critical: recall), and of those cleared, how many each flags (false alarms).
/// </summary>
/// <param name="Fraud">Decided cases rejected or reported as fraud.</param>
/// <param name="Cleared">Decided cases cleared.</param>
/// <param name="FraudFlaggedBefore">Fraud flagged under the weights in force.</param>
/// <param name="FraudFlaggedAfter">Fraud flagged under the candidate weights.</param>
/// <param name="ClearedFlaggedBefore">Cleared flagged under the weights in force (false alarms).</param>
/// <param name="ClearedFlaggedAfter">Cleared flagged under the candidate weights.</param>
/// <param name="LevelChanges">Decided cases whose level the candidate weights change.</param>
public sealed record DecidedFigures(int Fraud, int Cleared, int FraudFlaggedBefore, int FraudFlaggedAfter, int ClearedFlaggedBefore, int ClearedFlaggedAfter, int LevelChanges)
{
    /// <summary>Share of fraud flagged under the weights in force (0 without fraud).</summary>
    public double RecallBefore => Share(FraudFlaggedBefore, Fraud);

    /// <summary>Share of fraud flagged under the candidate weights.</summary>
    public double RecallAfter => Share(FraudFlaggedAfter, Fraud);

    /// <summary>Share of cleared cases flagged under the weights in force.</summary>
    public double FalseAlarmsBefore => Share(ClearedFlaggedBefore, Cleared);

    /// <summary>Share of cleared cases flagged under the candidate weights.</summary>
    public double FalseAlarmsAfter => Share(ClearedFlaggedAfter, Cleared);

    /// <summary>Of the flagged, the share decided fraud, under the weights in force (0 when none is flagged).</summary>
    public double PrecisionBefore => Share(FraudFlaggedBefore, FraudFlaggedBefore + ClearedFlaggedBefore);

    /// <summary>Of the flagged, the share decided fraud, under the candidate weights.</summary>
    public double PrecisionAfter => Share(FraudFlaggedAfter, FraudFlaggedAfter + ClearedFlaggedAfter);

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>A rule's points in force and in the candidate weights.</summary>
/// <param name="Code">Rule code.</param>
/// <param name="InForce">Points in force.</param>
/// <param name="Candidate">Points of the candidate.</param>
public sealed record WeightChange(string Code, double InForce, double Candidate)
{
    /// <summary>Candidate minus in force.</summary>
    public double Difference => Math.Round(Candidate - InForce, 1);
}

/// <summary>
/// Compares candidate weights with the weights in force on the same evidence (each signal keeps its share of its rule's
/// points; <see cref="RiskEngine.Reweighed"/>): per record, on an organisation's decided cases, and per rule. Pure: no I/O.
/// </summary>
public static class CalibrationComparison
{
    /// <summary>Scores every assessment under both weights.</summary>
    /// <param name="assessments">Assessments made under <paramref name="inForce"/>, with the decision when known.</param>
    /// <param name="inForce">The weights they were made with.</param>
    /// <param name="candidate">The candidate weights.</param>
    /// <returns>One change per assessment, in order (level unchanged included).</returns>
    public static IReadOnlyList<ScoreChange> Rescore(IReadOnlyList<(Assessment Assessment, bool? Fraud)> assessments, RiskConfiguration inForce, RiskConfiguration candidate)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(inForce);
        ArgumentNullException.ThrowIfNull(candidate);
        var engine = new RiskEngine(candidate, RiskContext.Empty);
        return [.. assessments.Select(a =>
        {
            var after = engine.Reweighed(a.Assessment, inForce);
            return new ScoreChange(a.Assessment.Id, a.Assessment.Score, a.Assessment.Level, after.Score, after.Level, a.Fraud);
        })];
    }

    /// <summary>The before/after figures of decided cases.</summary>
    /// <param name="decided">Decided cases' assessments, made under <paramref name="inForce"/>, with their labels.</param>
    /// <param name="inForce">The weights in force.</param>
    /// <param name="candidate">The candidate weights.</param>
    /// <returns>The figures and each decided case's scores.</returns>
    public static (DecidedFigures Figures, IReadOnlyList<ScoreChange> Cases) OnDecided(IReadOnlyList<LabelledAssessment> decided, RiskConfiguration inForce, RiskConfiguration candidate)
    {
        ArgumentNullException.ThrowIfNull(decided);
        var changes = Rescore([.. decided.Select(d => (d.Assessment, (bool?)d.Fraud))], inForce, candidate);
        var fraud = changes.Where(c => c.Fraud == true).ToList();
        var cleared = changes.Where(c => c.Fraud == false).ToList();
        var figures = new DecidedFigures(
            fraud.Count,
            cleared.Count,
            fraud.Count(c => c.FlaggedBefore),
            fraud.Count(c => c.FlaggedAfter),
            cleared.Count(c => c.FlaggedBefore),
            cleared.Count(c => c.FlaggedAfter),
            changes.Count(c => c.LevelChanged));
        return (figures, changes);
    }

    /// <summary>Every weighed rule's points in force and in the candidate, largest change first, then by code.</summary>
    /// <param name="inForce">The weights in force.</param>
    /// <param name="candidate">The candidate weights.</param>
    /// <returns>One row per rule either configuration weighs.</returns>
    public static IReadOnlyList<WeightChange> Weights(RiskConfiguration inForce, RiskConfiguration candidate)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        ArgumentNullException.ThrowIfNull(candidate);
        return [.. inForce.RulePoints.Keys.Union(candidate.RulePoints.Keys, StringComparer.Ordinal)
            .Select(code => new WeightChange(code, inForce.PointsOf(code), candidate.PointsOf(code)))
            .OrderByDescending(w => Math.Abs(w.Difference))
            .ThenBy(w => w.Code, StringComparer.Ordinal)];
    }
}
