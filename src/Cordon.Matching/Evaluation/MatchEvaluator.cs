using System.Diagnostics;
using Cordon.Core;

namespace Cordon.Matching.Evaluation;

/// <summary>
/// Measures a matcher against the labelled evaluation set. Pure: it takes the parsed rows and a scoring or screening
/// function and returns the figures; loading lists and files is the caller's business.
/// </summary>
/// <remarks>
/// Correctness of a list query: the query is correct when one of the results at or above the threshold, within the
/// first <c>limit</c>, is one of the query's expected entries. Expected entries list the target and its copies in
/// other lists (the CSL repeats each SDN entry; the UN lists many DPRK persons the SDN also lists), so finding the
/// same person through another list counts as finding it. A clean query is correct when nothing reaches the threshold.
/// </remarks>
public static class MatchEvaluator
{
    /// <summary>Results looked at per query, as an analyst's first screen would show them.</summary>
    public const int DefaultLimit = 5;

    /// <summary>Runs the whole evaluation with a matcher and, when given, an index over the loaded lists.</summary>
    /// <param name="matcher">The matcher whose <see cref="Matcher.CompareNames"/> scores the pairs.</param>
    /// <param name="index">The index the queries and clean names are screened against; null to score the pairs only.</param>
    /// <param name="set">The evaluation set.</param>
    /// <param name="threshold">The decision threshold; the matcher's default when null.</param>
    /// <param name="limit">Results looked at per query.</param>
    /// <returns>The report.</returns>
    public static EvaluationReport Run(Matcher matcher, ScreeningIndex? index, EvaluationSet set, double? threshold = null, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(set);
        var t = threshold ?? matcher.DefaultThreshold;
        var pairs = EvaluatePairs(set.NamePairs, matcher.CompareNames, t);
        if (index is null)
        {
            return new EvaluationReport(matcher.Algorithm, t, 0, pairs, null, null);
        }

        var screen = ScreenWith(index, t, limit);
        var queries = EvaluateQueries(set.Queries, screen, t, limit);
        var clean = EvaluateCleanNames(set.CleanNames, screen, t);
        return new EvaluationReport(matcher.Algorithm, t, index.EntityCount, pairs, queries, clean);
    }

    /// <summary>
    /// Runs the evaluation from files: reads the set in <paramref name="evalFolder"/>, loads every folder of
    /// <see cref="EvaluationSet.ListFolders"/> under <paramref name="listsFolder"/> with <paramref name="loadList"/>
    /// (the list loader; this assembly does not read list formats), builds the matcher's index and runs.
    /// </summary>
    /// <param name="evalFolder">The folder holding the evaluation files (<c>eval/</c>).</param>
    /// <param name="listsFolder">The folder holding the list folders (<c>../shared/data/lists</c>).</param>
    /// <param name="loadList">Reads one list folder into its entries.</param>
    /// <param name="matcher">The matcher; <see cref="Matcher.Default"/> when null.</param>
    /// <param name="threshold">The decision threshold; the matcher's default when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="EvaluationFileException">An evaluation file is missing or broken.</exception>
    public static EvaluationReport RunFromFiles(
        string evalFolder, string listsFolder, Func<string, IEnumerable<ListedEntity>> loadList, Matcher? matcher = null, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(loadList);
        var set = EvaluationSet.Load(evalFolder);
        var entities = EvaluationSet.ListFolders.SelectMany(folder => loadList(Path.Combine(listsFolder, folder))).ToList();
        var m = matcher ?? Matcher.Default;
        return Run(m, m.BuildIndex(entities), set, threshold);
    }

    /// <summary>Adapts a screening index to the evaluator: screens with the given threshold and limit.</summary>
    /// <param name="index">The index.</param>
    /// <param name="threshold">The threshold passed to <see cref="ScreeningIndex.Screen"/>.</param>
    /// <param name="limit">The limit passed to <see cref="ScreeningIndex.Screen"/>.</param>
    /// <returns>A screening function.</returns>
    public static Func<ScreeningSubject, IReadOnlyList<EvaluationHit>> ScreenWith(ScreeningIndex index, double threshold, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(index);
        return subject => index.Screen(subject, limit, threshold)
            .Select(m => new EvaluationHit(new EntityKey(m.Entity.ListId, m.Entity.SourceId), m.MatchedName, m.Score))
            .ToList();
    }

    /// <summary>Scores every pair and counts the decisions at <paramref name="threshold"/>.</summary>
    /// <param name="pairs">The labelled pairs.</param>
    /// <param name="score">Scores two names of a kind, 0–1 (usually <see cref="Matcher.CompareNames"/>).</param>
    /// <param name="threshold">A score at or above this is a match.</param>
    /// <returns>The counts, per category, and the wrongly decided pairs.</returns>
    public static PairEvaluation EvaluatePairs(IReadOnlyList<LabelledNamePair> pairs, Func<string, string, SubjectKind, double> score, double threshold)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(score);
        var matrix = default(ConfusionMatrix);
        var byCategory = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        var errors = new List<PairOutcome>();
        var timings = new List<double>(pairs.Count);
        foreach (var pair in pairs)
        {
            var started = Stopwatch.GetTimestamp();
            var s = score(pair.Name1, pair.Name2, pair.Kind);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var decided = s >= threshold;
            matrix = matrix.Add(pair.IsMatch, decided);
            byCategory[pair.Category] = byCategory.GetValueOrDefault(pair.Category).Add(pair.IsMatch, decided);
            if (decided != pair.IsMatch)
            {
                errors.Add(new PairOutcome(pair, s, decided));
            }
        }

        return new PairEvaluation(threshold, matrix, byCategory, errors, TimingSummary.Of(timings));
    }

    /// <summary>Screens every query and checks the results against the expected entries.</summary>
    /// <param name="queries">The labelled queries.</param>
    /// <param name="screen">Screens one subject and returns its results, best first.</param>
    /// <param name="threshold">Results below this are ignored (whatever <paramref name="screen"/> returns).</param>
    /// <param name="limit">Only the first this many results count.</param>
    /// <returns>The counts, per category, and the queries answered wrongly.</returns>
    public static QueryEvaluation EvaluateQueries(
        IReadOnlyList<LabelledQuery> queries,
        Func<ScreeningSubject, IReadOnlyList<EvaluationHit>> screen,
        double threshold,
        int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var matrix = default(ConfusionMatrix);
        var byCategory = new SortedDictionary<string, ConfusionMatrix>(StringComparer.Ordinal);
        var errors = new List<QueryOutcome>();
        var timings = new List<double>(queries.Count);
        var rankOne = 0;
        var wrongOnly = 0;
        foreach (var query in queries)
        {
            var hits = Screen(screen, query.Subject, threshold, limit, timings);
            var expected = query.Expected.ToHashSet();
            int? rank = null;
            for (var i = 0; i < hits.Count; i++)
            {
                if (expected.Contains(hits[i].Entity))
                {
                    rank = i + 1;
                    break;
                }
            }

            var outcome = new QueryOutcome(query, hits, rank);
            var decided = query.IsListed ? rank is not null : hits.Count > 0;
            matrix = matrix.Add(query.IsListed, decided);
            byCategory[query.Category] = byCategory.GetValueOrDefault(query.Category).Add(query.IsListed, decided);
            if (query.IsListed && rank == 1)
            {
                rankOne++;
            }

            if (query.IsListed && rank is null && hits.Count > 0)
            {
                wrongOnly++;
            }

            if (!outcome.IsCorrect || (query.IsListed && rank != 1))
            {
                errors.Add(outcome);
            }
        }

        return new QueryEvaluation(threshold, limit, matrix, rankOne, wrongOnly, byCategory, errors, TimingSummary.Of(timings));
    }

    /// <summary>Screens every clean name; any result at or above the threshold is a false match.</summary>
    /// <param name="names">The clean names.</param>
    /// <param name="screen">Screens one subject and returns its results, best first.</param>
    /// <param name="threshold">Results below this are ignored.</param>
    /// <returns>The false matches and the rate per 1,000.</returns>
    public static CleanNameEvaluation EvaluateCleanNames(IReadOnlyList<CleanName> names, Func<ScreeningSubject, IReadOnlyList<EvaluationHit>> screen, double threshold)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(screen);
        var matches = new List<CleanNameMatch>();
        var timings = new List<double>(names.Count);
        foreach (var name in names)
        {
            var hits = Screen(screen, new ScreeningSubject { Name = name.Name, Kind = name.Kind }, threshold, 1, timings);
            if (hits.Count > 0)
            {
                matches.Add(new CleanNameMatch(name, hits[0]));
            }
        }

        return new CleanNameEvaluation(threshold, names.Count, matches, TimingSummary.Of(timings));
    }

    private static List<EvaluationHit> Screen(
        Func<ScreeningSubject, IReadOnlyList<EvaluationHit>> screen, ScreeningSubject subject, double threshold, int limit, List<double> timings)
    {
        var started = Stopwatch.GetTimestamp();
        var raw = screen(subject);
        timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return raw.Where(h => h.Score >= threshold).OrderByDescending(h => h.Score).Take(limit).ToList();
    }
}
