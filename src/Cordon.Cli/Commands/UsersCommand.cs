using System.CommandLine;
using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Storage;
using static Cordon.Cli.Commands.AccountCommandSupport;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon users …</c>: local accounts, their roles and passwords.</summary>
internal static class UsersCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("users", "Users who sign in to the web workspace and the API (in the organisation given with --organisation, default 'default')");
        command.Subcommands.Add(Add(global));
        command.Subcommands.Add(List(global));
        command.Subcommands.Add(SetDisabled(global, "disable", true));
        command.Subcommands.Add(SetDisabled(global, "enable", false));
        command.Subcommands.Add(ResetPassword(global));
        return command;
    }

    private static Command Add(GlobalOptions global)
    {
        var userName = new Argument<string>("USER") { Description = "User name (letters, digits, '.', '-', '_', '@'; case-insensitive)" };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", CordonRoles.All)}", Required = true };
        var displayName = new Option<string?>("--display-name") { Description = "Name shown to people" };
        var prompt = PromptOption();
        var stdin = StdinOption();
        var command = new Command("add", "Create a user; without --prompt or --password-stdin a password is generated and printed once") { userName, role, displayName, prompt, stdin };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var password = ChosenPassword(parse, prompt, stdin);
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var created = await AccountsOf(cordon).CreateUserAsync(Actor.Operator, organisation, parse.GetValue(userName)!, parse.GetValue(displayName), parse.GetValue(role)!, password, null, ct);
            Console.WriteLine($"Created user {created.User.UserName} ({created.User.Role}) in organisation {organisation}.");
            if (created.GeneratedPassword is { } generated)
            {
                Console.WriteLine($"Password (shown once, not stored): {generated}");
            }

            return 0;
        }));
        return command;
    }

    private static Command List(GlobalOptions global)
    {
        var command = new Command("list", "List users (user, organisation, role, state, last sign-in UTC), tab-separated; all organisations unless --organisation is given");
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await GivenOrganisationAsync(global, parse, cordon, ct);
            var now = cordon.Time.GetUtcNow();
            foreach (var user in await AccountsOf(cordon).GetUsersAsync(Actor.Operator, organisation, ct))
            {
                Console.WriteLine($"{user.UserName}\t{user.OrganisationId}\t{user.Role}\t{State(user, now)}\t{Time(user.LastSignInAt)}");
            }

            return 0;
        }));
        return command;
    }

    private static Command SetDisabled(GlobalOptions global, string name, bool disabled)
    {
        var userName = new Argument<string>("USER") { Description = "User name" };
        var command = new Command(name, disabled ? "Disable a user: no sign-in, no API keys, open sessions end" : "Enable a disabled user again") { userName };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var user = await AccountsOf(cordon).SetDisabledAsync(Actor.Operator, parse.GetValue(userName)!, disabled, ct);
            Console.WriteLine($"User {user.UserName} is {(disabled ? "disabled" : "enabled")}.");
            return 0;
        }));
        return command;
    }

    private static Command ResetPassword(GlobalOptions global)
    {
        var userName = new Argument<string>("USER") { Description = "User name" };
        var prompt = PromptOption();
        var stdin = StdinOption();
        var command = new Command("reset-password", "Set a new password (generated and printed once unless --prompt or --password-stdin) and lift a lock-out") { userName, prompt, stdin };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var password = ChosenPassword(parse, prompt, stdin);
            await using var cordon = await global.OpenAsync(parse, ct);
            var generated = await AccountsOf(cordon).ResetPasswordAsync(Actor.Operator, parse.GetValue(userName)!, password, ct);
            Console.WriteLine($"Password of {AccountService.NormaliseUserName(parse.GetValue(userName))} reset.");
            if (generated is not null)
            {
                Console.WriteLine($"Password (shown once, not stored): {generated}");
            }

            return 0;
        }));
        return command;
    }

    private static string State(UserAccount user, DateTimeOffset now) =>
        user.Disabled ? "disabled" : LockoutPolicy.IsLocked(user.LockedUntil, now) ? $"locked until {Time(user.LockedUntil)}" : "active";
}
