using System.CommandLine;
using System.Globalization;
using Cordon.Networks;
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
        var count = new Option<int>("--count") { Description = "Size of the generated (own) population", DefaultValueFactory = _ => PopulationGenerator.DefaultCount };
        var seed = new Option<int>("--seed") { Description = "Random seed of the generated (own) population", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var lists = new Option<string[]>("--list") { Description = "Sanctions list files or folders to screen names against (repeatable; default: the bundled OFAC SDN and UN lists)", AllowMultipleArgumentsPerToken = false };
        var populations = new Option<string[]>("--population") { Description = "Population to evaluate: 'own' (the generator of Cordon.Risk.Synthetic) or the name of a folder under eval/populations (repeatable; default: all)", AllowMultipleArgumentsPerToken = false };
        var root = new Option<string?>("--populations-dir") { Description = "Folder of labelled populations (default: eval/populations here or in the nearest folder above)" };
        var errors = new Option<int>("--show-errors") { Description = "Also list up to N false alarms and N misses per population with their signals (for a tuning population only: never read a held-out population's errors)", DefaultValueFactory = _ => 0 };
        var command = new Command("evaluate", "Assess labelled populations and report, for each and for the worst, precision, recall, false alarms, ROC AUC, calibration and fairness against the targets of issue 15; exit 1 when any population misses one") { count, seed, lists, populations, root, errors };
        command.SetAction((parse, _) => CommandErrors.RunAsync(() =>
        {
            var folder = parse.GetValue(root) ?? LabelledPopulation.FindRoot(Directory.GetCurrentDirectory());
            var available = folder is null ? [] : LabelledPopulation.Discover(folder).ToDictionary(p => Path.GetFileName(p)!, StringComparer.Ordinal);
            var names = parse.GetValue(populations) is { Length: > 0 } asked ? asked : [LabelledPopulation.OwnName, .. available.Keys];
            foreach (var name in names.Where(n => n != LabelledPopulation.OwnName && !available.ContainsKey(n)))
            {
                throw new UserInputException($"--population {name}: no such population (known: {string.Join(", ", [LabelledPopulation.OwnName, .. available.Keys])}; folder {folder ?? "eval/populations not found"}).");
            }

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
            var reports = new List<(string Population, EvaluationReport Report)>();
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                var population = Terminal.Progress.Status().Start($"Loading {name}…", _ => name == LabelledPopulation.OwnName
                    ? LabelledPopulation.Own(parse.GetValue(count), parse.GetValue(seed))
                    : LoadPopulation(available[name]));
                // As the product assesses a batch: the record's own signals, then what its network group says about it.
                var outcomes = Terminal.Progress.Status().Start($"Assessing {population.Records.Count:N0} records of {name}…", _ =>
                    NetworkService.LinkWithinBatch(engine, AssessmentService.Assess(engine, population.Records), population.Records, NetworkLinkerOptions.For(setup.IpIntelligence)));
                var rejected = outcomes.Count(o => o.Assessment is null);
                var report = RiskEvaluator.Evaluate([.. outcomes.Where(o => o.Assessment is not null).Select(o => o.Assessment!)], population.Labels, FairnessCohorts.FromJsonLines(population.Records));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== Population {name}: {population.Records.Count:N0} records{(rejected > 0 ? $", {rejected} rejected by the reader" : string.Empty)}"));
                Console.WriteLine(EvaluationTextRenderer.Render(report));
                if (parse.GetValue(errors) is var shown and > 0)
                {
                    var assessed = outcomes.Where(o => o.Assessment is not null).Select(o => o.Assessment!).Where(a => population.Labels.ContainsKey(a.Id)).ToList();
                    foreach (var (title, wrong) in new[]
                    {
                        ("False alarms", assessed.Where(a => !population.Labels[a.Id].Fraud && RiskEvaluator.IsFlagged(a.Level)).OrderByDescending(a => a.Score)),
                        ("Misses", assessed.Where(a => population.Labels[a.Id].Fraud && !RiskEvaluator.IsFlagged(a.Level)).OrderByDescending(a => a.Score)),
                    })
                    {
                        Console.WriteLine(title + ":");
                        foreach (var a in wrong.Take(shown))
                        {
                            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {a.Id} {population.Labels[a.Id].Scenario} {a.Score}: {string.Join(", ", a.Signals.Select(x => x.Code + " " + x.Points.ToString("0.#", CultureInfo.InvariantCulture)))}"));
                        }
                    }
                }

                reports.Add((name, report));
            }

            Console.WriteLine("== Worst case over " + string.Join(", ", reports.Select(r => r.Population)));
            foreach (var (population, check) in RiskEvaluator.Worst(reports))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {check.Name,-58} {(double.IsPositiveInfinity(check.Value) ? "inf" : check.Value.ToString("0.0000", CultureInfo.InvariantCulture)),9} {(check.AtLeast ? ">=" : "<=")} {check.Target.ToString("0.####", CultureInfo.InvariantCulture),-7} {(check.Met ? "met" : "NOT MET"),-8} ({population})"));
            }

            var missed = reports.Where(r => !r.Report.MeetsTargets).Select(r => r.Population).ToList();
            if (missed.Count > 0)
            {
                CommandErrors.Error("targets missed on " + string.Join(", ", missed) + ".");
                return Task.FromResult(1);
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    private static LabelledPopulation LoadPopulation(string folder)
    {
        try
        {
            return LabelledPopulation.Load(folder);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UserInputException(e.Message);
        }
    }
}
