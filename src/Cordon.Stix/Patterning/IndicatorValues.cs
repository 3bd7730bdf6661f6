using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Cordon.Core.Identifiers;

namespace Cordon.Stix.Patterning;

/// <summary>
/// The checks an indicator's value passes before it is shared, per kind of observable (<c>ipv4-addr:value</c>,
/// <c>email-addr:value</c>, <c>bank-account:iban</c>…), and its canonical form. One set of rules for the workspace's
/// share form and the REST API, reusing Cordon's identifier normalisation: a partner that receives <c>999.12.1</c> as an
/// IPv4 indicator cannot match it to anything, and trusts the next one less. Objects arriving over TAXII or from MISP are
/// not held to it: real feeds carry loose values (a URL without its scheme) that are still worth correlating.
/// </summary>
public static partial class IndicatorValues
{
    /// <summary>The observable paths whose values are checked, with what each is in words.</summary>
    public static IReadOnlyDictionary<string, string> Checked { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ipv4-addr:value"] = "an IPv4 address (four numbers from 0 to 255 separated by dots, optionally /prefix)",
        ["ipv6-addr:value"] = "an IPv6 address (optionally /prefix)",
        ["email-addr:value"] = "an e-mail address (local@domain)",
        ["domain-name:value"] = "a domain name (labels of letters, digits and hyphens separated by dots, ending in a top-level domain)",
        ["url:value"] = "an absolute http, https or ftp URL",
        ["cryptocurrency-wallet:value"] = "a cryptocurrency wallet address (0x and 40 hexadecimal digits, a bech32 address such as bc1…, or a base58 address of 25 to 110 characters such as 1…, T… or a Monero address)",
        ["bank-account:iban"] = "an IBAN with valid check digits",
        ["phone-number:value"] = "a phone number with its country code (E.164, e.g. +850 2 381 5926)",
    };

    /// <summary>
    /// The canonical form of <paramref name="value"/> as a value of <paramref name="path"/> (e.g. <c>ipv4-addr:value</c>),
    /// or null with <paramref name="problem"/> saying why it is not one. Paths not in <see cref="Checked"/> pass unchanged.
    /// </summary>
    public static string? Normalise(string path, string value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        problem = null;
        var text = value.Trim();
        var canonical = path switch
        {
            "ipv4-addr:value" => Ip(text, AddressFamily.InterNetwork),
            "ipv6-addr:value" => Ip(text, AddressFamily.InterNetworkV6),
            "email-addr:value" => Email(text),
            "domain-name:value" => Domain(text),
            "url:value" => Url(text),
            "cryptocurrency-wallet:value" => Wallet(text),
            "bank-account:iban" => Iban(text),
            "phone-number:value" => text.StartsWith('+') ? IdentifierNormalizer.ParsePhone(text, null)?.E164 : null,
            _ => text.Length == 0 ? null : value,
        };
        if (canonical is null)
        {
            problem = Checked.TryGetValue(path, out var what) ? $"'{Clip(value)}' is not {what}" : "the value is empty";
        }

        return canonical;
    }

    /// <summary>
    /// For a pattern that is one equality on a checked path (<c>[ipv4-addr:value = '198.51.100.7']</c>, as the workspace
    /// shares them), the path and the value's canonical form: two such indicators with the same key say the same thing.
    /// Null for any other pattern.
    /// </summary>
    public static (string Path, string Value)? SimpleKey(StixPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Root is not ObservationComparison { Comparison: PropertyTest { Operator: ComparisonOperator.Equal, Negated: false } test }
            || test.Values.Count != 1 || test.Value.Kind != PatternLiteralKind.QuotedString)
        {
            return null;
        }

        var path = test.Path.ToString();
        return Checked.ContainsKey(path) && Normalise(path, test.Value.Text, out _) is { } canonical ? (path, canonical.ToLowerInvariant()) : null;
    }

    private static string? Ip(string text, AddressFamily family)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];

        // IPAddress.TryParse alone takes "10.1" or "0x0A.1.1.1" for IPv4; an indicator is a dotted quad in decimal.
        if (family == AddressFamily.InterNetwork && !DottedQuad().IsMatch(address))
        {
            return null;
        }

        if (!IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != family || address.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }

        var bits = family == AddressFamily.InterNetwork ? 32 : 128;
        if (slash < 0)
        {
            return parsed.ToString();
        }

        return int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= bits
            ? parsed + "/" + prefix.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Email(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || IdentifierNormalizer.NormaliseEmail(text) is null || Domain(text[(at + 1)..]) is not { } domain)
        {
            return null;
        }

        // The mailbox as written (a provider's dots and +tags are the partner's to interpret), the domain canonical.
        return text[..at] + "@" + domain;
    }

    private static string? Domain(string text)
    {
        if (text.Length == 0 || text.IndexOfAny(['/', ':', '@', '?', '#', ' ']) >= 0)
        {
            return null;
        }

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(text.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = ascii.Split('.');
        return ascii.Length <= 253 && labels.Length >= 2 && labels.All(l => DomainLabel().IsMatch(l)) && !labels[^1].All(char.IsAsciiDigit)
            && DomainNames.NormaliseAscii(ascii) is not null
            ? ascii
            : null;
    }

    private static string? Url(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ftp"))
        {
            return null;
        }

        return uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || Domain(uri.IdnHost) is not null ? text : null;
    }

    private static string? Wallet(string text) =>
        HexWallet().IsMatch(text) || Bech32Wallet().IsMatch(text) || Base58Wallet().IsMatch(text) ? IdentifierNormalizer.NormaliseWallet(text) : null;

    private static string? Iban(string text)
    {
        var compact = IdentifierNormalizer.NormaliseDocumentNumber(text);
        return compact is not null && IdentifierNormalizer.IsValidIban(compact) ? compact : null;
    }

    private static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DottedQuad();

    [GeneratedRegex(@"^(?!-)[a-z0-9-]{1,63}(?<!-)\z", RegexOptions.CultureInvariant)]
    private static partial Regex DomainLabel();

    [GeneratedRegex(@"^0x[0-9a-fA-F]{40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexWallet();

    [GeneratedRegex(@"^([a-z][a-z0-9]{0,19}1[ac-hj-np-z02-9]{8,100}|[A-Z][A-Z0-9]{0,19}1[AC-HJ-NP-Z02-9]{8,100})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Bech32Wallet();

    [GeneratedRegex(@"^[1-9A-HJ-NP-Za-km-z]{25,110}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Base58Wallet();
}
