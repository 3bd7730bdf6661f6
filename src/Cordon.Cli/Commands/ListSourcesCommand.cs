using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.ListSources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Cordon.Lists;

namespace Cordon.Cli.Commands;

/// <summary>
/// <c>cordon lists sources …</c> (where lists are downloaded from, and when) and <c>cordon lists update [NAME…]</c> (fetch
/// them now). Updates import through the same audited path as <c>cordon lists import</c>.
/// </summary>
internal static partial class ListSourcesCommand
{
    public static Command Sources(GlobalOptions global)
    {
        var command = new Command("sources", "Named list sources (URL, format, schedule) and what their last check found; the official ones are listed disabled")
        {
            List(global, "list"),
            Add(global),
            Set(global),
            Toggle(global, "enable", enabled: true),
            Toggle(global, "disable", enabled: false),
            Remove(global),
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(() => ListAsync(global, parse, ct)));
        return command;
    }

    public static Command Update(GlobalOptions global)
    {
        var names = new Argument<string[]>("NAME") { Description = "Sources to check, enabled or not (default: every enabled source)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("update", "Fetch list sources now (conditional requests); store a new version only when the content changed, then re-screen the watch list") { names };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var services = OpenServices(cordon, out var sources);
            var given = parse.GetValue(names) ?? [];
            var chosen = given.Length > 0 ? given : [.. (await sources.GetSourcesAsync(ct)).Where(s => s.Enabled).Select(s => s.Name)];
            if (chosen.Length == 0)
            {
                Console.Error.WriteLine("No source is enabled: enable one ('cordon lists sources enable un-sc') or name one ('cordon lists update un-sc').");
                return CommandErrors.BadInput;
            }

            var failed = 0;
            foreach (var name in chosen)
            {
                try
                {
                    var result = await sources.CheckAsync(Accounts.Actor.Operator, name, ct);
                    (result.Outcome == ListSourceOutcomes.Failed ? Console.Error : Console.Out).WriteLine(result.Message);
                    failed += result.Outcome == ListSourceOutcomes.Failed ? 1 : 0;
                }
                catch (ListSourceBusyException e)
                {
                    CommandErrors.Error(e.Message);
                    failed++;
                }
            }

            return failed == 0 ? 0 : CommandErrors.Failure;
        }));
        return command;
    }

    private static Command List(GlobalOptions global, string name)
    {
        var command = new Command(name, "Show every source with its schedule and last check");
        command.SetAction((parse, ct) => CommandErrors.RunAsync(() => ListAsync(global, parse, ct)));
        return command;
    }

    private static async Task<int> ListAsync(GlobalOptions global, ParseResult parse, CancellationToken ct)
    {
        await using var cordon = await global.OpenAsync(parse, ct);
        using var services = OpenServices(cordon, out var sources);
        var all = await sources.GetSourcesAsync(ct);
        var table = new Table().AddColumns("name", "list", "format", "enabled", "every", "last check (UTC)", "outcome", "last change (UTC)", "next run (UTC)");
        foreach (var s in all)
        {
            table.AddRow(
                Markup.Escape(s.Name),
                Markup.Escape(s.ListId),
                Markup.Escape(s.Format ?? "any"),
                s.Enabled ? "yes" : "no",
                FormatInterval(s.Interval),
                Time(s.LastCheckedAt),
                Markup.Escape(s.LastOutcome ?? ""),
                Time(s.LastChangedAt),
                s.Enabled ? Time(s.NextRunAt) : "");
        }

        AnsiConsole.Write(table);

        // URLs are long: one line each rather than a column that wraps them.
        foreach (var s in all)
        {
            Console.WriteLine($"{s.Name}: {s.Url}");
        }

        foreach (var s in all.Where(s => s.LastError is not null))
        {
            Console.WriteLine($"{s.Name}: last check failed: {s.LastError}");
        }

        return 0;
    }

    private static Command Add(GlobalOptions global)
    {
        var name = new Argument<string>("NAME") { Description = "Name of the new source (letters, digits, '.', '-', '_')" };
        var url = new Option<string>("--url") { Description = "http or https URL of the file", Required = true };
        var list = new Option<string>("--list") { Description = "Id of the list the file holds (e.g. un-sc); a file holding another list is refused", Required = true };
        var format = new Option<string?>("--format") { Description = "Reader format the file must be in (e.g. un-xml; default: any recognised format)" };
        var every = new Option<string?>("--every") { Description = "Interval between checks: 30m, 6h, 1d (default 6h)" };
        var enable = new Option<bool>("--enable") { Description = "Enable it now (checked at the next schedule tick)" };
        var command = new Command("add", "Add a named source") { name, url, list, format, every, enable };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var services = OpenServices(cordon, out var sources);
            var added = await sources.AddAsync(
                Accounts.Actor.Operator,
                parse.GetValue(name)!,
                parse.GetValue(list)!,
                parse.GetValue(url)!,
                Format(parse.GetValue(format)),
                ParseInterval(parse.GetValue(every)),
                parse.GetValue(enable),
                ct);
            Console.WriteLine($"Added source {added.Name} ({added.ListId} from {added.Url}, every {FormatInterval(added.Interval)}){(added.Enabled ? ", enabled" : "; enable it with 'cordon lists sources enable " + added.Name + "'")}.");
            return 0;
        }));
        return command;
    }

    private static Command Set(GlobalOptions global)
    {
        var name = new Argument<string>("NAME") { Description = "The source to change" };
        var url = new Option<string?>("--url") { Description = "New URL (forgets the last download's ETag and date)" };
        var list = new Option<string?>("--list") { Description = "New list id" };
        var format = new Option<string?>("--format") { Description = "New format, or 'any'" };
        var every = new Option<string?>("--every") { Description = "New interval: 30m, 6h, 1d" };
        var command = new Command("set", "Change a source's URL, list, format or interval") { name, url, list, format, every };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var services = OpenServices(cordon, out var sources);
            var changed = await sources.ChangeAsync(
                Accounts.Actor.Operator,
                parse.GetValue(name)!,
                parse.GetValue(list),
                parse.GetValue(url),
                parse.GetValue(format),
                ParseInterval(parse.GetValue(every)),
                ct);
            Console.WriteLine($"Source {changed.Name}: {changed.ListId} from {changed.Url}, format {changed.Format ?? "any"}, every {FormatInterval(changed.Interval)}.");
            return 0;
        }));
        return command;
    }

    private static Command Toggle(GlobalOptions global, string verb, bool enabled)
    {
        var names = new Argument<string[]>("NAME") { Description = "Sources", Arity = ArgumentArity.OneOrMore };
        var command = new Command(verb, enabled ? "Enable sources: the schedule fetches them from its next tick" : "Disable sources: the schedule stops fetching them") { names };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var services = OpenServices(cordon, out var sources);
            foreach (var name in parse.GetValue(names)!)
            {
                await sources.SetEnabledAsync(Accounts.Actor.Operator, name, enabled, ct);
                Console.WriteLine($"{name}: {verb}d.");
            }

            return 0;
        }));
        return command;
    }

    private static Command Remove(GlobalOptions global)
    {
        var names = new Argument<string[]>("NAME") { Description = "Sources (the official ones can only be disabled)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("remove", "Remove sources; the list versions they imported stay") { names };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var services = OpenServices(cordon, out var sources);
            foreach (var name in parse.GetValue(names)!)
            {
                await sources.RemoveAsync(Accounts.Actor.Operator, name, ct);
                Console.WriteLine($"{name}: removed.");
            }

            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The service with the HTTP client the server uses, configured the same way (environment variables such as
    /// <c>Cordon__ListSources__DownloadTimeout</c>).
    /// </summary>
    private static ServiceProvider OpenServices(CordonServices cordon, out ListSourceService sources)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        collection.AddListSourceHttp();
        var provider = collection.BuildServiceProvider();
        sources = new ListSourceService(cordon, ListFiles.Loader, provider.GetRequiredService<IHttpClientFactory>(), provider.GetRequiredService<IOptions<ListSourceOptions>>().Value);
        return provider;
    }

    private static string? Format(string? format) => format is null or "any" ? null : format;

    private static TimeSpan? ParseInterval(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = IntervalPattern().Match(text.Trim());
        if (!match.Success)
        {
            throw new UserInputException($"interval '{text}' is not a number followed by m, h or d (such as 30m, 6h or 1d).");
        }

        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    private static string FormatInterval(TimeSpan interval) =>
        interval.TotalDays >= 1 && interval.TotalDays % 1 == 0 ? $"{interval.TotalDays:0}d"
        : interval.TotalHours >= 1 && interval.TotalHours % 1 == 0 ? $"{interval.TotalHours:0}h"
        : $"{interval.TotalMinutes:0}m";

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";

    [GeneratedRegex("^([0-9]{1,6})([mhd])$")]
    private static partial Regex IntervalPattern();
}
