using Cordon.Assessments;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Cordon.Risk;
using Cordon.Screening;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary>
/// <c>cordon assess</c>: risk assessment of applicant and account records, a file contract other tools rely on:
/// one JSON object per input line in, one per line out, in the same order.
/// </summary>
internal static class AssessCommand
{
    /// <summary>Most records read from one file: well above any real batch, low enough to keep memory bounded.</summary>
    public const int MaxRecords = 2_000_000;

    public static Command Create(GlobalOptions global)
    {
        var input = new Option<string>("--input") { Description = "Records in JSON Lines, one application record (shared/schemas/application.schema.json) per line", Required = true };
        var output = new Option<string>("--output") { Description = "JSON Lines to write: per input line, the assessment (id, score, level, signals, recommendations) or the errors", Required = true };
        var lists = new Option<string[]>("--list") { Description = "Sanctions list file or folder to screen names against instead of the stored lists (repeatable)", AllowMultipleArgumentsPerToken = false };
        var noStore = new Option<bool>("--no-store") { Description = "Do not store records and assessments in the database" };
        var command = new Command("assess", "Assess applicant and account records against the published DPRK IT-worker red flags") { input, output, lists, noStore };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var inputPath = parse.GetValue(input)!;
            var records = ReadLines(inputPath);
            var listPaths = parse.GetValue(lists) ?? [];
            var store = !parse.GetValue(noStore);
            var setup = global.LoadRiskSetup(parse, bundledByDefault: true);
            // The intelligence files are loaded once, here, and handed to the services.
            await using var cordon = store || listPaths.Length == 0 ? await global.OpenAsync(parse, ct, risk: setup) : null;
            Matching.ScreeningIndex? sanctions;
            IReadOnlySet<string> wallets;
            if (listPaths.Length > 0)
            {
                var entities = Terminal.Progress.Status().Start("Reading list files…", _ => ListFiles.Load(listPaths)).SelectMany(s => s.Entities).ToList();
                sanctions = Matching.Matcher.Default.BuildIndex(entities);
                wallets = RiskContext.WalletsOf(entities);
            }
            else
            {
                var catalog = await cordon!.Catalog.GetIndexAsync(ct);
                sanctions = catalog.Versions.Count == 0 ? null : catalog.Index;
                wallets = catalog.SanctionedWallets;
                if (sanctions is null)
                {
                    Console.Error.WriteLine("warning: no sanctions lists are stored; names are not screened (import lists or give --list).");
                }
            }

            // Assessments stored for an organisation use the weights it adopted (cordon risk calibrate), if any.
            var organisation = cordon is not null && store ? await global.OrganisationAsync(parse, cordon, ct) : null;
            if (organisation is not null && await cordon!.Calibration.GetWeightsAsync(organisation, ct) is { Adopted: not null } adopted)
            {
                setup = setup with { Configuration = adopted.InForce };
                Console.Error.WriteLine($"Weights {adopted.InForce.Version}, adopted by organisation '{organisation}'.");
            }

            var engine = AssessmentService.CreateEngine(cordon is null ? setup : await cordon.Assessments.WithStoredIndicatorsAsync(setup, ct), sanctions, wallets, TimeProvider.System);
            var outcomes = await Terminal.Progress.Progress().AutoClear(true).StartAsync(async progress =>
            {
                // Reading and rule evaluation each count once per record.
                var task = progress.AddTask($"Assessing {records.Count:N0} record(s)", maxValue: 2.0 * records.Count);
                var report = new Progress<int>(done => task.Value = Math.Max(task.Value, done));
                return cordon is not null && organisation is not null
                    ? await cordon.Assessments.AssessAsync(engine, organisation, records, store: true, report, ct)
                    : AssessmentPipeline.Assess(engine, records, Networks.NetworkLinkerOptions.For(setup.IpIntelligence), report);
            });
            if (cordon is not null && organisation is not null)
            {
                var stored = outcomes.Count(o => o.Assessment is not null);
                await new Accounts.AuditLog(cordon.Store, cordon.Time).RecordAsync(
                    Accounts.Actor.Operator,
                    Accounts.AuditActions.AssessmentStore,
                    targetType: "assessment",
                    details: new { records = records.Count, stored, rejected = records.Count - stored },
                    organisationId: organisation,
                    cancellationToken: ct);
            }

            Write(parse.GetValue(output)!, outcomes);
            var rejected = outcomes.Where(o => o.Assessment is null).ToList();
            foreach (var bad in rejected.Take(50))
            {
                Console.Error.WriteLine($"{inputPath}, line {bad.Position + 1}{(bad.RecordId is null ? "" : $" (id {bad.RecordId})")}: {string.Join("; ", bad.Errors.Select(e => $"{e.Path}: {e.Reason}"))}");
            }

            var levels = outcomes.Where(o => o.Assessment is not null).GroupBy(o => o.Assessment!.Level).OrderBy(g => g.Key).Select(g => $"{g.Count()} {AssessmentJson.LevelName(g.Key)}");
            Console.Error.WriteLine($"{outcomes.Count - rejected.Count} record(s) assessed ({string.Join(", ", levels)}); {rejected.Count} rejected.");
            return 0;
        }));
        return command;
    }

    private static List<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: no such file.");
        }

        var lines = new List<string>();
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            // Blank lines carry no record; keeping them would shift every later line's position.
            lines.Add(line.Trim().Length == 0 ? "{}" : line);
            if (lines.Count > MaxRecords)
            {
                throw new UserInputException($"{path}: more than {MaxRecords:N0} records; split the file.");
            }
        }

        if (lines.Count == 0)
        {
            throw new UserInputException($"{path}: the file is empty; expected one JSON record per line.");
        }

        return lines;
    }

    private static void Write(string path, IReadOnlyList<AssessmentOutcome> outcomes)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = AssessmentJson.Options.Encoder });
        foreach (var outcome in outcomes)
        {
            if (outcome.Assessment is { } assessment)
            {
                JsonSerializer.Serialize(writer, assessment, AssessmentJson.Options);
            }
            else
            {
                JsonSerializer.Serialize(writer, new RejectedRecord(outcome.RecordId, outcome.Position + 1, outcome.Errors), AssessmentJson.Options);
            }

            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>The output line for a record that could not be assessed.</summary>
    private sealed record RejectedRecord(string? Id, int Line, IReadOnlyList<RecordError> Errors);
}
