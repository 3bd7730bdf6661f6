namespace Cordon.Risk.Lookups;

/// <summary>Kinds of indicator the engine looks up.</summary>
public enum IndicatorKind
{
    /// <summary>A web or e-mail domain.</summary>
    Domain,

    /// <summary>An IP address.</summary>
    Ip,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A crypto-currency wallet address.</summary>
    Wallet,

    /// <summary>A phone number.</summary>
    Phone,
}
