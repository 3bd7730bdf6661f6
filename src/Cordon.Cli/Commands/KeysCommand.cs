using System.CommandLine;
using Cordon.Accounts;
using static Cordon.Cli.Commands.AccountCommandSupport;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon keys …</c>: API keys for programs (REST and TAXII).</summary>
internal static class KeysCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("keys", "API keys: 'Authorization: Bearer cordon_<id>_<secret>', or HTTP Basic with user cordon_<id> and the secret");

        var user = new Option<string>("--user") { Description = "The user the key acts for", Required = true };
        var name = new Option<string?>("--name") { Description = "What the key is for" };
        var role = new Option<string?>("--role") { Description = "Role of the key (default: the user's; never more)" };
        var expires = new Option<string?>("--expires") { Description = "Expiry time (ISO 8601, UTC when no offset); default: never" };
        var create = new Command("create", "Create a key; the whole key is printed once on standard output and only its hash is kept") { user, name, role, expires };
        create.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var expiry = parse.GetValue(expires) is { } text ? ParseExpiry(text) : (DateTimeOffset?)null;
            var created = await AccountsOf(cordon).CreateApiKeyAsync(Actor.Operator, parse.GetValue(user)!, parse.GetValue(name), parse.GetValue(role), expiry, ct);
            Console.Error.WriteLine($"Created key {created.Key.Id} ({created.Key.Role}) for {parse.GetValue(user)!.Trim().ToLowerInvariant()} in organisation {created.Key.OrganisationId}; it is shown once:");
            Console.WriteLine(created.Secret);
            return 0;
        }));

        var list = new Command("list", "List keys (id, user id, name, role, created, expires, revoked, last used; UTC), tab-separated; all organisations unless --organisation is given");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var given = await GivenOrganisationAsync(global, parse, cordon, ct);
            var accounts = AccountsOf(cordon);
            var organisations = given is null ? (await accounts.GetOrganisationsAsync(Actor.Operator, ct)).Select(o => o.Id).ToList() : [given];
            foreach (var organisation in organisations)
            {
                foreach (var key in await accounts.GetApiKeysAsync(Actor.Operator, organisation, ct))
                {
                    Console.WriteLine($"{key.Prefix}\t{key.OrganisationId}\t{key.UserId}\t{key.Name}\t{key.Role}\t{Time(key.CreatedAt)}\t{Time(key.ExpiresAt)}\t{Time(key.RevokedAt)}\t{Time(key.LastUsedAt)}");
                }
            }

            return 0;
        }));

        var id = new Argument<string>("ID") { Description = "Key id (or its prefix cordon_<id>)" };
        var revoke = new Command("revoke", "Revoke a key at once") { id };
        revoke.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var key = await AccountsOf(cordon).RevokeApiKeyAsync(Actor.Operator, parse.GetValue(id)!, ct);
            Console.WriteLine($"Revoked key {key.Prefix}.");
            return 0;
        }));

        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        command.Subcommands.Add(revoke);
        return command;
    }

    private static DateTimeOffset ParseExpiry(string text) =>
        ParseTime(text, "--expires", DateTimeOffset.UtcNow) is { } time && !char.IsLetter(text.Trim()[^1])
            ? time
            : throw new UserInputException($"--expires: '{text}' is not a time such as 2027-01-31 or 2027-01-31T12:00Z.");
}
