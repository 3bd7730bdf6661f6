namespace Cordon.Intelligence;

/// <summary>Kind of a shared indicator.</summary>
public enum IndicatorType
{
    /// <summary>A domain name; also matches its subdomains.</summary>
    Domain,

    /// <summary>A single IPv4 or IPv6 address.</summary>
    Ip,

    /// <summary>An e-mail address, or a glob pattern (<c>*</c>, <c>?</c>) over e-mail addresses.</summary>
    Email,

    /// <summary>A cryptocurrency wallet address.</summary>
    Wallet,

    /// <summary>A phone number (compared in E.164 form).</summary>
    Phone,

    /// <summary>An IP range in CIDR notation; matches the addresses inside.</summary>
    Cidr,
}
