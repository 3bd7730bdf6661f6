using System.CommandLine;
using System.Globalization;
using Cordon.Hub;
using Cordon.Hub.Misp;
using Cordon.Stix.Model;
using Cordon.Web.Federation;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon hub subscribe | subscriptions | unsubscribe | poll</c>: follow collections on other TAXII 2.1 servers and MISP feeds.</summary>
internal static partial class HubCommand
{
    private static void AddFederation(Command hub, GlobalOptions global)
    {
        var id = new Argument<string>("ID") { Description = "A name for the subscription" };
        var url = new Option<string?>("--url") { Description = "The remote TAXII collection's URL (https://…/taxii2/ROOT/collections/ID/)" };
        var mispFeed = new Option<string?>("--misp-feed") { Description = "Or a MISP feed's URL (where manifest.json and <uuid>.json are)" };
        var collection = new Option<string>("--collection") { Description = "Local collection that receives the objects", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Local organisation owning what arrives", Required = true };
        var apiKey = new Option<string?>("--api-key") { Description = "API key for the remote server (sent as a bearer token)" };
        var user = new Option<string?>("--user") { Description = "User for HTTP Basic on the remote server" };
        var password = new Option<string?>("--password") { Description = "Password for HTTP Basic (default: $CORDON_REMOTE_PASSWORD)" };
        var header = new Option<string?>("--authorization") { Description = "A MISP feed's whole Authorization header value (for example \"Token …\"), instead of --api-key/--user" };
        var subscribe = new Command("subscribe", "Follow a collection on another TAXII 2.1 server, or a MISP feed (credentials are kept in the database)")
        {
            id, url, mispFeed, collection, organisation, apiKey, user, password, header,
        };
        subscribe.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var given = parse.GetValue(url) ?? parse.GetValue(mispFeed);
            if ((parse.GetValue(url) is null) == (parse.GetValue(mispFeed) is null))
            {
                throw new UserInputException("Give either --url (a TAXII collection) or --misp-feed (a MISP feed).");
            }

            if (!Uri.TryCreate(given, UriKind.Absolute, out var remote))
            {
                throw new UserInputException($"'{given}' is not an absolute URL.");
            }

            var authorization = parse.GetValue(header);
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
            try
            {
                if (parse.GetValue(mispFeed) is not null)
                {
                    await new MispFeedFollower(cordon.Store, http, cordon.Time).SaveAsync(
                        new MispFeedSubscription(parse.GetValue(id)!, remote, parse.GetValue(collection)!, parse.GetValue(organisation)!, authorization), ct);
                }
                else
                {
                    await new TaxiiFederation(cordon.Store, http, cordon.Time).SaveAsync(
                        new TaxiiSubscription(parse.GetValue(id)!, remote, parse.GetValue(collection)!, parse.GetValue(organisation)!, authorization, null), ct);
                }
            }
            catch (ArgumentException e)
            {
                throw new UserInputException(e.Message);
            }

            Console.WriteLine($"subscription '{parse.GetValue(id)}' saved; run 'cordon hub poll' to fetch (or set Cordon:HubPollInterval for 'cordon serve').");
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
            // The server's client: brief failures of a partner's server are retried within the poll.
            await using var services = new ServiceCollection().AddFederationHttp().BuildServiceProvider();
            using var http = services.CreateFederationClient();
            var federation = new TaxiiFederation(cordon.Store, http, cordon.Time) { Correlation = cordon.HubCorrelation };
            var feeds = new MispFeedFollower(cordon.Store, http, cordon.Time) { Correlation = cordon.HubCorrelation };
            var feedIds = (await feeds.GetAllAsync(ct)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var ids = parse.GetValue(only) is { Length: > 0 } given ? given : [.. (await federation.GetAllAsync(ct)).Select(s => s.Id), .. feedIds];
            var failed = 0;
            foreach (var subscription in ids)
            {
                if (feedIds.Contains(subscription))
                {
                    try
                    {
                        var result = await feeds.PollAsync(subscription, ct);
                        Console.WriteLine(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{subscription}: {result.Listed} event(s) listed, {result.Fetched} new or changed, {result.Stored} stored, {result.Added} object version(s) added, {result.Revoked} withdrawn."));
                        foreach (var problem in result.Problems.Take(20))
                        {
                            Console.Error.WriteLine($"  refused {problem}");
                        }

                        failed += result.Problems.Count > 0 ? 1 : 0;
                    }
                    catch (Exception e) when (e is MispFeedException or HttpRequestException or TaskCanceledException)
                    {
                        CommandErrors.Error($"{subscription}: {e.Message}");
                        failed++;
                    }

                    continue;
                }

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

        var gone = new Argument<string>("ID") { Description = "The subscription to stop following (what it brought stays)" };
        var unsubscribe = new Command("unsubscribe", "Stop following a TAXII collection or MISP feed") { gone };
        unsubscribe.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var cordon = await global.OpenAsync(parse, ct);
            using var http = new HttpClient();
            var name = parse.GetValue(gone)!;
            if (!await new MispFeedFollower(cordon.Store, http, cordon.Time).RemoveAsync(name, ct) && !await new TaxiiFederation(cordon.Store, http, cordon.Time).RemoveAsync(name, ct))
            {
                throw new UserInputException($"No subscription named '{name}'.");
            }

            Console.WriteLine($"subscription '{name}' removed.");
            return 0;
        }));
        hub.Subcommands.Add(unsubscribe);
    }
}
