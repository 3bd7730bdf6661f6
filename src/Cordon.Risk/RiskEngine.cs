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
        var findings = Evaluate(records, progress);
        var results = new Assessment[findings.Count];
        Run(findings.Count, i => results[i] = Score(findings[i]));
        return results;
    }

    /// <summary>
    /// Runs the rules over records together (cross-record signals are found within the batch) and returns what each
    /// record's rules found, in the order of <paramref name="records"/>, not yet scored: outside evidence (matches with
    /// partners' indicators, network facts) is added before the one scoring (<see cref="Score"/>).
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="progress">Receives the number of records evaluated so far (from worker threads, every few records).</param>
    public IReadOnlyList<RuleFindings> Evaluate(IReadOnlyList<ApplicationRecord> records, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var batch = new BatchIndex(records);
        var results = new RuleFindings[records.Count];
        var done = 0;
        Run(records.Count, i =>
        {
            results[i] = Find(records[i], i, batch, null);
            var count = Interlocked.Increment(ref done);
            if (progress is not null && (count % 64 == 0 || count == records.Count))
            {
                progress.Report(count);
            }
        });

        // Second pass for rules that read other records' results (referral chains): only records referred by another of the batch.
        if (_referralRuleOn)
        {
            var firstPass = results.Select(f => Standing(f, [])).ToArray();
            var again = Enumerable.Range(0, records.Count)
                .Where(i => records[i].ReferredBy is { } referrer && batch.IndexOf(referrer) is var j && j >= 0 && j != i && firstPass[j].Level >= RiskLevel.High)
                .ToArray();
            Run(again.Length, k => results[again[k]] = Find(records[again[k]], again[k], batch, firstPass));
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

    private RuleFindings Find(ApplicationRecord record, int index, BatchIndex batch, IReadOnlyList<(int Score, RiskLevel Level)>? firstPass)
    {
        var input = new RuleInput(record, index, _context, _configuration, batch) { FirstPass = firstPass };
        var signals = new List<Signal>();
        var advice = new List<string>();
        var failures = new List<string>();
        var supportingOnly = true;
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
            supportingOnly &= info.SupportingOnly;
            if (!advice.Contains(rule.Advice))
            {
                advice.Add(rule.Advice);
            }
        }

        return new RuleFindings(record.Id, signals, advice, failures, supportingOnly);
    }

    /// <summary>
    /// The record's own standing: the score and level of its rules' findings with <paramref name="outside"/> evidence
    /// (e.g. matches with partners' indicators), without any network signals. This is what other members of its network
    /// group learn about it, and what the referral rule reads of a referrer.
    /// </summary>
    /// <param name="findings">What the rules found, from this engine.</param>
    /// <param name="outside">Signals from outside the record (never of the <c>network</c> family).</param>
    public (int Score, RiskLevel Level) Standing(RuleFindings findings, IReadOnlyList<Signal> outside)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(outside);
        var signals = outside.Count == 0 ? [.. findings.Signals] : findings.Signals.Concat(outside).ToList();
        signals.Sort(Strongest);
        return Clamp(Total(signals), findings.SupportingOnly && outside.Count == 0);
    }

    /// <summary>
    /// Scores a record once, from everything gathered about it: what its rules found, signals from outside the record
    /// (matches with partners' shared indicators, family <c>intelligence</c>) and the signals it takes from its network
    /// group (family <c>network</c>, see <paramref name="network"/>). Families are capped and decayed as configured;
    /// supporting-only rules never raise the level on their own; advice follows the signals, the advice to report to
    /// IC3 comes before the advice on linked accounts when the record's own evidence is already high.
    /// </summary>
    /// <param name="findings">What the record's rules found, from this engine.</param>
    /// <param name="outside">Outside signals, each of a family the configuration knows (not <c>network</c>); empty when none.</param>
    /// <param name="networkSignals">Signals from the record's network group; empty when none.</param>
    /// <param name="network">The record's group and what links it; null when it is linked to no other record (or linking was not run).</param>
    /// <returns>The assessment.</returns>
    public Assessment Score(RuleFindings findings, IReadOnlyList<Signal>? outside = null, IReadOnlyList<Signal>? networkSignals = null, NetworkContext? network = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        outside ??= [];
        networkSignals ??= [];
        var signals = new List<Signal>(findings.Signals.Count + outside.Count + networkSignals.Count);
        signals.AddRange(findings.Signals);
        signals.AddRange(outside);
        signals.AddRange(networkSignals);
        signals.Sort(Strongest);
        var (score, level) = Clamp(Total(signals), findings.SupportingOnly && outside.Count == 0 && networkSignals.Count == 0);
        var advice = findings.Advice.ToList();
        if (networkSignals.Count > 0)
        {
            if (Standing(findings, outside).Level >= RiskLevel.High && !advice.Contains(Advice.ReportIc3))
            {
                advice.Add(Advice.ReportIc3);
            }

            if (!advice.Contains(Advice.LinkedAccounts))
            {
                advice.Add(Advice.LinkedAccounts);
            }
        }

        if (level >= RiskLevel.High && !advice.Contains(Advice.ReportIc3))
        {
            advice.Add(Advice.ReportIc3);
        }

        var summary = Summarise(score, level, signals);
        if (findings.Failures.Count > 0)
        {
            summary += " Not evaluated: " + string.Join("; ", findings.Failures) + ".";
        }

        return new Assessment(findings.RecordId, score, level, signals, advice, summary, Version) { Network = network };
    }

    private static int Strongest(Signal a, Signal b) => b.Points != a.Points ? b.Points.CompareTo(a.Points) : string.CompareOrdinal(a.Code, b.Code);

    /// <summary>Supporting-only signals never raise the level on their own.</summary>
    private (int Score, RiskLevel Level) Clamp(int score, bool supportingOnly) =>
        supportingOnly && score >= _configuration.MediumThreshold
            ? (_configuration.MediumThreshold - 1, RiskLevel.Low)
            : (score, _configuration.LevelOf(score));

    /// <summary>The assessment with its signals replaced, sorted, scored, levelled, advised and summarised again.</summary>
    private Assessment Rescored(Assessment assessment, IEnumerable<Signal> replacement)
    {
        var signals = replacement.ToList();
        signals.Sort(Strongest);
        var score = Total(signals);
        var level = _configuration.LevelOf(score);
        var advice = assessment.Recommendations.ToList();

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
        var score = Total(own);
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
        return Rescored(assessment, signals) with { EngineVersion = Version };
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

    private int Total(List<Signal> sortedSignals) =>
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
