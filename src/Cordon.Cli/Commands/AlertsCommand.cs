using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon alerts</c>: matches gained or lost by watch subjects, newest first.</summary>
internal static class AlertsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var subject = new Option<string?>("--subject") { Description = "Only alerts of this watch subject" };
        var command = new Command("alerts", "Show watch-list alerts, newest first") { subject };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var table = new Table().AddColumns("id", "raised (UTC)", "subject", "change", "list", "entry", "score", "version");
            foreach (var alert in await cordon.Store.GetAlertsAsync(organisation, parse.GetValue(subject), ct))
            {
                table.AddRow(
                    alert.Id.ToString(CultureInfo.InvariantCulture),
                    alert.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(alert.SubjectId),
                    alert.Kind.ToString(),
                    Markup.Escape(alert.ListId),
                    Markup.Escape($"{alert.EntitySourceId} {alert.EntityName}"),
                    alert.Score.ToString("0.000", CultureInfo.InvariantCulture),
                    alert.ListVersionId.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
