namespace Cordon.Risk.Lookups;

/// <summary>The shared indicator store: domains, IPs, e-mails, wallets and phones tied to DPRK IT-worker schemes.</summary>
public interface IIndicatorLookup
{
    /// <summary>Indicators matching a value of the given kind; empty when none.</summary>
    IReadOnlyList<IndicatorMatch> Find(IndicatorKind kind, string value);
}
