using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Accounts;
using Cordon.Core;
using Cordon.Hub;
using Cordon.Hub.Misp;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Cli.Commands;

/// <summary>
/// <c>cordon hub …</c>: set up the sharing hub (API roots, collections, rights, sharing groups), move STIX bundles in and
/// out of collections, load a medallion server's data, and follow collections on other TAXII servers.
/// </summary>
internal static partial class HubCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("hub", "The STIX 2.1 / TAXII 2.1 sharing hub: API roots, collections, rights, sharing groups, bundles, federation");
        command.Subcommands.Add(ApiRoot(global));
        command.Subcommands.Add(Collection(global));
        command.Subcommands.Add(Grant(global));
        command.Subcommands.Add(Rights(global));
        command.Subcommands.Add(Group(global));
        command.Subcommands.Add(Import(global));
        command.Subcommands.Add(Export(global));
        command.Subcommands.Add(ImportMedallion(global));
        command.Subcommands.Add(CommunityKeys(global));
        AddFederation(command, global);
        return command;
    }

    private static Command ApiRoot(GlobalOptions global)
    {
        var command = new Command("api-root", "Create or list TAXII API roots (served under /taxii2/NAME/)");
        var name = new Argument<string>("NAME") { Description = "Path segment: letters, digits, '-' and '_'" };
        var title = new Option<string>("--title") { Description = "Title shown to clients", Required = true };
        var description = new Option<string?>("--description") { Description = "Description shown to clients" };
        var max = new Option<long>("--max-content-length") { Description = "Largest request body accepted, in bytes", DefaultValueFactory = _ => 10 * 1024 * 1024 };
        var add = new Command("add", "Create or update an API root") { name, title, description, max };
        add.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var rootName = parse.GetValue(name)!;
            if (!rootName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || rootName.Length == 0)
            {
                throw new UserInputException($"API root name '{rootName}' may hold only letters, digits, '-' and '_'.");
            }

            await using var cordon = await global.OpenAsync(parse, ct);
            await cordon.Store.SaveHubApiRootAsync(new HubApiRoot(rootName, parse.GetValue(title)!, parse.GetValue(description), parse.GetValue(max)), ct);
            await Audit(cordon).RecordAsync(Actor.Operator, AuditActions.HubConfigure, targetType: "hub-api-root", targetId: rootName, details: new { title = parse.GetValue(title), maxContentLength = parse.GetValue(max) }, organisationId: AuditEntry.Platform, cancellationToken: ct);
            Console.WriteLine($"API root '{rootName}' saved: /taxii2/{rootName}/");
            return 0;
        }));
        var list = new Command("list", "List API roots: name, title, max content length (tab-separated)");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            foreach (var root in await cordon.Store.GetHubApiRootsAsync(ct))
            {
                Console.WriteLine(string.Join('\t', root.Name, root.Title, root.MaxContentLength.ToString(CultureInfo.InvariantCulture)));
            }

            return 0;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }

    private static Command Collection(GlobalOptions global)
    {
        var command = new Command("collection", "Create or list collections");
        var apiRoot = new Option<string>("--api-root") { Description = "The API root", Required = true };
        var title = new Option<string>("--title") { Description = "Title shown to clients", Required = true };
        var id = new Option<string?>("--id") { Description = "Collection id (a UUID; default: a new one)" };
        var alias = new Option<string?>("--alias") { Description = "Alternative path segment, unique in the API root" };
        var description = new Option<string?>("--description") { Description = "Description shown to clients" };
        var add = new Command("add", "Create or update a collection; prints its id") { apiRoot, title, id, alias, description };
        add.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var given = parse.GetValue(id);
            if (given is not null && !Guid.TryParse(given, out _))
            {
                throw new UserInputException($"collection id '{given}' is not a UUID.");
            }

            var collectionId = (given ?? Guid.NewGuid().ToString()).ToLowerInvariant();
            await using var cordon = await global.OpenAsync(parse, ct);
            await cordon.Store.SaveHubCollectionAsync(
                new HubCollectionInfo(collectionId, parse.GetValue(apiRoot)!, parse.GetValue(title)!, parse.GetValue(description), parse.GetValue(alias), [TaxiiMediaTypes.Stix21]),
                ct);
            await Audit(cordon).RecordAsync(Actor.Operator, AuditActions.HubConfigure, targetType: "hub-collection", targetId: collectionId, details: new { apiRoot = parse.GetValue(apiRoot), title = parse.GetValue(title), alias = parse.GetValue(alias) }, organisationId: AuditEntry.Platform, cancellationToken: ct);
            Console.WriteLine(collectionId);
            return 0;
        }));
        var onlyRoot = new Option<string?>("--api-root") { Description = "Only this API root" };
        var list = new Command("list", "List collections: id, API root, alias, title (tab-separated)") { onlyRoot };
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            foreach (var collection in await cordon.Store.GetHubCollectionsAsync(parse.GetValue(onlyRoot), ct))
            {
                Console.WriteLine(string.Join('\t', collection.Id, collection.ApiRoot, collection.Alias ?? "-", collection.Title));
            }

            return 0;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }

    private static Command Grant(GlobalOptions global)
    {
        var collection = new Argument<string>("COLLECTION") { Description = "Collection id" };
        var organisation = new Argument<string>("ORGANISATION") { Description = "Organisation id" };
        var read = new Option<bool>("--read") { Description = "May read the collection's objects (each still subject to its TLP marking)" };
        var write = new Option<bool>("--write") { Description = "May add objects (and delete its own)" };
        var command = new Command("grant", "Set an organisation's rights on a collection; neither --read nor --write removes them") { collection, organisation, read, write };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var right = new HubCollectionRight(parse.GetValue(collection)!, parse.GetValue(organisation)!, parse.GetValue(read), parse.GetValue(write));
            await cordon.Store.SetHubCollectionRightAsync(right, ct);
            await Audit(cordon).RecordAsync(Actor.Operator, AuditActions.HubGrant, targetType: "hub-collection", targetId: right.CollectionId, details: new { organisation = right.OrganisationId, read = right.CanRead, write = right.CanWrite }, organisationId: right.OrganisationId, cancellationToken: ct);
            Console.WriteLine($"{right.OrganisationId} on {right.CollectionId}: " + (right.CanRead || right.CanWrite ? $"read {Yes(right.CanRead)}, write {Yes(right.CanWrite)}" : "no access"));
            return 0;
        }));
        return command;
    }

    private static Command Rights(GlobalOptions global)
    {
        var organisation = new Option<string?>("--organisation") { Description = "Only this organisation" };
        var command = new Command("rights", "List collection rights: collection, organisation, read, write (tab-separated)") { organisation };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            foreach (var right in await cordon.Store.GetHubCollectionRightsAsync(parse.GetValue(organisation), ct))
            {
                Console.WriteLine(string.Join('\t', right.CollectionId, right.OrganisationId, Yes(right.CanRead), Yes(right.CanWrite)));
            }

            return 0;
        }));
        return command;
    }

    private static Command Group(GlobalOptions global)
    {
        var command = new Command("group", "Sharing groups: TLP:AMBER objects are shared between the members of a group");
        var id = new Argument<string>("ID") { Description = "Group id" };
        var members = new Argument<string[]>("ORGANISATION") { Description = "Member organisation ids (the full list)", Arity = ArgumentArity.ZeroOrMore };
        var name = new Option<string>("--name") { Description = "Group name", Required = true };
        var set = new Command("set", "Create or replace a sharing group with exactly these members") { id, members, name };
        set.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var group = new HubSharingGroup(parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(members) ?? []);
            await cordon.Store.SaveHubSharingGroupAsync(group, ct);

            // Every member shares under the group: the change is a platform one, in every organisation's log.
            await Audit(cordon).RecordAsync(Actor.Operator, AuditActions.HubGroupSet, targetType: "hub-sharing-group", targetId: group.Id, details: new { name = group.Name, members = group.Organisations }, organisationId: AuditEntry.Platform, cancellationToken: ct);
            Console.WriteLine($"sharing group '{group.Id}': {group.Organisations.Count} member(s)");
            return 0;
        }));
        var list = new Command("list", "List sharing groups: id, name, members (tab-separated)");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            foreach (var group in await cordon.Store.GetHubSharingGroupsAsync(ct))
            {
                Console.WriteLine(string.Join('\t', group.Id, group.Name, string.Join(',', group.Organisations)));
            }

            return 0;
        }));
        command.Subcommands.Add(set);
        command.Subcommands.Add(list);
        return command;
    }

    private static Command Import(GlobalOptions global)
    {
        var file = new Argument<string>("FILE") { Description = "A STIX 2.1 bundle (or TAXII envelope) or MISP JSON file" };
        var collection = new Option<string>("--collection") { Description = "Collection id", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Owning organisation (decides who may read each object, with its TLP marking)", Required = true };
        var format = new Option<HubImportFormat>("--format") { Description = "stix, misp, or auto (recognised by content)", DefaultValueFactory = _ => HubImportFormat.Auto };
        var command = new Command("import", "Import a STIX bundle or MISP events into a collection (all or nothing; importing the same file again adds nothing)") { file, collection, organisation, format };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var owner = parse.GetValue(organisation)!;
            var into = parse.GetValue(collection)!;
            var path = parse.GetValue(file)!;
            var result = await AuditedImportAsync(
                cordon,
                owner,
                into,
                new { file = Path.GetFileName(path), collection = into, format = parse.GetValue(format).ToString().ToLowerInvariant() },
                () => HubBundles.ImportAsync(cordon.Store, into, owner, path, cordon.Time, cordon.HubCorrelation, parse.GetValue(format), ct),
                r => new { added = r.Added, duplicates = r.Duplicates });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Added + result.Duplicates} object(s) read: {result.Added} added, {result.Duplicates} already present."));
            return 0;
        }));
        return command;
    }

    private static Command Export(GlobalOptions global)
    {
        var collection = new Option<string>("--collection") { Description = "Collection id", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Export what this organisation may read (TLP and sharing groups apply)", Required = true };
        var output = new Option<string>("--output") { Description = "File to write", Required = true };
        var all = new Option<bool>("--all-versions") { Description = "Every version, not only the latest of each object (STIX only)" };
        var format = new Option<string>("--format") { Description = "stix (a bundle) or misp (MISP JSON events: {\"response\": [{\"Event\": …}]})", DefaultValueFactory = _ => "stix" };
        format.AcceptOnlyFromAmong("stix", "misp");
        var command = new Command("export", "Export a collection as a STIX 2.1 bundle or as MISP events, as one organisation may read it") { collection, organisation, output, all, format };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var path = parse.GetValue(output)!;
            var temporary = path + ".partial";
            int count;
            try
            {
                await using var stream = File.Create(temporary);
                if (parse.GetValue(format) == "misp")
                {
                    var events = await new MispFeedPublisher(cordon.Store).EventsAsync(parse.GetValue(collection)!, parse.GetValue(organisation)!, forFeed: false, ct);
                    var document = new JsonObject { ["response"] = new JsonArray(events.Select(e => (JsonNode)MispJson.Write(e)).ToArray()) };
                    await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
                    document.WriteTo(writer);
                    count = events.Count;
                }
                else
                {
                    count = await HubBundles.ExportAsync(cordon.Store, parse.GetValue(collection)!, parse.GetValue(organisation)!, stream, parse.GetValue(all), ct);
                }
            }
            catch (HubAccessDeniedException e)
            {
                File.Delete(temporary);
                throw new UserInputException(e.Message);
            }

            File.Move(temporary, path, overwrite: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} {(parse.GetValue(format) == "misp" ? "event(s)" : "object(s)")} written to {path}."));
            return 0;
        }));
        return command;
    }

    private static Command ImportMedallion(GlobalOptions global)
    {
        var file = new Argument<string>("FILE") { Description = "medallion's memory-backend JSON (for example its default_data.json)" };
        var organisation = new Option<string>("--organisation") { Description = "Organisation that receives medallion's rights and owns its objects and statuses", Required = true };
        var command = new Command("import-medallion", "Load a medallion (OASIS TAXII 2.1 reference server) memory-backend file: API roots, collections with their permissions, objects with their date_added, statuses") { file, organisation };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            var owner = parse.GetValue(organisation)!;
            var path = parse.GetValue(file)!;
            var result = await AuditedImportAsync(
                cordon,
                owner,
                null,
                new { file = Path.GetFileName(path), format = "medallion" },
                () => MedallionImport.ImportAsync(cordon.Store, path, owner, cordon.Time, cordon.HubCorrelation, ct),
                r => r);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.ApiRoots} API root(s), {result.Collections} collection(s), {result.Objects} object version(s) added ({result.Duplicates} already present), {result.Statuses} status(es)."));
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Runs an import into the hub and audits it in the owning organisation's log as the workspace audits its changes:
    /// what was read and what it added, or why nothing was.
    /// </summary>
    private static async Task<T> AuditedImportAsync<T>(CordonServices cordon, string organisation, string? collection, object what, Func<Task<T>> import, Func<T, object?> outcome)
    {
        T result;
        try
        {
            result = await import();
        }
        catch (HubImportException e)
        {
            await Audit(cordon).RecordAsync(Actor.Operator, AuditActions.HubImport, AuditOutcomes.Failure, "hub-collection", collection, new { what, reason = e.Message }, organisation, CancellationToken.None);
            throw new UserInputException(e.Message);
        }

        await Audit(cordon).RecordAsync(Actor.Operator, AuditActions.HubImport, AuditOutcomes.Success, "hub-collection", collection, new { what, outcome = outcome(result) }, organisation, CancellationToken.None);
        return result;
    }

    private static AuditLog Audit(CordonServices cordon) => new(cordon.Store, cordon.Time);

    private static string Yes(bool value) => value ? "yes" : "no";
}
