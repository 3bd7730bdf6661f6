using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Text;
using PhoneNumbers;

namespace Cordon.Stix.Privacy;

/// <summary>
/// Brings personal identifiers to one canonical text before they are hashed, so two partners who write the same
/// identifier differently compute the same keyed hash. Rules (also in docs/stix.md):
/// <list type="bullet">
/// <item>E-mail: trimmed, Unicode NFC, lower-cased; for providers that ignore them, dots in the local part are removed
/// and a <c>+tag</c> suffix is dropped, and alias domains map to the main one (googlemail.com → gmail.com).</item>
/// <item>Phone: parsed with libphonenumber (default region for numbers without a country code) and written in E.164.</item>
/// <item>Account number: IBAN or national number, letters and digits only, upper case.</item>
/// <item>Document number: letters and digits only, upper case, optionally prefixed by the issuing country (ISO 3166-1 alpha-2).</item>
/// </list>
/// </summary>
public static class IdentifierNormalizer
{
    // Providers where "j.o.h.n" and "john" reach the same mailbox.
    private static readonly FrozenSet<string> DotInsensitiveDomains = FrozenSet.ToFrozenSet(["gmail.com"], StringComparer.Ordinal);

    // Providers that deliver "john+anything" to "john" (RFC 5233 sub-addressing).
    private static readonly FrozenSet<string> PlusTagDomains = FrozenSet.ToFrozenSet(
    [
        "gmail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "mac.com",
        "protonmail.com", "proton.me", "pm.me", "fastmail.com", "fastmail.fm", "yandex.com", "yandex.ru", "zoho.com", "gmx.com", "gmx.net",
    ], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> DomainAliases = new Dictionary<string, string>
    {
        ["googlemail.com"] = "gmail.com",
        ["protonmail.ch"] = "protonmail.com",
        ["pm.me"] = "protonmail.com",
        ["proton.me"] = "protonmail.com",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical form of an e-mail address.</summary>
    /// <exception cref="FormatException">Not an address of the form local@domain.</exception>
    public static string Email(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.Any(char.IsWhiteSpace))
        {
            throw new FormatException($"'{address}' is not an e-mail address (local@domain)");
        }

        var local = text[..at];
        var domain = text[(at + 1)..].TrimEnd('.');
        domain = DomainAliases.GetValueOrDefault(domain, domain);
        if (PlusTagDomains.Contains(domain) && local.IndexOf('+', StringComparison.Ordinal) is > 0 and var plus)
        {
            local = local[..plus];
        }

        if (DotInsensitiveDomains.Contains(domain))
        {
            local = local.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return local + "@" + domain;
    }

    /// <summary>The E.164 form of a phone number.</summary>
    /// <param name="number">The number as written (spaces, dashes, brackets, leading 00 or + allowed).</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region for numbers written without a country code.</param>
    /// <exception cref="FormatException">Not a possible phone number.</exception>
    public static string Phone(string number, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        var util = PhoneNumberUtil.GetInstance();
        var text = number.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }

        try
        {
            var parsed = util.Parse(text, defaultRegion?.ToUpperInvariant() ?? "ZZ");
            if (!util.IsPossibleNumber(parsed))
            {
                throw new FormatException($"'{number}' is not a possible phone number");
            }

            return util.Format(parsed, PhoneNumberFormat.E164);
        }
        catch (NumberParseException e)
        {
            throw new FormatException($"'{number}' is not a phone number{(defaultRegion is null ? " (no country code and no default region)" : string.Empty)}: {e.Message}", e);
        }
    }

    /// <summary>The canonical form of a bank account number or IBAN: letters and digits, upper case.</summary>
    /// <exception cref="FormatException">Nothing left after normalisation, or an IBAN whose check digits are wrong.</exception>
    public static string AccountNumber(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var text = AlphanumericUpper(account);
        if (text.Length == 0)
        {
            throw new FormatException($"'{account}' has no letters or digits");
        }

        if (LooksLikeIban(text) && !IsValidIban(text))
        {
            throw new FormatException($"'{account}' looks like an IBAN but its check digits are wrong");
        }

        return text;
    }

    /// <summary>The canonical form of an identity document number, optionally prefixed with the issuing country.</summary>
    /// <exception cref="FormatException">Nothing left after normalisation, or a country that is not two letters.</exception>
    public static string DocumentNumber(string number, string? issuingCountry = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        var text = AlphanumericUpper(number);
        if (text.Length == 0)
        {
            throw new FormatException($"'{number}' has no letters or digits");
        }

        if (issuingCountry is null)
        {
            return text;
        }

        var country = issuingCountry.Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new FormatException($"issuing country '{issuingCountry}' must be an ISO 3166-1 alpha-2 code");
        }

        return country + ":" + text;
    }

    /// <summary>The canonical form of any supported kind (document numbers without a country).</summary>
    public static string Normalize(KeyedIdentifierKind kind, string value, string? defaultRegion = null) => kind switch
    {
        KeyedIdentifierKind.Email => Email(value),
        KeyedIdentifierKind.Phone => Phone(value, defaultRegion),
        KeyedIdentifierKind.AccountNumber => AccountNumber(value),
        KeyedIdentifierKind.DocumentNumber => DocumentNumber(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown identifier kind"),
    };

    /// <summary>Whether the text is an IBAN in electronic form (upper case, no spaces) with valid ISO 7064 mod-97 check digits.</summary>
    public static bool IsValidIban(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        if (!LooksLikeIban(iban) || iban.Length > 34)
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var digits = new StringBuilder();
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                digits.Append((c - 'A' + 10).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                return false;
            }
        }

        return BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static bool LooksLikeIban(string text) =>
        text.Length >= 15 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);

    private static string AlphanumericUpper(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                b.Append(char.ToUpperInvariant(c));
            }
        }

        return b.ToString();
    }
}
