using Cordon.Core.Identifiers;

namespace Cordon.Matching.Index;

/// <summary>Canonical forms of identifiers so that formatting differences do not hide an exact match.</summary>
internal static class Identifiers
{
    /// <summary>Document numbers: letters and digits only, upper case; null when too short to identify anyone.</summary>
    public static string? Document(string number) => IdentifierNormalizer.NormaliseDocumentNumber(number) is { Length: >= 5 } d ? "d:" + d : null;

    /// <summary>E-mail addresses in their canonical form (<see cref="IdentifierNormalizer.NormaliseEmail"/>).</summary>
    public static string? Email(string email) => IdentifierNormalizer.NormaliseEmail(email) is { Length: > 3 } e ? "e:" + e : null;

    /// <summary>Websites reduced to the host name (<see cref="DomainNames.NormaliseAscii"/>).</summary>
    public static string? Website(string website) => DomainNames.NormaliseAscii(website) is { } w ? "w:" + w : null;

    /// <summary>Wallet addresses in their canonical form (<see cref="IdentifierNormalizer.NormaliseWallet"/>); null when too short to identify one.</summary>
    public static string? Wallet(string address) => IdentifierNormalizer.NormaliseWallet(address) is { Length: >= 10 } a ? "c:" + a : null;
}
