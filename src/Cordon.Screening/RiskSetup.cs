using Cordon.Intelligence;
using Cordon.Risk;

namespace Cordon.Screening;

/// <summary>What the risk engine runs with besides the sanctions lists: its configuration and the operator's intelligence files.</summary>
/// <param name="Configuration">Weights, thresholds and enabled rules.</param>
/// <param name="IpIntelligence">IP country, ASN, VPN/hosting and North Korean ranges; null when no IP data was given.</param>
/// <param name="Indicators">Shared indicators (domains, IPs, e-mails, wallets, phones); null when none were given.</param>
public sealed record RiskSetup(RiskConfiguration Configuration, IpIntelligence? IpIntelligence, IndicatorSet? Indicators)
{
    /// <summary>The default configuration with no intelligence files.</summary>
    public static RiskSetup Default { get; } = new(RiskConfiguration.Default, null, null);

    /// <summary>
    /// Loads a setup from a folder laid out like the shared data (<c>ip/</c> and <c>indicators/</c>) and an optional configuration file.
    /// </summary>
    /// <exception cref="IntelligenceDataException">A data file is broken; names the file and why.</exception>
    /// <exception cref="RiskConfigurationException">The configuration file is invalid.</exception>
    public static RiskSetup Load(string? intelligenceFolder, string? configurationPath)
    {
        var configuration = configurationPath is null ? RiskConfiguration.Default : RiskConfiguration.Load(configurationPath);
        if (intelligenceFolder is null)
        {
            return new RiskSetup(configuration, null, null);
        }

        if (!Directory.Exists(intelligenceFolder))
        {
            throw new DirectoryNotFoundException($"{intelligenceFolder}: no such folder (expected one holding ip/ and indicators/).");
        }

        var ip = IpIntelligence.Load(IpDataFiles.FromSharedLayout(intelligenceFolder));
        var indicatorFiles = Directory.Exists(Path.Combine(intelligenceFolder, "indicators"))
            ? Directory.GetFiles(Path.Combine(intelligenceFolder, "indicators"), "*indicators*.csv").Order(StringComparer.Ordinal).ToArray()
            : [];
        return new RiskSetup(configuration, ip, indicatorFiles.Length == 0 ? null : IndicatorSet.Load(indicatorFiles));
    }
}
