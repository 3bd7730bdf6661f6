using Microsoft.Extensions.Configuration;

namespace Cordon.Web.Operations;

/// <summary>
/// The short environment variables operators set (<c>CORDON_DATABASE</c>, <c>CORDON_LOG_FORMAT</c>…) as a configuration
/// source, so the server and the command line read every setting through configuration binding in one way. They sit
/// under every other source: a value in <c>appsettings.json</c>, a <c>Cordon__Key</c> variable or a command-line option
/// wins over the short variable.
/// </summary>
public static class CordonEnvironment
{
    /// <summary>Each short variable and the configuration key it fills.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CORDON_DATABASE"] = "Cordon:Database",
        ["CORDON_DATA"] = "Cordon:Data",
        ["CORDON_INTELLIGENCE"] = "Cordon:Intelligence",
        ["CORDON_URLS"] = "Cordon:Urls",
        ["CORDON_DATABASE_WAIT"] = "Cordon:DatabaseWaitSeconds",
        ["CORDON_LOG_FORMAT"] = "Cordon:LogFormat",
        ["CORDON_RETENTION_DAYS"] = "Cordon:RetentionDays",
        ["CORDON_RATE_LIMIT"] = "Cordon:RequestsPerMinute",
        ["CORDON_PUBLIC_URL"] = "Cordon:PublicUrl",
        ["CORDON_HUB_POLL_INTERVAL"] = "Cordon:HubPollInterval",
        ["CORDON_INDEX_CACHE"] = "Cordon:IndexCache",
    };

    /// <summary>Adds the short variables found in the environment under the builder's existing sources.</summary>
    /// <param name="builder">The configuration being built.</param>
    /// <param name="environment">Reads a variable (the process environment when null; tests pass their own).</param>
    public static IConfigurationBuilder AddCordonEnvironment(this IConfigurationBuilder builder, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        environment ??= Environment.GetEnvironmentVariable;
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Keys)
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        builder.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = values });
        return builder;
    }

    /// <summary>
    /// The configuration the command line reads its defaults from: the short variables, then <c>Cordon__Key</c> variables.
    /// </summary>
    public static IConfiguration ForCommandLine() =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddCordonEnvironment().Build();
}
