using Cordon.Assessments;
using System.CommandLine;
using System.Globalization;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Risk.Calibration;
using Cordon.Risk.Evaluation;
using Cordon.Risk.Synthetic;
using Cordon.Screening;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon risk …</c>: the rules, the labelled synthetic population and the risk evaluation.</summary>
internal static class RiskCommand
{
    private static readonly double[] ShownFalseAlarmRates = [0.001, 0.002, 0.005, 0.0075, 0.01, 0.02, 0.03, 0.05];

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("risk", "Risk rules, the labelled synthetic population and the risk evaluation");
        command.Subcommands.Add(Rules(global));
        command.Subcommands.Add(Generate());
        command.Subcommands.Add(Evaluate(global));
        command.Subcommands.Add(Fit(global));
        command.Subcommands.Add(RiskCalibrateCommand.Create(global));
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
            var engine = EvaluationEngine(setup, setup.Configuration, parse.GetValue(lists));
            var reports = new List<(string Population, EvaluationReport Report)>();
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                var population = Terminal.Progress.Status().Start($"Loading {name}…", _ => name == LabelledPopulation.OwnName
                    ? LabelledPopulation.Own(parse.GetValue(count), parse.GetValue(seed))
                    : LoadPopulation(available[name]));
                var outcomes = Terminal.Progress.Status().Start($"Assessing {population.Records.Count:N0} records of {name}…", _ => AssessAsTheProductDoes(engine, setup, population.Records));
                var rejected = outcomes.Count(o => o.Assessment is null);
                var report = RiskEvaluator.Evaluate([.. outcomes.Where(o => o.Assessment is not null).Select(o => o.Assessment!)], population.Labels, FairnessCohorts.FromJsonLines(population.Records), engine.Configuration.Model);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== Population {name}: {population.Records.Count:N0} records{(rejected > 0 ? $", {rejected} rejected by the reader" : string.Empty)}"));
                // The protocol of docs/risk-evaluation.md: a population the weights were held out from is read by its totals only.
                var heldOut = engine.Configuration.Model?.HeldOut.Contains(name, StringComparer.Ordinal) == true;
                Console.WriteLine(EvaluationTextRenderer.Render(report, scenarios: !heldOut));
                if (heldOut && parse.GetValue(errors) > 0)
                {
                    Console.WriteLine($"{name} is held out (config model.held_out): its false alarms and misses are not listed.");
                }
                else if (parse.GetValue(errors) is var shown and > 0)
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

    /// <summary>
    /// <c>--floor</c>, shared by <c>cordon risk fit</c> and <c>cordon risk calibrate</c>: the least share (0–1) of its prior
    /// weight each rule keeps (default <see cref="WeightFitter.DefaultFloor"/>).
    /// </summary>
    /// <param name="prior">What the share is of, e.g. "its expert points".</param>
    /// <param name="data">What the weights are fitted on, e.g. "the tuning data".</param>
    internal static Option<double> FloorOption(string prior, string data)
    {
        var floor = new Option<double>("--floor") { Description = $"Least share (0–1) of {prior} each rule keeps: {data} may lower a red flag the advisories name, not silence it", DefaultValueFactory = _ => WeightFitter.DefaultFloor };
        floor.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is var value && (double.IsNaN(value) || value is < 0 or > 1))
            {
                result.AddError($"--floor {value.ToString(CultureInfo.InvariantCulture)}: the floor is a share of {prior}, between 0 and 1 (0: no floor).");
            }
        });
        return floor;
    }

    private static Command Fit(GlobalOptions global)
    {
        var populations = new Option<string[]>("--population") { Description = "Tuning population to fit on: 'own' or a folder name under eval/populations (repeatable, at least one; never a held-out population)", AllowMultipleArgumentsPerToken = false, Required = true };
        var heldOut = new Option<string[]>("--held-out") { Description = "Population kept out of fitting, recorded in the file so reports name it as held out (repeatable)", AllowMultipleArgumentsPerToken = false };
        var root = new Option<string?>("--populations-dir") { Description = "Folder of labelled populations (default: eval/populations here or in the nearest folder above)" };
        var lists = new Option<string[]>("--list") { Description = "Sanctions list files or folders (repeatable; default: the bundled OFAC SDN and UN lists)", AllowMultipleArgumentsPerToken = false };
        var lambda = new Option<double>("--regularisation") { Description = "Pull of each weight toward the expert points (λ, in records)", DefaultValueFactory = _ => 1.0 };
        var floor = FloorOption("its expert points", "the tuning data");
        var ceiling = new Option<double>("--ceiling") { Description = "Most multiple (≥ 1) of its expert points a rule may reach: a quirk of the tuning data may raise a red flag, not let it decide alone", DefaultValueFactory = _ => 1.5 };
        var version = new Option<string>("--version") { Description = "Version of the weights, written into every assessment", DefaultValueFactory = _ => RiskEngine.CurrentVersion };
        var medium = new Option<double>("--medium-rate") { Description = "Share of legitimate tuning records at or above the medium threshold", DefaultValueFactory = _ => 0.05 };
        var high = new Option<double>("--high-rate") { Description = "Share of legitimate tuning records at or above the high threshold (flagged)", DefaultValueFactory = _ => 0.01 };
        var critical = new Option<double>("--critical-rate") { Description = "Share of legitimate tuning records at or above the critical threshold", DefaultValueFactory = _ => 0.001 };
        var output = new Option<string>("--output") { Description = "Configuration file to write (e.g. config/risk.json)", Required = true };
        var command = new Command("fit", "Fit the rules' points to labelled tuning populations (regularised logistic regression toward the expert points) and set the level thresholds at stated false-alarm rates; writes a configuration file")
        {
            populations, heldOut, root, lists, lambda, floor, ceiling, version, medium, high, critical, output,
        };
        command.SetAction((parse, _) => CommandErrors.RunAsync(() =>
        {
            var folder = parse.GetValue(root) ?? LabelledPopulation.FindRoot(Directory.GetCurrentDirectory());
            var available = folder is null ? [] : LabelledPopulation.Discover(folder).ToDictionary(p => Path.GetFileName(p)!, StringComparer.Ordinal);
            var names = parse.GetValue(populations)!.Distinct(StringComparer.Ordinal).ToArray();
            var kept = (parse.GetValue(heldOut) ?? []).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var name in names.Where(n => n != LabelledPopulation.OwnName && !available.ContainsKey(n)))
            {
                throw new UserInputException($"--population {name}: no such population (known: {string.Join(", ", [LabelledPopulation.OwnName, .. available.Keys])}).");
            }

            if (names.Intersect(kept, StringComparer.Ordinal).FirstOrDefault() is { } both)
            {
                throw new UserInputException($"--population {both}: it is also named --held-out; a held-out population is never fitted on.");
            }

            var rates = new Dictionary<string, double>(StringComparer.Ordinal) { ["medium"] = parse.GetValue(medium), ["high"] = parse.GetValue(high), ["critical"] = parse.GetValue(critical) };
            if (rates.Values.Any(r => r is <= 0 or >= 1) || !(rates["medium"] > rates["high"] && rates["high"] > rates["critical"]))
            {
                throw new UserInputException("--medium-rate, --high-rate and --critical-rate must lie between 0 and 1 and fall: medium > high > critical.");
            }

            var setup = global.LoadRiskSetup(parse, bundledByDefault: true);
            // The features are the shares of the expert points each rule's evidence earned, whatever file is in use: the fit starts from the same place every time.
            var prior = RiskConfiguration.ExpertPrior;
            var priorEngine = EvaluationEngine(setup, prior, parse.GetValue(lists));
            var loaded = names.Select(n => n == LabelledPopulation.OwnName ? LabelledPopulation.Own() : LoadPopulation(available[n])).ToList();
            var examples = new List<LabelledAssessment>();
            foreach (var population in loaded)
            {
                var own = Terminal.Progress.Status().Start($"Assessing {population.Records.Count:N0} records of {population.Name} with the expert points…", _ => AssessmentPipeline.Assess(priorEngine, population.Records, link: false));
                examples.AddRange(own.Where(o => o.Assessment is not null && population.Labels.ContainsKey(o.Assessment.Id))
                    .Select(o => new LabelledAssessment(o.Assessment!, population.Labels[o.Assessment!.Id].Fraud, population.Name)));
            }

            var (fit, points, baseRate) = WeightFitter.Fit(examples, prior, prior, parse.GetValue(lambda), parse.GetValue(floor), parse.GetValue(ceiling));
            var model = new ScoreModel(
                parse.GetValue(version)!,
                WeightFitter.Day(DateTimeOffset.UtcNow),
                "L2-regularised logistic regression over each rule's share of its points (own signals; network signals keep their points), pulled toward the expert points, each weight between --floor and --ceiling times its expert points, each population weighted equally; thresholds at the stated false-alarm rates on every tuning population",
                "cordon risk fit " + string.Join(' ', names.Select(n => "--population " + n)) + string.Join(string.Empty, kept.Select(k => " --held-out " + k)) + " --regularisation " + parse.GetValue(lambda).ToString(CultureInfo.InvariantCulture) + " --floor " + parse.GetValue(floor).ToString(CultureInfo.InvariantCulture) + " --ceiling " + parse.GetValue(ceiling).ToString(CultureInfo.InvariantCulture) + " --high-rate " + parse.GetValue(high).ToString(CultureInfo.InvariantCulture) + " --output " + parse.GetValue(output),
                names,
                kept,
                examples.Count,
                examples.Count(e => e.Fraud),
                parse.GetValue(lambda),
                WeightFitter.PointsPerTenfoldOdds,
                fit.Intercept,
                baseRate,
                rates)
            { Floor = parse.GetValue(floor) };
            var fitted = WeightFitter.Apply(prior, points, model);
            var fittedEngine = EvaluationEngine(setup, fitted, parse.GetValue(lists));
            var legitimate = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            foreach (var population in loaded)
            {
                var outcomes = Terminal.Progress.Status().Start($"Assessing {population.Name} with the fitted points…", _ => AssessAsTheProductDoes(fittedEngine, setup, population.Records));
                legitimate[population.Name] = [.. outcomes.Where(o => o.Assessment is not null && population.Labels.TryGetValue(o.Assessment.Id, out var l) && !l.Fraud).Select(o => o.Assessment!.Score)];
            }

            var configuration = WeightFitter.WithThresholds(fitted, legitimate);
            Console.WriteLine("Threshold by false-alarm rate on the tuning populations (the strictest decides): " + string.Join(", ", ShownFalseAlarmRates.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r:P1} → {WeightFitter.ThresholdAt(legitimate, r)}"))));
            File.WriteAllText(parse.GetValue(output)!, configuration.ToJson());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fitted on {examples.Count:N0} records ({examples.Count(e => e.Fraud):N0} fraudulent) of {string.Join(", ", names)} in {fit.Iterations} Newton steps; mean log-loss {fit.LogLoss:F4}; intercept {fit.Intercept:F3} (base rate {baseRate:P1})."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Thresholds: medium {configuration.MediumThreshold}, high {configuration.HighThreshold}, critical {configuration.CriticalThreshold} (false-alarm rates {rates["medium"]}, {rates["high"]}, {rates["critical"]} on each tuning population)."));
            Console.WriteLine("code\texpert\tfitted\tlikelihood ratio");
            foreach (var (code, value) in points.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code}\t{prior.PointsOf(code):0.#}\t{value:0.#}\t{model.LikelihoodRatioOf(value):0.##}"));
            }

            Console.Error.WriteLine("Wrote " + parse.GetValue(output));
            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>An engine with the sanctions lists given (default: the bundled OFAC SDN and UN lists), as evaluation and fitting use it.</summary>
    private static RiskEngine EvaluationEngine(RiskSetup setup, RiskConfiguration configuration, string[]? lists)
    {
        var listPaths = lists ?? [];
        var bundled = Path.Combine(AppContext.BaseDirectory, "lists");
        if (listPaths.Length == 0 && Directory.Exists(bundled))
        {
            // Sanctions matches are part of what is measured; without --list the bundled OFAC SDN and UN lists stand in.
            listPaths = [bundled];
        }

        var entities = listPaths.Length == 0 ? [] : ListFiles.Load(listPaths).SelectMany(s => s.Entities).ToList();
        var sanctions = entities.Count == 0 ? null : Matching.Matcher.Default.BuildIndex(entities);
        return AssessmentService.CreateEngine(setup with { Configuration = configuration }, sanctions, RiskContext.WalletsOf(entities), TimeProvider.System);
    }

    /// <summary>As the product assesses a batch: the record's own signals, then what its network group says about it.</summary>
    private static IReadOnlyList<AssessmentOutcome> AssessAsTheProductDoes(RiskEngine engine, RiskSetup setup, IReadOnlyList<string> records) =>
        AssessmentPipeline.Assess(engine, records, NetworkLinkerOptions.For(setup.IpIntelligence));

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
