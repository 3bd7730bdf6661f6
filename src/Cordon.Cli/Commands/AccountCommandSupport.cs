using System.CommandLine;
using System.Globalization;
using Cordon.Accounts;
using Cordon.Screening;
using Spectre.Console;

namespace Cordon.Cli.Commands;

/// <summary>What the organisation, user, key and audit commands share: the operator's account service, passwords, times.</summary>
internal static class AccountCommandSupport
{
    public static AccountService AccountsOf(CordonServices cordon) => new(cordon.Store, cordon.Store, cordon.Time);

    /// <summary>The organisation given with <c>--organisation</c>, checked to exist; null when the option is absent.</summary>
    public static async Task<string?> GivenOrganisationAsync(GlobalOptions global, ParseResult parse, CordonServices cordon, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(parse.GetValue(global.Organisation)) ? null : await global.OrganisationAsync(parse, cordon, ct);

    public static Option<bool> PromptOption() => new("--prompt") { Description = "Ask for the password on the terminal (typed twice, not echoed)" };

    public static Option<bool> StdinOption() => new("--password-stdin") { Description = "Read the password from the first line of standard input" };

    /// <summary>The password chosen with <c>--prompt</c> or <c>--password-stdin</c>, or null to have one generated.</summary>
    public static string? ChosenPassword(ParseResult parse, Option<bool> prompt, Option<bool> stdin)
    {
        if (parse.GetValue(prompt) && parse.GetValue(stdin))
        {
            throw new UserInputException("give either --prompt or --password-stdin, not both.");
        }

        if (parse.GetValue(stdin))
        {
            return Console.In.ReadLine() ?? throw new UserInputException("--password-stdin: standard input is empty.");
        }

        if (!parse.GetValue(prompt))
        {
            return null;
        }

        var first = AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        var second = AnsiConsole.Prompt(new TextPrompt<string>("Again:").Secret());
        return first == second ? first : throw new UserInputException("the two passwords differ; nothing was changed.");
    }

    /// <summary>Reads a time: ISO 8601 (UTC when no offset), or a span back from now such as <c>30m</c>, <c>24h</c>, <c>7d</c>.</summary>
    public static DateTimeOffset? ParseTime(string? value, string option, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        var unit = value[^1];
        if (unit is 'm' or 'h' or 'd' && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return now - (unit switch { 'm' => TimeSpan.FromMinutes(amount), 'h' => TimeSpan.FromHours(amount), _ => TimeSpan.FromDays(amount) });
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new UserInputException($"{option}: '{value}' is neither a time (2026-11-30T08:00Z) nor a span back from now (30m, 24h, 7d).");
    }

    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";
}
