using System.CommandLine;
using System.Globalization;
using Cordon.Hub;
using Cordon.Stix.Model;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon hub subscribe | subscriptions | poll</c>: follow collections on other TAXII 2.1 servers.</summary>
internal static partial class HubCommand
{
    private static void AddFederation(Command hub, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "A name for the subscription" };
        var url = new Option<string>("--url") { Description = "The remote collection's URL (https://…/taxii2/ROOT/collections/ID/)", Required = true };
        var collection = new Option<string>("--collection") { Description = "Local collection that receives the objects", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Local organisation owning what arrives", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = "API key for the remote server (sent as a bearer token)" };
        var user = new Option<string?>("--user") { Description = "User for HTTP Basic on the remote server" };
        var password = new Option<string?>("--password") { Description = "Password for HTTP Basic (default: $CORDON_REMOTE_PASSWORD)" };
        var subscribe = new Command("subscribe", "Follow a collection on another TAXII 2.1 server (credentials are kept in the database)")
        {
            id, url, collection, organisation, apiKey, user, password,
        };
        subscribe.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var remote))
            {
                throw new UserInputException($"'{parse.GetValue(url)}' is not an absolute URL.");
            }

            string? authorization = null;
            if (parse.GetValue(apiKey) is { } key)
            {
                authorization = TaxiiClient.Bearer(key).ToString();
            }
            else if (parse.GetValue(user) is { } name)
            {
                var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("CORDON_REMOTE_PASSWORD")
                    ?? throw new UserInputException("--user needs --password or $CORDON_REMOTE_PASSWORD.");
                authorization = TaxiiClient.Basic(name, secret).ToString();
            }

            await using var cordon = await global.OpenAsync(parse, ct);
            using var http = new HttpClient();
            await new TaxiiFederation(cordon.Store, http, cordon.Time).SaveAsync(
                new TaxiiSubscription(parse.GetValue(id)!, remote, parse.GetValue(collection)!, parse.GetValue(organisation)!, authorization, null), ct);
            Console.WriteLine($"subscription '{parse.GetValue(id)}' saved; run 'cordon hub poll' to fetch.");
            return 0;
        }));

        var list = new Command("subscriptions", "List subscriptions: id, remote collection, local collection, organisation, polled up to (tab-separated)");
        list.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var http = new HttpClient();
            foreach (var s in await new TaxiiFederation(cordon.Store, http, cordon.Time).GetAllAsync(ct))
            {
                Console.WriteLine(string.Join('\t', s.Id, s.CollectionUrl, s.LocalCollectionId, s.Organisation, s.AddedAfter is { } a ? StixTimestamp.FormatMicroseconds(a) : "-"));
            }

            return 0;
        }));

        var only = new Argument<string[]>("ID") { Description = "Subscriptions to poll (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var poll = new Command("poll", "Fetch what was added to the followed collections since the last poll") { only };
        poll.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var federation = new TaxiiFederation(cordon.Store, http, cordon.Time) { Correlation = cordon.HubCorrelation };
            var ids = parse.GetValue(only) is { Length: > 0 } given ? given : (await federation.GetAllAsync(ct)).Select(s => s.Id).ToArray();
            var failed = 0;
            foreach (var subscription in ids)
            {
                try
                {
                    var result = await federation.PollAsync(subscription, ct);
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{subscription}: {result.Received} object(s) in {result.Pages} page(s), {result.Added} new, {result.Refused} refused."));
                    foreach (var problem in result.Problems.Take(20))
                    {
                        Console.Error.WriteLine($"  refused {problem}");
                    }
                }
                catch (Exception e) when (e is TaxiiException or HttpRequestException or TaskCanceledException)
                {
                    CommandErrors.Error($"{subscription}: {e.Message}");
                    failed++;
                }
            }

            return failed == 0 ? 0 : CommandErrors.Failure;
        }));

        hub.Subcommands.Add(subscribe);
        hub.Subcommands.Add(list);
        hub.Subcommands.Add(poll);
    }
}
