using System.CommandLine;
using System.Globalization;
using Cordon.Risk;
using Cordon.Risk.Evaluation;
using Cordon.Risk.Synthetic;
using Cordon.Screening;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon risk …</c>: the rules, the labelled synthetic population and the risk evaluation.</summary>
internal static class RiskCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("risk", "Risk rules, the labelled synthetic population and the risk evaluation");
        command.Subcommands.Add(Rules(global));
        command.Subcommands.Add(Generate());
        command.Subcommands.Add(Evaluate(global));
        return command;
    }

    private static Command Rules(GlobalOptions global)
    {
        var command = new Command("rules", "List the risk rules with their codes, families, points and sources");
        command.SetAction((parse, _) => CommandErrors.RunAsync(() =>
        {
            var engine = AssessmentService.CreateEngine(global.LoadRiskSetup(parse), null, new HashSet<string>(), TimeProvider.System);
            // Tab-separated lines rather than a table: titles are long and the list is meant to be read or piped whole.
            Console.WriteLine("code\tfamily\tpoints\tsource\ttitle");
            foreach (var rule in engine.Rules)
            {
                Console.WriteLine(string.Join('\t', rule.Code, rule.Family, engine.Configuration.PointsOf(rule.Code).ToString("0.#", CultureInfo.InvariantCulture), rule.Source, rule.Title));
            }
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Generate()
    {
        var count = new Option<int>("--count") { Description = "Records to generate", DefaultValueFactory = _ => PopulationGenerator.DefaultCount };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same bytes)", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var output = new Option<string>("--output") { Description = "JSON Lines of application records", Required = true };
        var labels = new Option<string>("--labels") { Description = "CSV of labels: id,fraud,group_id,scenario", Required = true };
        var command = new Command("generate", "Write the labelled synthetic applicant population") { count, seed, output, labels };
        command.SetAction((parse, _) => CommandErrors.RunAsync(() =>
        {
            if (parse.GetValue(count) < 1)
            {
                throw new UserInputException("--count must be at least 1.");
            }

            var population = PopulationGenerator.Write(parse.GetValue(output)!, parse.GetValue(labels)!, parse.GetValue(count), parse.GetValue(seed));
            var fraud = population.Applications.Count(a => a.Label.Fraud);
            Console.Error.WriteLine($"{population.Applications.Count} records written ({fraud} fraudulent, {population.Applications.Count - fraud} legitimate).");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Evaluate(GlobalOptions global)
    {
        var count = new Option<int>("--count") { Description = "Size of the generated population", DefaultValueFactory = _ => PopulationGenerator.DefaultCount };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var lists = new Option<string[]>("--list") { Description = "Sanctions list files or folders to screen names against (repeatable; default: the bundled OFAC SDN and UN lists)", AllowMultipleArgumentsPerToken = false };
        var command = new Command("evaluate", "Assess the labelled synthetic population and report precision and recall of high+critical, false positives and fairness") { count, seed, lists };
        command.SetAction((parse, _) => CommandErrors.RunAsync(() =>
        {
            var setup = global.LoadRiskSetup(parse, bundledByDefault: true);
            var listPaths = parse.GetValue(lists) ?? [];
            var bundled = Path.Combine(AppContext.BaseDirectory, "lists");
            if (listPaths.Length == 0 && Directory.Exists(bundled))
            {
                // Sanctions matches are part of what is measured; without --list the bundled OFAC SDN and UN lists stand in.
                listPaths = [bundled];
            }

            var entities = listPaths.Length == 0 ? [] : ListFiles.Load(listPaths).SelectMany(s => s.Entities).ToList();
            var sanctions = entities.Count == 0 ? null : Matching.Matcher.Default.BuildIndex(entities);
            var engine = AssessmentService.CreateEngine(setup, sanctions, RiskContext.WalletsOf(entities), TimeProvider.System);
            var population = Terminal.Progress.Status().Start("Generating the population…", _ => PopulationGenerator.Generate(parse.GetValue(count), parse.GetValue(seed)));
            var records = population.Applications.Select(a => a.Json).ToList();
            var outcomes = Terminal.Progress.Status().Start($"Assessing {records.Count:N0} records…", _ => AssessmentService.Assess(engine, records));
            var rejected = outcomes.Count(o => o.Assessment is null);
            if (rejected > 0)
            {
                throw new UserInputException($"{rejected} generated record(s) were rejected by the reader; the generator and the schema disagree.");
            }

            var report = RiskEvaluator.Evaluate(outcomes.Select(o => o.Assessment!).ToList(), population.Labels, FairnessCohorts.FromJsonLines(records));
            Console.WriteLine(EvaluationTextRenderer.Render(report));
            if (!report.MeetsTargets)
            {
                CommandErrors.Error($"targets missed: precision {report.Precision:0.000} (target {RiskEvaluator.TargetPrecision}), recall {report.Recall:0.000} (target {RiskEvaluator.TargetRecall}).");
                return Task.FromResult(1);
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
