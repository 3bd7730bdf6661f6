using System.CommandLine;
using Cordon.Matching;
using Cordon.Matching.Evaluation;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon evaluate</c>: accuracy of the matcher on the labelled set, against the recorded baseline and the product's bars.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var evalFolder = new Option<string>("--eval") { Description = "Folder with name-pairs.csv, list-queries.csv, clean-names.csv and baseline.json (default ./eval)", DefaultValueFactory = _ => "eval" };
        var listsFolder = new Option<string>("--lists") { Description = "Folder holding the shared list folders (default ../shared/data/lists)", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "lists") };
        var threshold = new Option<double?>("--threshold") { Description = "Threshold to evaluate at (default: the matcher's recommended one)" };
        var pairsOnly = new Option<bool>("--pairs-only") { Description = "Evaluate only the name pairs (no lists needed)" };
        var saveBaseline = new Option<bool>("--save-baseline") { Description = "Record this run as the new baseline (eval/baseline.json)" };
        var algorithm = AlgorithmOption.Create();
        var sideBySide = new Option<bool>("--side-by-side") { Description = "Also score every registered algorithm on every pair set (eval/name-pairs.csv, eval/cross-list dev and held-out), per type and script, at the default and the best threshold, and on the list queries and clean names" };
        var command = new Command("evaluate", "Precision, recall, F1 and confusion matrices of the matcher on the labelled evaluation set") { evalFolder, listsFolder, threshold, pairsOnly, saveBaseline, algorithm, sideBySide };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(() =>
        {
            var folder = parse.GetValue(evalFolder)!;
            EvaluationSet set;
            try
            {
                set = EvaluationSet.Load(folder);
            }
            catch (EvaluationFileException e)
            {
                throw new UserInputException(e.Message);
            }

            var matcher = AlgorithmOption.Resolve(parse, algorithm);
            ScreeningIndex? index = null;
            List<Core.ListedEntity>? entities = null;
            if (!parse.GetValue(pairsOnly))
            {
                var root = parse.GetValue(listsFolder)!;
                var paths = EvaluationSet.ListFolders.Select(f => Path.Combine(root, f)).ToList();
                var missing = paths.Where(p => !Directory.Exists(p)).ToList();
                if (missing.Count > 0)
                {
                    throw new UserInputException($"list folder(s) not found: {string.Join(", ", missing)}; give --lists or --pairs-only.");
                }

                entities = Terminal.Progress.Status().Start("Loading lists…", _ => ListFiles.Load(paths).SelectMany(s => s.Entities).ToList());
                index = matcher.BuildIndex(entities);
            }

            var report = Terminal.Progress.Status().Start("Evaluating…", _ => MatchEvaluator.Run(matcher, index, set, parse.GetValue(threshold)));
            Console.WriteLine(EvaluationReportRenderer.Render(report));
            if (parse.GetValue(sideBySide))
            {
                Console.WriteLine(Terminal.Progress.Status().Start("Comparing algorithms…", _ => SideBySide(folder, set, entities, index)));
            }

            var baselinePath = Path.Combine(folder, EvaluationSet.BaselineFile);
            if (parse.GetValue(saveBaseline))
            {
                EvaluationBaseline.From(report).Save(baselinePath);
                Console.WriteLine($"Baseline recorded in {baselinePath}.");
                return Task.FromResult(0);
            }

            var problems = AccuracyBars.Failures(report).ToList();
            if (File.Exists(baselinePath))
            {
                problems.AddRange(EvaluationBaseline.Load(baselinePath).Regressions(report));
            }

            foreach (var problem in problems)
            {
                CommandErrors.Error(problem);
            }

            return Task.FromResult(problems.Count == 0 ? 0 : 1);
        }));
        return command;
    }

    /// <summary>
    /// Every registered algorithm on every pair set, per group, and — when the lists are loaded — on the list queries
    /// and clean names at its default threshold.
    /// </summary>
    private static string SideBySide(string folder, EvaluationSet set, List<Core.ListedEntity>? entities, ScreeningIndex? built)
    {
        var sets = new List<(string, IReadOnlyList<LabelledNamePair>)> { ("eval/name-pairs", set.NamePairs) };
        foreach (var part in new[] { "dev", "heldout" })
        {
            var path = Path.Combine(folder, "cross-list", part + "-pairs.csv");
            if (File.Exists(path))
            {
                try
                {
                    sets.Add(("cross-list/" + part, EvaluationSet.ReadNamePairs(path)));
                }
                catch (EvaluationFileException e)
                {
                    throw new UserInputException(e.Message);
                }
            }
        }

        var matchers = MatchingAlgorithms.Names.Select(MatchingAlgorithms.Get).ToList();
        var text = new System.Text.StringBuilder(AlgorithmComparison.Render(AlgorithmComparison.Run(matchers, sets)));
        if (entities is null)
        {
            return text.ToString();
        }

        text.Append("\nList queries and clean names at each algorithm's default threshold\n");
        foreach (var m in matchers)
        {
            var index = built is not null && built.Matcher.Algorithm == m.Algorithm ? built : m.BuildIndex(entities);
            var r = MatchEvaluator.Run(m, index, set);
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  {m.Algorithm}: query recall {r.Queries!.Matrix.Recall:0.0000}, rank 1 {r.Queries.RankOneRate:0.0000}, clean queries matched {r.Queries.Matrix.FalsePositives}, clean-name false matches {r.CleanNames!.FalseMatches.Count} of {r.CleanNames.Screened} ({r.CleanNames.FalseMatchesPerThousand:0.00} per 1,000), pairs F1 {r.Pairs.Matrix.F1:0.0000}\n");
        }

        return text.ToString();
    }
}
