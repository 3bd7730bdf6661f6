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
        var command = new Command("evaluate", "Precision, recall, F1 and confusion matrices of the matcher on the labelled evaluation set") { evalFolder, listsFolder, threshold, pairsOnly, saveBaseline };
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

            var matcher = Matcher.Default;
            ScreeningIndex? index = null;
            if (!parse.GetValue(pairsOnly))
            {
                var root = parse.GetValue(listsFolder)!;
                var paths = EvaluationSet.ListFolders.Select(f => Path.Combine(root, f)).ToList();
                var missing = paths.Where(p => !Directory.Exists(p)).ToList();
                if (missing.Count > 0)
                {
                    throw new UserInputException($"list folder(s) not found: {string.Join(", ", missing)}; give --lists or --pairs-only.");
                }

                index = Terminal.Progress.Status().Start("Loading lists…", _ => matcher.BuildIndex(ListFiles.Load(paths).SelectMany(s => s.Entities)));
            }

            var report = Terminal.Progress.Status().Start("Evaluating…", _ => MatchEvaluator.Run(matcher, index, set, parse.GetValue(threshold)));
            Console.WriteLine(EvaluationReportRenderer.Render(report));
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
}
