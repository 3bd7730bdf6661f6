using System.CommandLine;
using Cordon.Accounts;
using Cordon.Web.Operations;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon records</c>: subject access (export), erasure and retention of personal data.</summary>
internal static class RecordsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("records", "Personal data held about applicants and customers: export, erase, purge by age");

        var exportId = new Argument<string>("id") { Description = "Record id (applicant, account or watch subject id)" };
        var exportOutput = new Option<string?>("--output") { Description = "File to write the JSON to (default: standard output)" };
        var export = new Command("export", "Everything stored about one record id, as JSON") { exportId, exportOutput };
        export.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var id = parse.GetValue(exportId)!;
            var found = await Web.Operations.RecordEndpoints.ExportAsync(cordon, new AuditLog(cordon.Store, cordon.Time), Actor.Operator, organisation, id, ct);
            if (found.IsEmpty)
            {
                throw new UserInputException($"Nothing is stored about record '{id}' in organisation '{organisation}'.");
            }

            var path = parse.GetValue(exportOutput);
            await using (var stream = path is null ? Console.OpenStandardOutput() : File.Create(path))
            {
                await PersonalRecordJson.WriteAsync(stream, found, cordon.Time.GetUtcNow(), ct);
            }

            Console.Error.WriteLine($"Exported record '{id}': {found.Assessments.Count} assessment(s), {(found.WatchSubject is null ? "not watched" : "watched")}, {found.Matches.Count} match(es), {found.Alerts.Count} alert(s), {found.Cases.Count} case(s), {found.NetworkMemberships.Count} network membership(s).");
            return 0;
        }));
        command.Subcommands.Add(export);

        var eraseId = new Argument<string>("id") { Description = "Record id to erase" };
        var erase = new Command("erase", "Delete everything stored about one record id (one transaction)") { eraseId };
        erase.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var id = parse.GetValue(eraseId)!;
            var erased = await Web.Operations.RecordEndpoints.EraseAsync(cordon, new AuditLog(cordon.Store, cordon.Time), Actor.Operator, organisation, id, ct);
            if (erased.Total == 0)
            {
                throw new UserInputException($"Nothing is stored about record '{id}' in organisation '{organisation}'.");
            }

            Console.WriteLine($"Erased record '{id}': {erased.Assessments} assessment(s), {erased.WatchSubjects} watch subject(s), {erased.Matches} match(es), {erased.Alerts} alert(s), {erased.Cases} case(s), {erased.NetworkMemberships} network membership(s); {erased.RedactedReferences} other assessment(s) no longer name it.");
            return 0;
        }));
        command.Subcommands.Add(erase);

        var days = new Option<int>("--retention-days") { Description = "Delete assessments, and alerts of subjects no longer watched, older than this many days", Required = true };
        var purge = new Command("purge", "Enforce a retention period now (the server does it at start and daily with --retention-days)") { days };
        purge.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var keep = parse.GetValue(days);
            if (keep <= 0)
            {
                throw new UserInputException("--retention-days must be at least 1.");
            }

            await using var cordon = await global.OpenAsync(parse, ct);
            await using (await cordon.Store.AcquireLockAsync("retention", ct))
            {
                var purged = await cordon.Store.PurgeOlderThanAsync(cordon.Time.GetUtcNow().AddDays(-keep), ct);
                Console.WriteLine($"Purged {purged.Assessments} assessment(s) and {purged.Alerts} alert(s) older than {purged.Cutoff:yyyy-MM-dd HH:mm:ss} UTC.");
            }

            return 0;
        }));
        command.Subcommands.Add(purge);
        return command;
    }
}
