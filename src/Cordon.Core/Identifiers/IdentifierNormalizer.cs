using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Text;
using PhoneNumbers;

namespace Cordon.Core.Identifiers;

/// <summary>
/// The one canonical form of each personal identifier, used wherever identifiers are compared: indicator files, network
/// links, list identifiers and the keyed hashes partners exchange. Two places that normalise one address differently
/// would disagree about whether two records share it. Rules (also in docs/stix.md):
/// <list type="bullet">
/// <item>E-mail: trimmed (also of a <c>mailto:</c> prefix and list punctuation), Unicode NFC, lower-cased; for providers
/// that ignore them, dots in the local part are removed and a <c>+tag</c> suffix is dropped, and alias domains map to the
/// main one (googlemail.com → gmail.com).</item>
/// <item>Phone: a leading international prefix <c>00</c> read as <c>+</c>, parsed with libphonenumber (default region
/// for numbers without a country code) and written in E.164.</item>
/// <item>Wallet: trimmed; hexadecimal (0x…) and bech32 addresses lower-cased (their case is a checksum or
/// insignificant), base58 addresses kept as written (their case is significant).</item>
/// <item>Account number: IBAN or national number, letters and digits only, upper case.</item>
/// <item>Document number: letters and digits only, upper case, optionally prefixed by the issuing country (ISO 3166-1 alpha-2).</item>
/// <item>Domain: see <see cref="DomainNames"/>.</item>
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

    private static readonly PhoneNumberUtil PhoneUtil = PhoneNumberUtil.GetInstance();

    /// <summary>The canonical form of an e-mail address.</summary>
    /// <exception cref="FormatException">Not an address of the form local@domain.</exception>
    public static string Email(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return NormaliseEmail(address) ?? throw new FormatException($"'{address}' is not an e-mail address (local@domain)");
    }

    /// <summary>The canonical form of an e-mail address, or null when the text is not one (local@domain).</summary>
    public static string? NormaliseEmail(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || UnicodeText.IndexOfUnpairedSurrogate(address) >= 0)
        {
            return null;
        }

        var text = address.Trim().Trim(';', ',').Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (text.StartsWith("mailto:", StringComparison.Ordinal))
        {
            text = text[7..];
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var local = text[..at];
        var domain = text[(at + 1)..].TrimEnd('.');
        if (domain.Length == 0)
        {
            return null;
        }

        domain = DomainAliases.GetValueOrDefault(domain, domain);
        if (PlusTagDomains.Contains(domain) && local.IndexOf('+', StringComparison.Ordinal) is > 0 and var plus)
        {
            local = local[..plus];
        }

        if (DotInsensitiveDomains.Contains(domain))
        {
            local = local.Replace(".", string.Empty, StringComparison.Ordinal);
        }

        return local.Length == 0 ? null : local + "@" + domain;
    }

    /// <summary>The E.164 form of a phone number.</summary>
    /// <param name="number">The number as written (spaces, dashes, brackets, leading 00 or + allowed).</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region for numbers written without a country code.</param>
    /// <exception cref="FormatException">Not a possible phone number.</exception>
    public static string Phone(string number, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(number);
        return ParsePhone(number, defaultRegion)?.E164
            ?? throw new FormatException($"'{number}' is not a possible phone number{(string.IsNullOrWhiteSpace(defaultRegion) ? " (no country code and no default region)" : string.Empty)}");
    }

    /// <summary>Parses a phone number as people write it: E.164 form, region and line type.</summary>
    /// <param name="number">The number (<c>+1 415 555 0123</c>, <c>0082 10 1234 5678</c>, <c>(415) 555-0123</c>, …).</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used when the number has no country code; null when none is known.</param>
    /// <returns>The parsed number, or null when it is not a possible phone number.</returns>
    public static PhoneInfo? ParsePhone(string? number, string? defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Length > 64)
        {
            return null;
        }

        var text = number.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            // 00 is the international call prefix in most of the world (and of every DPRK-nexus country).
            text = "+" + text[2..];
        }

        PhoneNumber parsed;
        try
        {
            parsed = PhoneUtil.Parse(text, string.IsNullOrWhiteSpace(defaultRegion) ? "ZZ" : defaultRegion.Trim().ToUpperInvariant());
        }
        catch (NumberParseException)
        {
            return null;
        }

        if (!PhoneUtil.IsPossibleNumber(parsed))
        {
            return null;
        }

        var valid = PhoneUtil.IsValidNumber(parsed);
        var region = valid ? PhoneUtil.GetRegionCodeForNumber(parsed) : null;
        if (region is null or "ZZ" or "001")
        {
            region = null;
        }

        var type = valid ? LineTypeName(PhoneUtil.GetNumberType(parsed)) : "unknown";
        return new PhoneInfo(PhoneUtil.Format(parsed, PhoneNumberFormat.E164), region, type);
    }

    /// <summary>The canonical form of a cryptocurrency wallet address, or null when blank.</summary>
    public static string? NormaliseWallet(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var w = address.Trim();

        // Hex (EVM) and bech32 addresses are case-insensitive; base58 addresses (legacy BTC, TRON) are not.
        return w.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("bc1", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("tb1", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("ltc1", StringComparison.OrdinalIgnoreCase)
            ? w.ToLowerInvariant()
            : w;
    }

    /// <summary>A document or account number reduced to its letters and digits, upper case; null when none is left.</summary>
    public static string? NormaliseDocumentNumber(string? number)
    {
        if (string.IsNullOrEmpty(number) || UnicodeText.IndexOfUnpairedSurrogate(number) >= 0)
        {
            return null;
        }

        var text = AlphanumericUpper(number);
        return text.Length == 0 ? null : text;
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

    private static string LineTypeName(PhoneNumberType type) => type switch
    {
        PhoneNumberType.MOBILE => "mobile",
        PhoneNumberType.FIXED_LINE => "fixed_line",
        PhoneNumberType.FIXED_LINE_OR_MOBILE => "fixed_line_or_mobile",
        PhoneNumberType.VOIP => "voip",
        PhoneNumberType.TOLL_FREE => "toll_free",
        PhoneNumberType.PREMIUM_RATE => "premium_rate",
        PhoneNumberType.SHARED_COST => "shared_cost",
        PhoneNumberType.PERSONAL_NUMBER => "personal_number",
        PhoneNumberType.PAGER => "pager",
        PhoneNumberType.UAN => "uan",
        PhoneNumberType.VOICEMAIL => "voicemail",
        _ => "unknown",
    };
}
