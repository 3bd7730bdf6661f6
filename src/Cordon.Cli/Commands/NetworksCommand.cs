using Cordon.Assessments;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Cordon.Networks;
using Cordon.Risk.Evaluation;
using Cordon.Screening;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary>
/// <c>cordon networks</c>: the groups of linked records among everything assessed and stored, with the shared values that
/// link them and each group's risk; optionally the laptop-farm view.
/// </summary>
internal static class NetworksCommand
{
    public static Command Create(GlobalOptions global)
    {
        var output = new Option<string?>("--output") { Description = "JSON file to write: every group with more than one member (id, members, links with kind and value, risk)" };
        var farms = new Option<string?>("--farms") { Description = "JSON file to write the laptop-farm view to: equipment addresses and residential IPs shared by several identities" };
        var command = new Command("networks", "List the groups of linked records (shared phones, e-mails, devices, payout accounts, addresses, résumés…)") { output, farms };
        command.Subcommands.Add(Evaluate(global));
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct, withRisk: true);
            var engine = await cordon.Assessments.GetEngineAsync(ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var groups = await cordon.Networks.GroupsAsync(engine, organisation, ct);
            if (parse.GetValue(output) is { } path)
            {
                WriteJson(path, writer => WriteGroups(writer, groups));
                Console.Error.WriteLine($"{groups.Count} group(s) with {groups.Sum(g => g.Group.Members.Count)} record(s) written to {path}.");
            }
            else
            {
                var table = new Table().AddColumns("group", "members", "risk", "why linked");
                foreach (var (group, risk) in groups.OrderByDescending(g => g.Risk.Score).ThenBy(g => g.Group.Id, StringComparer.Ordinal))
                {
                    table.AddRow(
                        group.Id,
                        group.Members.Count.ToString(CultureInfo.InvariantCulture),
                        string.Create(CultureInfo.InvariantCulture, $"{risk.Score} {AssessmentJson.LevelName(risk.Level)}"),
                        Markup.Escape(group.Explanation));
                }

                AnsiConsole.Write(table);
                Console.Error.WriteLine($"{groups.Count} group(s).");
            }

            if (parse.GetValue(farms) is { } farmsPath)
            {
                var view = await cordon.Networks.LaptopFarmsAsync(engine, organisation, ct);
                WriteJson(farmsPath, writer => WriteFarms(writer, view));
                Console.Error.WriteLine($"{view.Count} shared address(es) or IP(s) written to {farmsPath}.");
            }

            return 0;
        }));
        return command;
    }

    private static Command Evaluate(GlobalOptions global)
    {
        var count = new Option<int>("--count") { Description = "Records in the labelled synthetic (own) population", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "Random seed of the own population", DefaultValueFactory = _ => Risk.Synthetic.PopulationGenerator.DefaultSeed };
        var populations = new Option<string[]>("--population") { Description = "Population: 'own' or a folder name under eval/populations (repeatable; default: own)", AllowMultipleArgumentsPerToken = false };
        var root = new Option<string?>("--populations-dir") { Description = "Folder of labelled populations (default: eval/populations here or in the nearest folder above)" };
        var command = new Command("evaluate", "Pairwise precision and recall of \"same group\" against labelled populations, for all labelled groups and for fraud groups only") { count, seed, populations, root };
        command.SetAction((parse, _) => CommandErrors.RunAsync(() =>
        {
            var size = parse.GetValue(count);
            if (size is < 10 or > 2_000_000)
            {
                throw new UserInputException("--count must be between 10 and 2,000,000.");
            }

            var folder = parse.GetValue(root) ?? LabelledPopulation.FindRoot(Directory.GetCurrentDirectory());
            var available = folder is null ? [] : LabelledPopulation.Discover(folder).ToDictionary(p => Path.GetFileName(p)!, StringComparer.Ordinal);
            var names = parse.GetValue(populations) is { Length: > 0 } asked ? asked : [LabelledPopulation.OwnName];
            var setup = global.LoadRiskSetup(parse, bundledByDefault: true);
            var met = true;
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                LabelledPopulation population;
                if (name == LabelledPopulation.OwnName)
                {
                    population = LabelledPopulation.Own(size, parse.GetValue(seed));
                }
                else if (available.TryGetValue(name, out var path))
                {
                    try
                    {
                        population = LabelledPopulation.Load(path);
                    }
                    catch (Exception e) when (e is InvalidDataException or IOException)
                    {
                        throw new UserInputException(e.Message);
                    }
                }
                else
                {
                    throw new UserInputException($"--population {name}: no such population (known: {string.Join(", ", [LabelledPopulation.OwnName, .. available.Keys])}).");
                }

                var records = population.Records.Select(r => Risk.ApplicationReader.Read(r).Record).OfType<Risk.ApplicationRecord>().ToList();
                var started = System.Diagnostics.Stopwatch.StartNew();
                var linker = NetworkLinker.Build(records, NetworkLinkerOptions.For(setup.IpIntelligence));
                var elapsed = started.Elapsed;
                var truth = population.Labels.ToDictionary(l => l.Key, l => l.Value.GroupId, StringComparer.Ordinal);
                var fraudTruth = population.Labels.ToDictionary(l => l.Key, l => l.Value.Fraud ? l.Value.GroupId : null, StringComparer.Ordinal);
                var predicted = linker.Assignment();
                var score = PairwiseEvaluation.Evaluate(truth, predicted);
                var fraud = PairwiseEvaluation.Evaluate(fraudTruth, predicted);
                var table = new Table().Title(name).AddColumns("scenario", "true pairs", "found", "recall");
                foreach (var scenario in population.Labels.Values.Where(l => l.GroupId is not null).GroupBy(l => l.Scenario).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var ids = scenario.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
                    var part = PairwiseEvaluation.Evaluate(
                        truth.Where(t => ids.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal) as IReadOnlyDictionary<string, string?>,
                        predicted.Where(p => ids.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
                    table.AddRow(scenario.Key, part.ActualPairs.ToString(CultureInfo.InvariantCulture), part.TruePositivePairs.ToString(CultureInfo.InvariantCulture), part.Recall.ToString("0.000", CultureInfo.InvariantCulture));
                }

                AnsiConsole.Write(table);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {records.Count} records; all labelled groups: pairs true {score.ActualPairs}, predicted {score.PredictedPairs}, correct {score.TruePositivePairs}; precision {score.Precision:0.0000}, recall {score.Recall:0.0000}, F1 {score.F1:0.0000}; linked in {elapsed.TotalSeconds:0.00} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: fraud groups only: pairs true {fraud.ActualPairs}, correct {fraud.TruePositivePairs}; precision {fraud.Precision:0.0000} (predicted pairs that are one fraud group), recall {fraud.Recall:0.0000}"));
                met &= score.Precision >= 0.95 && score.Recall >= 0.90;
            }

            return Task.FromResult(met ? 0 : 1);
        }));
        return command;
    }

    private static void WriteJson(string path, Action<Utf8JsonWriter> write)
    {
        try
        {
            using var stream = File.Create(path);
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = AssessmentJson.Options.Encoder });
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new UserInputException($"{path}: cannot write ({e.Message}).");
        }
    }

    private static void WriteGroups(Utf8JsonWriter w, IReadOnlyList<(NetworkGroup Group, GroupRisk Risk)> groups)
    {
        w.WriteStartArray();
        foreach (var (group, risk) in groups)
        {
            w.WriteStartObject();
            w.WriteString("id", group.Id);
            w.WriteNumber("size", group.Members.Count);
            w.WriteStartArray("members");
            foreach (var member in group.Members)
            {
                w.WriteStringValue(member);
            }

            w.WriteEndArray();
            w.WriteString("explanation", group.Explanation);
            w.WriteStartArray("links");
            foreach (var link in group.Links)
            {
                w.WriteStartObject();
                w.WriteString("kind", link.Kind);
                w.WriteString("value", link.Value);
                w.WriteString("strength", link.Strength.ToString().ToLowerInvariant());
                w.WriteString("record_a", link.RecordA);
                w.WriteString("record_b", link.RecordB);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("risk");
            w.WriteNumber("score", risk.Score);
            w.WriteString("level", AssessmentJson.LevelName(risk.Level));
            w.WriteStartArray("reasons");
            foreach (var reason in risk.Reasons)
            {
                w.WriteStringValue(reason);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFarms(Utf8JsonWriter w, IReadOnlyList<SharedResource> view)
    {
        w.WriteStartArray();
        foreach (var resource in view)
        {
            w.WriteStartObject();
            w.WriteString("kind", resource.Kind);
            w.WriteString("value", resource.Value);
            w.WriteNumber("identities", resource.Records.Count);
            w.WriteStartArray("records");
            foreach (var record in resource.Records)
            {
                w.WriteStringValue(record);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
