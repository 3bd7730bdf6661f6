using System.CommandLine;
using System.Globalization;
using Cordon.Intelligence;
using Cordon.Screening;
using Cordon.Storage;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon indicators …</c>: import shared indicator CSV files into the indicator store and list what it holds.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("indicators", "Import shared indicators (domains, IPs, e-mails, wallets, phones) and list the stored ones");
        command.Subcommands.Add(Import(global));
        command.Subcommands.Add(List(global));
        return command;
    }

    private static Command Import(GlobalOptions global)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Indicator CSV files (type,value,context,source)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import indicator CSV files into the store (all or nothing; importing the same file again changes nothing)") { paths };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var files = parse.GetValue(paths)!;
            var set = Terminal.Progress.Status().Start("Reading indicator files…", _ => IndicatorSet.Load(files));
            var now = DateTimeOffset.UtcNow;
            var items = set.All.Select(i => AssessmentService.ToStoredIndicator(i, now)).ToList();
            await using var cordon = await global.OpenAsync(parse, ct);
            var result = await Terminal.Progress.Status().StartAsync(
                $"Storing {items.Count:N0} indicator(s)…",
                _ => cordon.Store.ImportIndicatorsAsync(items, ct));
            foreach (var group in items.GroupBy(i => i.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"{group.Key}: {group.Count().ToString(CultureInfo.InvariantCulture)}");
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Total} indicator(s) read from {files.Length} file(s): {result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged."));
            return 0;
        }));
        return command;
    }

    private static Command List(GlobalOptions global)
    {
        var type = new Option<string?>("--type") { Description = "Only this type: " + string.Join(", ", StoredIndicator.Types) };
        var command = new Command("list", "List the stored indicators, by type then value: type, value, context, source, imported (UTC), expiry, tab-separated") { type };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var only = parse.GetValue(type)?.Trim().ToLowerInvariant();
            if (only is not null && !StoredIndicator.Types.Contains(only, StringComparer.Ordinal))
            {
                throw new UserInputException($"unknown indicator type '{only}' (expected {string.Join(", ", StoredIndicator.Types)}).");
            }

            await using var cordon = await global.OpenAsync(parse, ct);
            var indicators = (await cordon.Store.GetIndicatorsAsync(ct)).Where(i => only is null || i.Type == only).ToList();
            // One tab-separated line per indicator: sources are long URLs that a table would wrap beyond use, and lines can be piped.
            foreach (var i in indicators)
            {
                Console.WriteLine(string.Join(
                    '\t',
                    i.Type,
                    i.Value,
                    i.Context,
                    i.Source,
                    i.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    i.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"));
            }

            var counts = indicators.GroupBy(i => i.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key}");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indicators.Count} indicator(s)") + (indicators.Count > 0 ? $" ({string.Join(", ", counts)})." : "."));
            return 0;
        }));
        return command;
    }
}
