using System.CommandLine;
using Cordon.Screening;
using Cordon.Web.Operations;

namespace Cordon.Cli;

/// <summary>Options every command that touches storage accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Database { get; } = new("--database")
    {
        Description = "PostgreSQL connection string or SQLite file (default: $CORDON_DATABASE, else a SQLite file in the data folder)",
        Recursive = true,
    };

    public Option<string?> DataFolder { get; } = new("--data")
    {
        Description = "Folder for Cordon's own files, created on first run (default: $CORDON_DATA, else ./data)",
        Recursive = true,
    };

    public Option<string?> Intelligence { get; } = new("--intelligence")
    {
        Description = "Folder of intelligence files laid out like shared/data: ip/ (MaxMind country .mmdb, ASN ranges, VPN and hosting ASN lists) and indicators/ (default: $CORDON_INTELLIGENCE; for serve, else the bundled copy; without any, IP and indicator rules stay silent)",
        Recursive = true,
    };

    public Option<string?> RiskConfig { get; } = new("--risk-config")
    {
        Description = "Risk configuration file (weights, thresholds, enabled rules; default: the built-in one, see config/risk.json)",
        Recursive = true,
    };

    public Option<string?> Organisation { get; } = new("--organisation")
    {
        Description = "Organisation whose watch subjects, alerts, assessments, users or keys the command reads and writes (default: default)",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Database);
        root.Options.Add(DataFolder);
        root.Options.Add(Intelligence);
        root.Options.Add(RiskConfig);
    }

    /// <summary>
    /// A default from the environment, read through configuration (<see cref="CordonEnvironment"/>): <c>Cordon__Database</c>
    /// or the short <c>CORDON_DATABASE</c>; null when unset or empty. Read on each call, so a changed environment is seen.
    /// </summary>
    public static string? Setting(string key) => NullIfEmpty(CordonEnvironment.ForCommandLine()[key]);

    /// <summary>The database and data folder the options (or the environment) name.</summary>
    public (string? Database, string DataFolder) Resolve(ParseResult parse) =>
        (parse.GetValue(Database) ?? Setting("Cordon:Database"),
         Path.GetFullPath(parse.GetValue(DataFolder) ?? Setting("Cordon:Data") ?? "data"));

    /// <summary>
    /// Opens storage; loads the risk setup (intelligence files, configuration) only for commands that assess
    /// (<paramref name="withRisk"/>), or uses the one the command has already loaded (<paramref name="risk"/>).
    /// </summary>
    public Task<CordonServices> OpenAsync(ParseResult parse, CancellationToken cancellationToken, bool withRisk = false, RiskSetup? risk = null)
    {
        var database = parse.GetValue(Database) ?? Setting("Cordon:Database");
        var data = parse.GetValue(DataFolder) ?? Setting("Cordon:Data") ?? "data";
        return CordonServices.OpenAsync(database, Path.GetFullPath(data), null, risk ?? (withRisk ? LoadRiskSetup(parse, bundledByDefault: true) : null), cancellationToken);
    }

    public RiskSetup LoadRiskSetup(ParseResult parse, bool bundledByDefault = false)
    {
        var folder = parse.GetValue(Intelligence) ?? Setting("Cordon:Intelligence");
        var bundled = Path.Combine(AppContext.BaseDirectory, "intelligence");
        if (folder is null && bundledByDefault && Directory.Exists(bundled))
        {
            folder = bundled;
        }

        return RiskSetup.Load(folder, parse.GetValue(RiskConfig));
    }

    /// <summary>Adds <c>--organisation</c> to a command that acts within one organisation (and to its subcommands).</summary>
    public Command WithOrganisation(Command command)
    {
        command.Options.Add(Organisation);
        return command;
    }

    /// <summary>The organisation the command acts as (<c>--organisation</c>, else <c>default</c>); it must exist.</summary>
    public async Task<string> OrganisationAsync(ParseResult parse, CordonServices cordon, CancellationToken cancellationToken)
    {
        var id = NullIfEmpty(parse.GetValue(Organisation))?.Trim().ToLowerInvariant() ?? Accounts.Organisation.DefaultId;
        return await cordon.Store.GetOrganisationAsync(id, cancellationToken) is null
            ? throw new UserInputException($"--organisation: no organisation '{id}' (create it with 'cordon orgs add {id}').")
            : id;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
