using System.CommandLine;
using Cordon.Accounts;
using static Cordon.Cli.Commands.AccountCommandSupport;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon orgs …</c>: the organisations whose users, data and audit log are kept apart.</summary>
internal static class OrgsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("orgs", "Organisations: each sees only its own watch list, alerts, assessments, users and audit log");

        var id = new Argument<string>("ID") { Description = "Organisation id: lower-case letters, digits, '-' or '_'" };
        var name = new Option<string?>("--name") { Description = "Name shown to people (default: the id)" };
        var add = new Command("add", "Create an organisation") { id, name };
        add.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var organisation = await AccountsOf(cordon).CreateOrganisationAsync(Actor.Operator, parse.GetValue(id)!, parse.GetValue(name), ct);
            Console.WriteLine($"Created organisation {organisation.Id} ({organisation.Name}).");
            return 0;
        }));

        var list = new Command("list", "List organisations (id, name, created UTC), tab-separated");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            foreach (var organisation in await AccountsOf(cordon).GetOrganisationsAsync(Actor.Operator, ct))
            {
                Console.WriteLine($"{organisation.Id}\t{organisation.Name}\t{Time(organisation.CreatedAt)}");
            }

            return 0;
        }));

        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }
}
