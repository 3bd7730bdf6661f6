using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cordon.Core.Identifiers;
using Cordon.Stix.Extensions;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Hub.Misp;

/// <summary>A MISP attribute as a STIX observable: the indicator pattern and the observable object for observed-data.</summary>
/// <param name="ScoType">The observable type.</param>
/// <param name="Property">The compared property path (<c>value</c>, <c>iban</c>, <c>hashes.'SHA-256'</c>).</param>
/// <param name="Value">The (normalised) compared value.</param>
/// <param name="Extra">Further properties of the observable object (a wallet's currency).</param>
public sealed record MispObservable(string ScoType, string Property, string Value, IReadOnlyDictionary<string, string>? Extra = null)
{
    /// <summary>The STIX pattern comparing the value.</summary>
    public string Pattern => $"[{ScoType}:{Property} = '{Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The observable object, with the attribute's UUID as its id (as misp-stix does).</summary>
    public JsonObject Observable(string uuid)
    {
        var json = new JsonObject { ["type"] = ScoType, ["spec_version"] = "2.1", ["id"] = ScoType + "--" + uuid };
        if (Property.StartsWith("hashes.", StringComparison.Ordinal))
        {
            json["hashes"] = new JsonObject { [Property["hashes.".Length..].Trim('\'')] = Value };
        }
        else
        {
            json[Property] = Value;
        }

        foreach (var (name, value) in Extra ?? new Dictionary<string, string>())
        {
            json[name] = value;
        }

        if (CordonExtensions.ExtensionIdFor(ScoType) is { } extension)
        {
            json["extensions"] = new JsonObject { [extension] = new JsonObject { ["extension_type"] = "new-sco" } };
        }

        return json;
    }
}

/// <summary>
/// Which MISP attribute types Cordon turns into STIX observables and patterns, and back. Values are normalised the way
/// Cordon's record observables are (lower-case e-mail addresses and domains, E.164 phones, IBANs in electronic form), so
/// an imported indicator matches applicant records; the MISP value itself travels unchanged in <c>x_misp_value</c>.
/// A value that cannot be normalised (a phone number without country code, an IBAN with wrong check digits, a hash of
/// the wrong length) is not turned into a pattern: the attribute is kept as an <c>x-misp-attribute</c>.
/// </summary>
public static partial class MispObservables
{
    private static readonly Dictionary<string, (string Algorithm, int Length)> Hashes = new(StringComparer.Ordinal)
    {
        ["md5"] = ("MD5", 32),
        ["sha1"] = ("'SHA-1'", 40),
        ["sha256"] = ("'SHA-256'", 64),
        ["sha512"] = ("'SHA-512'", 128),
    };

    /// <summary>The MISP types mapped to patterns.</summary>
    public static IReadOnlyList<string> MappedTypes { get; } =
    [
        "email", "email-src", "email-dst", "domain", "hostname", "ip-src", "ip-dst", "url", "link", "phone-number", "btc", "xmr", "iban",
        "md5", "sha1", "sha256", "sha512", "filename",
    ];

    /// <summary>The observable of an attribute, or null when its type (or this value) has no STIX pattern here.</summary>
    public static MispObservable? Map(MispAttributeData attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var value = attribute.Value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        switch (attribute.Type)
        {
            case "email" or "email-src" or "email-dst":
                return value.Contains('@', StringComparison.Ordinal) ? new MispObservable("email-addr", "value", value.ToLowerInvariant()) : null;
            case "domain" or "hostname":
                return new MispObservable("domain-name", "value", value.TrimEnd('.').ToLowerInvariant());
            case "ip-src" or "ip-dst":
                return Ip(value);
            case "url" or "link":
                return new MispObservable("url", "value", value);
            case "phone-number":
                try
                {
                    return new MispObservable(CordonObservableTypes.PhoneNumber, "value", IdentifierNormalizer.Phone(value));
                }
                catch (FormatException)
                {
                    return null; // no country code: which number it is depends on a country MISP does not give
                }

            case "btc" or "xmr":
                return new MispObservable(CordonObservableTypes.CryptocurrencyWallet, "value", value, new Dictionary<string, string> { ["currency"] = attribute.Type.ToUpperInvariant() });
            case "iban":
                try
                {
                    var iban = IdentifierNormalizer.AccountNumber(value);
                    return IdentifierNormalizer.IsValidIban(iban) ? new MispObservable(CordonObservableTypes.BankAccount, "iban", iban) : null;
                }
                catch (FormatException)
                {
                    return null; // wrong check digits: nobody's account
                }

            case "filename":
                return new MispObservable("file", "name", value);
            default:
                if (Hashes.TryGetValue(attribute.Type, out var hash) && value.Length == hash.Length && HexOnly().IsMatch(value))
                {
                    return new MispObservable("file", "hashes." + hash.Algorithm, value.ToLowerInvariant());
                }

                return null;
        }
    }

    /// <summary>
    /// The MISP type and value of an indicator pattern that compares one property of one observable for equality (what
    /// other partners' simple indicators look like); null for anything else (the pattern is then shared as MISP's
    /// <c>stix2-pattern</c> type).
    /// </summary>
    public static (string Type, string Value)? FromPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (!SingleEquality().IsMatch(pattern) || StixPattern.TryParse(pattern, out _) is not { EqualityTerms: { Count: 1 } terms }
            || terms[0].Value.Kind != PatternLiteralKind.QuotedString)
        {
            return null;
        }

        var term = terms[0];
        var value = term.Value.Text;

        string? type = (term.ObjectType, term.PropertyPath) switch
        {
            ("email-addr", "value") => "email",
            ("domain-name", "value") => "domain",
            ("ipv4-addr" or "ipv6-addr", "value") => "ip-dst",
            ("url", "value") => "url",
            (CordonObservableTypes.PhoneNumber, "value") => "phone-number",
            (CordonObservableTypes.BankAccount, "iban") => "iban",
            ("file", "name") => "filename",
            ("file", "hashes.MD5") => "md5",
            ("file", "hashes.SHA-1") => "sha1",
            ("file", "hashes.SHA-256") => "sha256",
            ("file", "hashes.SHA-512") => "sha512",
            (CordonObservableTypes.CryptocurrencyWallet, "value") => "btc",
            _ => null,
        };
        return type is null ? null : (type, value);
    }

    private static MispObservable? Ip(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? value : value[..slash];
        if (!IPAddress.TryParse(address, out var ip) || (ip.AddressFamily == AddressFamily.InterNetwork && address.Count(c => c == '.') != 3))
        {
            return null;
        }

        var type = ip.AddressFamily == AddressFamily.InterNetworkV6 ? "ipv6-addr" : "ipv4-addr";
        if (slash >= 0)
        {
            var bits = value[(slash + 1)..];
            var max = type == "ipv6-addr" ? 128 : 32;
            return int.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= max ? new MispObservable(type, "value", ip + "/" + n.ToString(CultureInfo.InvariantCulture)) : null;
        }

        return new MispObservable(type, "value", ip.ToString());
    }

    // One comparison of one property, nothing else: a pattern with more conditions would widen if shared as one value.
    [GeneratedRegex(@"^\s*\[\s*[a-z0-9-]+:[A-Za-z0-9_.'-]+\s*=\s*'(?:[^'\\]|\\.)*'\s*\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleEquality();

    [GeneratedRegex("^[0-9A-Fa-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexOnly();
}
