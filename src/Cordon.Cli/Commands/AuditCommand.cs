using System.CommandLine;
using System.Globalization;
using System.Text;
using Cordon.Accounts;
using Cordon.Storage;
using Spectre.Console;
using static Cordon.Cli.Commands.AccountCommandSupport;
using Cordon.Core;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon audit</c>: who did what, when and from where; shown or exported as spreadsheet-safe CSV.</summary>
internal static class AuditCommand
{
    public static Command Create(GlobalOptions global)
    {
        var since = new Option<string?>("--since") { Description = "Only events at or after this time (ISO 8601) or this far back (30m, 24h, 7d)" };
        var until = new Option<string?>("--until") { Description = "Only events before this time" };
        var user = new Option<string?>("--user") { Description = "Only events of this user name" };
        var action = new Option<string?>("--action") { Description = "Only this action (sign-in, user.create…; 'user.*' for a family)" };
        var targetType = new Option<string?>("--target-type") { Description = "Only events on this kind of target (user, api-key, assessment…)" };
        var targetId = new Option<string?>("--target-id") { Description = "Only events on this target id" };
        var limit = new Option<int>("--limit") { Description = "Most events shown on the terminal (the CSV export has them all)", DefaultValueFactory = _ => 50 };
        var output = new Option<string?>("--output") { Description = "Write every matching event to this CSV file (formulas neutralised for spreadsheets)" };
        var command = new Command("audit", "Show the audit log, newest first (all organisations unless --organisation is given)")
        {
            since, until, user, action, targetType, targetId, limit, output,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var shown = parse.GetValue(limit);
            if (shown is < 1 or > AuditQuery.MaxLimit)
            {
                throw new UserInputException($"--limit must be between 1 and {AuditQuery.MaxLimit}.");
            }

            await using var cordon = await global.OpenAsync(parse, ct);
            var now = cordon.Time.GetUtcNow();
            var query = new AuditQuery(
                await GivenOrganisationAsync(global, parse, cordon, ct),
                ParseTime(parse.GetValue(since), "--since", now),
                ParseTime(parse.GetValue(until), "--until", now),
                parse.GetValue(user),
                parse.GetValue(action),
                parse.GetValue(targetType),
                parse.GetValue(targetId),
                shown);
            var audit = new AuditLog(cordon.Store, cordon.Time);
            if (parse.GetValue(output) is { } file)
            {
                var count = 0;
                await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
                {
                    await AuditCsv.WriteAsync(writer, Counted(audit.ReadAllAsync(query with { Limit = AuditQuery.MaxLimit }, ct), () => count++), ct);
                }

                await audit.RecordAsync(Actor.Operator, AuditActions.AuditExport, targetType: "audit", details: new { rows = count, file = Path.GetFileName(file) }, cancellationToken: ct);
                Console.Error.WriteLine($"{count} event(s) written to {file}.");
                return 0;
            }

            var page = await audit.QueryAsync(query, ct);
            var table = new Table().AddColumns("id", "at (UTC)", "organisation", "user", "action", "target", "outcome", "details", "from");
            foreach (var e in page.Entries)
            {
                table.AddRow(
                    e.Id.ToString(CultureInfo.InvariantCulture),
                    Time(e.At),
                    Markup.Escape(e.OrganisationId == AuditEntry.Platform ? "(platform)" : e.OrganisationId ?? "-"),
                    Markup.Escape(e.UserName ?? "-") + (e.ApiKeyId is null ? "" : Markup.Escape($" (key {e.ApiKeyId})")),
                    Markup.Escape(e.Action),
                    Markup.Escape($"{e.TargetType} {e.TargetId}".Trim()),
                    e.Outcome,
                    Markup.Escape(e.DetailsJson ?? ""),
                    Markup.Escape(e.RemoteAddress ?? ""));
            }

            AnsiConsole.Write(table);
            Console.Error.WriteLine(page.NextBeforeId is null ? $"{page.Entries.Count} event(s)." : $"Newest {page.Entries.Count} event(s) shown; more match (use --limit or --output).");
            return 0;
        }));
        return command;
    }

    private static async IAsyncEnumerable<AuditEntry> Counted(IAsyncEnumerable<AuditEntry> entries, Action count)
    {
        await foreach (var entry in entries)
        {
            count();
            yield return entry;
        }
    }
}
