using Cordon.Intelligence;
using Cordon.Matching;
using Cordon.Risk.Adapters;
using Cordon.Risk.Lookups;

namespace Cordon.Risk;

/// <summary>
/// The data the engine consults besides the record: IP intelligence, indicators, phone parsing, look-alike domains,
/// the sanctions index and the clock. Everything is optional; a rule whose data is missing does not fire.
/// Instances are immutable once built and safe to share between threads (so must the lookups be).
/// </summary>
public sealed class RiskContext
{
    /// <summary>IP intelligence (country, ASN, VPN/hosting, North Korean ranges).</summary>
    public IIpLookup? IpLookup { get; init; }

    /// <summary>Shared indicators (domains, IPs, e-mails, wallets, phones).</summary>
    public IIndicatorLookup? Indicators { get; init; }

    /// <summary>Phone-number parsing.</summary>
    public IPhoneLookup? Phones { get; init; }

    /// <summary>Look-alike domain detection.</summary>
    public ILookalikeFinder? Lookalikes { get; init; }

    /// <summary>Real companies' domains that front companies imitate.</summary>
    public IReadOnlyList<string> ProtectedDomains { get; init; } = [];

    /// <summary>The sanctions screening index (built by <see cref="Matcher.BuildIndex"/>).</summary>
    public ScreeningIndex? Sanctions { get; init; }

    /// <summary>Wallet addresses found on sanctions lists, compared case-insensitively.</summary>
    public IReadOnlySet<string> SanctionedWallets { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The clock; used for nothing that changes a score except ages relative to the record's own dates.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A context with no external data: only rules that need the record alone can fire.</summary>
    public static RiskContext Empty { get; } = new();

    /// <summary>
    /// A context over the Cordon.Intelligence data: IP intelligence, indicator set, sanctions index, libphonenumber and the
    /// look-alike detector with <paramref name="protectedDomains"/> (default: <see cref="DomainLookalike.DefaultProtectedDomains"/>).
    /// Wallets of the sanctions index's entities must be given separately (<see cref="WalletsOf"/>).
    /// </summary>
    public static RiskContext Create(
        IpIntelligence? ipIntelligence = null,
        IndicatorSet? indicators = null,
        ScreeningIndex? sanctions = null,
        IReadOnlyList<string>? protectedDomains = null,
        IReadOnlySet<string>? sanctionedWallets = null,
        TimeProvider? time = null) => new()
    {
        IpLookup = ipIntelligence is null ? null : new IpIntelligenceLookup(ipIntelligence),
        Indicators = indicators is null ? null : new IndicatorSetLookup(indicators),
        Sanctions = sanctions,
        Phones = PhoneNumberLookup.Instance,
        Lookalikes = DomainLookalikeFinder.Instance,
        ProtectedDomains = protectedDomains ?? DomainLookalike.DefaultProtectedDomains,
        SanctionedWallets = sanctionedWallets ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        Time = time ?? TimeProvider.System,
    };

    /// <summary>Collects the wallet addresses of the given list entries into a set for <see cref="SanctionedWallets"/>.</summary>
    public static IReadOnlySet<string> WalletsOf(IEnumerable<Cordon.Core.ListedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            foreach (var wallet in entity.DigitalCurrencyAddresses)
            {
                set.Add(wallet.Address.Trim());
            }
        }

        return set;
    }
}
