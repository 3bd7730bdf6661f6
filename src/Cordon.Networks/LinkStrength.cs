namespace Cordon.Networks;

/// <summary>How much a shared value says about two records being run by one group.</summary>
public enum LinkStrength
{
    /// <summary>Support only: counted inside a group already linked by stronger values, never forms a group.</summary>
    Weak = 1,

    /// <summary>Forms groups (shared address, same IP in a time window, near-duplicate résumé, referral).</summary>
    Medium = 2,

    /// <summary>Forms groups (same e-mail, phone, device, payout account, wallet, document, near-identical image).</summary>
    Strong = 3,
}
