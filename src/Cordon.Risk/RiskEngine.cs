using System.Globalization;
using Cordon.Risk.Rules;

namespace Cordon.Risk;

/// <summary>
/// Scores application records against the published DPRK IT-worker red flags, signal by signal, with evidence and advice.
/// Build one engine and reuse it: it holds no per-record state and is safe to use from several threads.
/// </summary>
public sealed class RiskEngine
{
    /// <summary>The current scoring algorithm's name; a new version never silently changes old results.</summary>
    /// <remarks>v3 (issue 15): points are fitted weights of evidence (log-odds), see <see cref="RiskConfiguration.Model"/>.</remarks>
    public const string CurrentVersion = "cordon-risk-v3";

    private readonly RiskConfiguration _configuration;
    private readonly RiskContext _context;
    private readonly RuleDefinition[] _rules;
    private readonly bool _referralRuleOn;

    /// <summary>Creates an engine.</summary>
    /// <param name="configuration">Weights, caps, thresholds and enabled rules.</param>
    /// <param name="context">External data: IP intelligence, indicators, sanctions index, clock.</param>
    public RiskEngine(RiskConfiguration configuration, RiskContext context)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(context);
        _configuration = configuration;
        _context = context;
        _rules = RuleCatalog.All.Where(r => configuration.IsEnabled(r.Info.Code)).ToArray();
        _referralRuleOn = configuration.IsEnabled("HIR-REFERRAL-CHAIN");
        Rules = RuleCatalog.All.Select(r => r.Info with { DefaultPoints = configuration.PointsOf(r.Info.Code) }).ToArray();
        Version = configuration.Version;
    }

    /// <summary>
    /// The version written into every assessment: that of the weights in use (<see cref="RiskConfiguration.Version"/>,
    /// e.g. <c>cordon-risk-v3</c>, or <c>cordon-risk-v3+org-2026-12-03</c> for an organisation's calibrated weights).
    /// </summary>
    public string Version { get; }

    /// <summary>The configuration in use.</summary>
    public RiskConfiguration Configuration => _configuration;

    /// <summary>Every rule (enabled or not), with the points the configuration gives it.</summary>
    public IReadOnlyList<RiskRuleInfo> Rules { get; }

    /// <summary>Assesses one record on its own (cross-record rules see only this record).</summary>
    public Assessment Assess(ApplicationRecord record) => AssessBatch([record])[0];

    /// <summary>
    /// Assesses records together: cross-record signals (shared devices, IPs, payout accounts, photos, résumés, shipping
    /// addresses) are computed within the batch. Results are in the order of <paramref name="records"/>.
    /// </summary>
    public IReadOnlyList<Assessment> AssessBatch(IReadOnlyList<ApplicationRecord> records) => AssessBatch(records, null);

    /// <summary>
    /// As <see cref="AssessBatch(IReadOnlyList{ApplicationRecord})"/>, reporting the number of records assessed so far
    /// to <paramref name="progress"/> (from worker threads, every few records).
    /// </summary>
    public IReadOnlyList<Assessment> AssessBatch(IReadOnlyList<ApplicationRecord> records, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(records);
        var batch = new BatchIndex(records);
        var results = new Assessment[records.Count];
        var done = 0;
        Run(records.Count, i =>
        {
            results[i] = AssessOne(records[i], i, batch, null);
            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 64 == 0 || count == records.Count))
            {
                progress.Report(count);
            }
        });

        // Second pass for rules that read other records' results (referral chains): only records referred by another of the batch.
        if (_referralRuleOn)
        {
            var firstPass = (Assessment[])results.Clone();
            var again = Enumerable.Range(0, records.Count)
                .Where(i => records[i].ReferredBy is { } referrer && batch.IndexOf(referrer) is var j && j >= 0 && j != i && firstPass[j].Level >= RiskLevel.High)
                .ToArray();
            Run(again.Length, k => results[again[k]] = AssessOne(records[again[k]], again[k], batch, firstPass));
        }

        return results;
    }

    private static void Run(int count, Action<int> body)
    {
        if (count >= 256)
        {
            Parallel.For(0, count, body);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
        }
    }

    private Assessment AssessOne(ApplicationRecord record, int index, BatchIndex batch, IReadOnlyList<Assessment>? firstPass)
    {
        var input = new RuleInput(record, index, _context, _configuration, batch) { FirstPass = firstPass };
        var signals = new List<Signal>();
        var advice = new List<string>();
        var supporting = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var rule in _rules)
        {
            RuleHit? hit;
            try
            {
                hit = rule.Evaluate(input);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A failing lookup (a broken data file, a timed-out pattern) must not stop the batch: the rule is reported as not evaluated.
                failures.Add(rule.Info.Code + " (" + e.GetType().Name + ": " + e.Message + ")");
                continue;
            }

            if (hit is null)
            {
                continue;
            }

            var info = rule.Info;
            var points = Math.Round(_configuration.PointsOf(info.Code) * Math.Clamp(hit.Factor, 0, 1), 1);
            signals.Add(new Signal(info.Code, info.Title, info.Family, points, hit.Evidence, info.Source, hit.Explanation));
            if (info.SupportingOnly)
            {
                supporting.Add(info.Code);
            }

            if (!advice.Contains(rule.Advice))
            {
                advice.Add(rule.Advice);
            }
        }

        signals.Sort((a, b) => b.Points != a.Points ? b.Points.CompareTo(a.Points) : string.CompareOrdinal(a.Code, b.Code));
        var score = Score(signals);
        var level = _configuration.LevelOf(score);
        if (signals.TrueForAll(s => supporting.Contains(s.Code)) && score >= _configuration.MediumThreshold)
        {
            // Supporting-only signals never raise the level on their own.
            score = _configuration.MediumThreshold - 1;
            level = RiskLevel.Low;
        }

        if (level >= RiskLevel.High && !advice.Contains(Advice.ReportIc3))
        {
            advice.Add(Advice.ReportIc3);
        }

        var summary = Summarise(score, level, signals);
        if (failures.Count > 0)
        {
            summary += " Not evaluated: " + string.Join("; ", failures) + ".";
        }

        return new Assessment(record.Id, score, level, signals, advice, summary, Version);
    }

    /// <summary>
    /// The assessment of a record with the signals it takes from its network group added (family <c>network</c>, capped
    /// like every family), scored, levelled and summarised again, and <paramref name="network"/> attached.
    /// </summary>
    /// <param name="assessment">The record's own assessment, from this engine.</param>
    /// <param name="networkSignals">Signals from the group, each with its points and reason.</param>
    /// <param name="network">The group context; null leaves the assessment without one.</param>
    /// <returns>The combined assessment.</returns>
    public Assessment WithNetwork(Assessment assessment, IReadOnlyList<Signal> networkSignals, NetworkContext? network)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(networkSignals);
        if (networkSignals.Count == 0)
        {
            return assessment with { Network = network };
        }

        // A group never lowers a record's own score.
        var signals = assessment.Signals.Where(s => s.Family != Families.Network).Concat(networkSignals);
        return Rescored(assessment, signals, assessment.Score, Advice.LinkedAccounts) with { Network = network };
    }

    /// <summary>
    /// The assessment with the signals of one outside family (e.g. <c>intelligence</c>: matches with partners' shared
    /// indicators) put in place of any it had, scored (capped like every family), levelled and summarised again.
    /// </summary>
    /// <param name="assessment">An assessment from this engine.</param>
    /// <param name="family">The family the signals belong to (one of <see cref="RiskConfiguration.Families"/>).</param>
    /// <param name="familySignals">The signals, each with its points and reason.</param>
    /// <returns>The combined assessment; <paramref name="assessment"/> itself when there is nothing to add or replace.</returns>
    public Assessment WithFamilySignals(Assessment assessment, string family, IReadOnlyList<Signal> familySignals)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(familySignals);
        if (!RiskConfiguration.Families.Contains(family))
        {
            throw new ArgumentException($"'{family}' is not a risk family.", nameof(family));
        }

        if (familySignals.Any(s => s.Family != family))
        {
            throw new ArgumentException($"Every signal must belong to family '{family}'.", nameof(familySignals));
        }

        if (familySignals.Count == 0 && assessment.Signals.All(s => s.Family != family))
        {
            return assessment;
        }

        return Rescored(assessment, assessment.Signals.Where(s => s.Family != family).Concat(familySignals), int.MinValue);
    }

    /// <summary>The assessment with its signals replaced, sorted, scored (never below <paramref name="floor"/>), levelled, advised and summarised again.</summary>
    private Assessment Rescored(Assessment assessment, IEnumerable<Signal> replacement, int floor, params string[] advise)
    {
        var signals = replacement.ToList();
        signals.Sort((a, b) => b.Points != a.Points ? b.Points.CompareTo(a.Points) : string.CompareOrdinal(a.Code, b.Code));
        var score = Math.Max(floor, Score(signals));
        var level = _configuration.LevelOf(score);
        var advice = assessment.Recommendations.ToList();
        foreach (var line in advise.Where(a => !advice.Contains(a)))
        {
            advice.Add(line);
        }

        if (level >= RiskLevel.High && !advice.Contains(Advice.ReportIc3))
        {
            advice.Add(Advice.ReportIc3);
        }

        return assessment with
        {
            Score = score,
            Level = level,
            Signals = signals,
            Recommendations = advice,
            Summary = Summarise(score, level, signals),
        };
    }

    /// <summary>The score and level of an assessment from the record's own signals, without those it took from its network.</summary>
    /// <param name="assessment">An assessment from this engine.</param>
    /// <returns>The score and level.</returns>
    public (int Score, RiskLevel Level) OwnStanding(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Signals.All(s => s.Family != Families.Network))
        {
            return (assessment.Score, assessment.Level);
        }

        var own = assessment.Signals.Where(s => s.Family != Families.Network).ToList();
        var score = Score(own);
        return (score, _configuration.LevelOf(score));
    }

    /// <summary>
    /// An assessment made under <paramref name="previous"/> weights, scored again under this engine's: each signal keeps
    /// its evidence, reason and share of its rule's points (the strength the rule found), and takes this configuration's
    /// points for that share. Signals outside the configuration (network) keep their points. The record is not read again.
    /// </summary>
    /// <param name="assessment">The stored assessment.</param>
    /// <param name="previous">The configuration it was made with.</param>
    /// <returns>The assessment as this engine would score the same evidence, with this engine's version.</returns>
    public Assessment Reweighed(Assessment assessment, RiskConfiguration previous)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(previous);
        var signals = assessment.Signals.Select(s => SignalShare(s, previous) is { } share
            ? s with { Points = Math.Round(_configuration.PointsOf(s.Code) * share, 1) }
            : s);
        return Rescored(assessment, signals, int.MinValue) with { EngineVersion = Version };
    }

    /// <summary>
    /// The share (0–1) of its rule's points a signal earned under <paramref name="configuration"/>: the strength of the
    /// evidence the rule found, independent of the weights. Null for signals whose points the configuration does not set.
    /// </summary>
    /// <param name="signal">A signal.</param>
    /// <param name="configuration">The configuration that gave it its points.</param>
    /// <returns>The share, or null.</returns>
    public static double? SignalShare(Signal signal, RiskConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(configuration);
        var full = configuration.RulePoints.TryGetValue(signal.Code, out var p) ? p : 0;
        return full <= 0 ? null : Math.Clamp(signal.Points / full, 0, 1);
    }

    private int Score(List<Signal> sortedSignals) =>
        (int)Math.Clamp(Math.Round(Breakdown(sortedSignals).Sum(f => f.Counted), MidpointRounding.AwayFromZero), 0, 100);

    /// <summary>
    /// How the score is built, family by family: each family's signals strongest first, the n-th counting
    /// <see cref="RiskConfiguration.FamilyDecay"/>^(n-1) of its points, the family's total held at its cap. The score is the
    /// sum of what each family counts, rounded, at most 100. Families without a signal are left out.
    /// </summary>
    public IReadOnlyList<FamilyScore> Breakdown(IReadOnlyList<Signal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var sorted = signals.OrderByDescending(s => s.Points).ToList();
        var result = new List<FamilyScore>();
        foreach (var family in RiskConfiguration.Families)
        {
            var sum = 0.0;
            var weight = 1.0;
            var mine = new List<Signal>();
            foreach (var s in sorted)
            {
                if (s.Family != family)
                {
                    continue;
                }

                mine.Add(s);
                sum += s.Points * weight;
                weight *= _configuration.FamilyDecay;
            }

            if (mine.Count > 0)
            {
                var cap = _configuration.FamilyCaps.TryGetValue(family, out var c) ? c : 100;
                result.Add(new FamilyScore(family, mine, mine.Sum(x => x.Points), sum, cap, Math.Min(sum, cap)));
            }
        }

        return result;
    }

    private string Summarise(int score, RiskLevel level, List<Signal> signals)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"Score {score}/100, {RiskLevels.ToText(level)} risk") + (_configuration.Model is { } model ? " (" + model.Describe(score) + ")." : ".");
        if (signals.Count == 0)
        {
            return head + " No red flags found in the fields given.";
        }

        var parts = signals.Select(s => s.Title + " (" + s.Code + ", " + Text.N(s.Points) + " points): " + s.Explanation);
        return head + " " + signals.Count.ToString(CultureInfo.InvariantCulture) + " signal(s): " + string.Join(" ", parts);
    }
}
