using System.CommandLine;
using System.Globalization;
using Cordon.Accounts;
using Cordon.Cli.Serving;
using Cordon.Screening;
using Cordon.Web;
using Cordon.Web.Endpoints;
using Cordon.Web.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Cordon.Cli.Commands;

/// <summary><c>cordon serve</c>: the REST API, its OpenAPI document and the web UI.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(GlobalOptions global)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Address(es) to listen on, separated by ';' (default: $CORDON_URLS, else {DefaultUrl})",
        };
        var noDefaults = new Option<bool>("--no-default-lists")
        {
            Description = "Do not load the bundled OFAC SDN and UN lists when the store holds no list yet",
        };
        var logFormat = new Option<string?>("--log-format") { Description = "Console log format: simple or json (one object per line, with request ids) (default: $CORDON_LOG_FORMAT, else simple)" };
        var retention = new Option<int?>("--retention-days") { Description = "Purge assessments and alerts of unwatched subjects older than this many days, at start and daily (default: $CORDON_RETENTION_DAYS, else keep)" };
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per minute per caller (API key, user or address); 0 turns it off (default: $CORDON_RATE_LIMIT, else 6000)" };
        var publicUrl = new Option<string?>("--public-url") { Description = "Address partners reach this server at, used in TAXII discovery (default: $CORDON_PUBLIC_URL, else the first --urls address)" };
        var databaseWait = new Option<int?>("--database-wait")
        {
            Description = $"Seconds to keep trying to open the database at start (server down, database not created yet, role not allowed yet), with backoff, before exiting with an error (default: $CORDON_DATABASE_WAIT, else {DatabaseStartup.DefaultWait.TotalSeconds:0}; 0 tries once)",
        };
        var command = new Command("serve", "Start the server: REST API with OpenAPI at /openapi/v1.json, the web UI at /, /health/live, /health/ready and /metrics") { urls, noDefaults, logFormat, retention, rateLimit, publicUrl, databaseWait };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var format = parse.GetValue(logFormat) ?? GlobalOptions.Setting("Cordon:LogFormat") ?? "simple";
            using var console = new ServeConsole(format);
            var wait = parse.GetValue(databaseWait)
                ?? (int.TryParse(GlobalOptions.Setting("Cordon:DatabaseWaitSeconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : null);
            if (wait is < 0)
            {
                throw new UserInputException($"--database-wait: {wait} seconds is not possible; give 0 (try once) or more.");
            }

            CordonServices opened;
            try
            {
                // Intelligence files are read once, before the database is waited for.
                var risk = global.LoadRiskSetup(parse, bundledByDefault: true);
                var (database, dataFolder) = global.Resolve(parse);
                opened = await DatabaseStartup.OpenAsync(
                    token => CordonServices.OpenAsync(database, dataFolder, null, risk, token),
                    database,
                    wait is { } given ? TimeSpan.FromSeconds(given) : DatabaseStartup.DefaultWait,
                    console,
                    ct);
            }
            catch (DatabaseStartupException e)
            {
                console.Error(e.Message);
                return CommandErrors.Failure;
            }

            await using var cordon = opened;
            var adminPassword = await new AccountService(cordon.Store, cordon.Store, cordon.Time).BootstrapAsync(ct);
            if (adminPassword is not null)
            {
                AnnounceAdministrator(console, adminPassword, global.Resolve(parse).DataFolder);
            }

            if (!parse.GetValue(noDefaults))
            {
                await LoadDefaultListsAsync(cordon, console, ct);
            }

            var address = parse.GetValue(urls) ?? GlobalOptions.Setting("Cordon:Urls") ?? DefaultUrl;
            var app = CordonWebApplication.Build(cordon, [], builder =>
            {
                builder.WebHost.UseUrls(address.Split(';', StringSplitOptions.RemoveEmptyEntries));
                SetIfGiven(builder, "LogFormat", parse.GetValue(logFormat));
                SetIfGiven(builder, "RetentionDays", parse.GetValue(retention)?.ToString(CultureInfo.InvariantCulture));
                SetIfGiven(builder, "RequestsPerMinute", parse.GetValue(rateLimit)?.ToString(CultureInfo.InvariantCulture));
                SetIfGiven(builder, "PublicUrl", parse.GetValue(publicUrl));
            });
            await app.StartAsync(ct);
            // Build the screening index before announcing readiness, so the first request is as fast as the rest.
            await cordon.Catalog.GetIndexAsync(ct);
            console.Info($"Cordon is serving {cordon.Store.Provider} storage at {string.Join(", ", app.Urls)} (UI at /, OpenAPI at {CordonWebApplication.OpenApiPath}). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(ct);
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The first administrator's password goes to a person, never into a log: printed when standard output is a terminal in
    /// the simple format; otherwise (JSON logs, output redirected to a file, a journal or a container log) written to a file
    /// only the server's user can read, whose path is logged. Only its hash is stored.
    /// </summary>
    private static void AnnounceAdministrator(ServeConsole console, string password, string dataFolder)
    {
        var created = $"First run: created organisation '{Accounts.Organisation.DefaultId}' and administrator '{AccountService.BootstrapUserName}'";
        if (!console.IsJson && !Console.IsOutputRedirected)
        {
            Console.WriteLine($"{created} with password: {password}");
            Console.WriteLine("Write it down now: it is not shown again (reset it with 'cordon users reset-password admin').");
            return;
        }

        Directory.CreateDirectory(dataFolder);
        var path = Path.Combine(dataFolder, InitialPasswordFileName);
        File.Delete(path);
        using (var writer = new StreamWriter(Storage.OwnerOnlyFile.Create(path)))
        {
            writer.WriteLine(password);
        }

        console.Info($"{created}; its password is in {path} (readable by this user only): sign in, change it, then delete the file. 'cordon users reset-password admin' sets a new one.");
    }

    /// <summary>File in the data folder that receives the first administrator's password when no person watches the console.</summary>
    public const string InitialPasswordFileName = "initial-admin-password";

    private static void SetIfGiven(WebApplicationBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            builder.Configuration[$"{OperationsOptions.Section}:{name}"] = value;
        }
    }

    /// <summary>Imports the lists shipped beside the program, but only into an empty store: later imports are the user's.</summary>
    private static async Task LoadDefaultListsAsync(CordonServices cordon, ServeConsole console, CancellationToken ct)
    {
        if ((await cordon.Store.GetListsAsync(ct)).Count > 0)
        {
            return;
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "lists");
        if (!Directory.Exists(folder))
        {
            console.Warning($"no bundled lists at {folder}; import lists with 'cordon lists import PATH'.");
            return;
        }

        var (outcome, _) = await PlatformListImport.ImportAsync(cordon, new Accounts.AuditLog(cordon.Store, cordon.Time), Accounts.Actor.Operator, [folder], () => ListFiles.LoadWithWarnings([folder]), acceptIncomplete: false, ct);
        foreach (var list in outcome.Lists)
        {
            console.Info($"Loaded bundled list {list.Version.ListName}: {list.Version.EntityCount} entries (version {list.Version.Id}).");
        }
    }
}
