using System.Net.Sockets;
using System.Text.RegularExpressions;
using Cordon.Core.Identifiers;

namespace Cordon.Intelligence;

/// <summary>
/// Shared indicators (domains, IPs, CIDR ranges, e-mails and e-mail patterns, wallets, phones) loaded from
/// <c>type,value,context,source</c> CSV files (<see cref="Load"/>) or from the indicator store (<see cref="FromIndicators"/>).
/// Immutable once built; thread-safe.
/// </summary>
/// <remarks>
/// Accepted types: <c>domain</c>, <c>ip</c>/<c>ipv4</c>/<c>ipv6</c> (a value with <c>/</c> is a CIDR range), <c>cidr</c>,
/// <c>email</c>, <c>email_pattern</c> (glob with <c>*</c> and <c>?</c>, stored as <see cref="IndicatorType.Email"/>),
/// <c>wallet</c> and <c>phone</c>. A header row starting with <c>type,</c> is skipped, as are blank lines.
/// </remarks>
public sealed class IndicatorSet
{
    private readonly Dictionary<(IndicatorType, string), List<Indicator>> exact;
    private readonly (Regex Pattern, Indicator Indicator)[] emailPatterns;
    private readonly (IpRange Range, Indicator Indicator)[] cidrs;

    private IndicatorSet(Builder built)
    {
        All = built.All;
        emailPatterns = [.. built.Patterns];
        cidrs = [.. built.Ranges];
        exact = [];
        foreach (var i in built.All)
        {
            var key = (i.Type, i.Value);
            if (!exact.TryGetValue(key, out var list))
            {
                exact[key] = list = [];
            }

            list.Add(i);
        }
    }

    /// <summary>Number of indicators loaded (duplicates from different sources count separately).</summary>
    public int Count => All.Count;

    /// <summary>Every indicator, in file order.</summary>
    public IReadOnlyList<Indicator> All { get; }

    /// <summary>Loads indicator CSV files.</summary>
    /// <param name="csvPaths">The files.</param>
    /// <returns>The set.</returns>
    /// <exception cref="IntelligenceDataException">A file is missing, or a row has an unknown type or an invalid value; names file, line and reason.</exception>
    public static IndicatorSet Load(params string[] csvPaths)
    {
        ArgumentNullException.ThrowIfNull(csvPaths);
        var built = new Builder();
        foreach (var path in csvPaths)
        {
            using (var text = IntelligenceCsv.OpenText(path, "the indicator file"))
            {
                var first = true;
                foreach (var (line, fields) in IntelligenceCsv.Records(text, path))
                {
                    var header = first;
                    first = false;
                    if (header && fields[0].Equals("type", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (fields.Length < 2)
                    {
                        throw new IntelligenceDataException(path, line, "expected type,value,context,source");
                    }

                    var typeText = fields[0].ToUpperInvariant();
                    var raw = fields[1];
                    var context = fields.Length > 2 ? fields[2] : string.Empty;
                    var source = fields.Length > 3 ? fields[3] : string.Empty;
                    if (raw.Length == 0)
                    {
                        throw new IntelligenceDataException(path, line, "empty value");
                    }

                    built.Add(typeText, raw, context, source, path, line);
                }
            }
        }

        return new IndicatorSet(built);
    }

    /// <summary>
    /// Builds a set from indicators held elsewhere (the indicator store), normalising and validating each value exactly as
    /// <see cref="Load"/> does for a CSV row; an <see cref="IndicatorType.Email"/> value with <c>*</c> or <c>?</c> is a pattern.
    /// </summary>
    /// <param name="indicators">The indicators, in the order <see cref="All"/> keeps.</param>
    /// <returns>The set.</returns>
    /// <exception cref="IntelligenceDataException">An indicator has an invalid value; <see cref="IntelligenceDataException.File"/> is
    /// <c>(indicators)</c> and <see cref="IntelligenceDataException.Line"/> its 1-based position.</exception>
    public static IndicatorSet FromIndicators(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var built = new Builder();
        var position = 0;
        foreach (var indicator in indicators)
        {
            position++;
            ArgumentNullException.ThrowIfNull(indicator);
            var typeText = indicator.Type switch
            {
                IndicatorType.Domain => "DOMAIN",
                IndicatorType.Ip => "IP",
                IndicatorType.Cidr => "CIDR",
                IndicatorType.Email => "EMAIL",
                IndicatorType.Wallet => "WALLET",
                IndicatorType.Phone => "PHONE",
                _ => throw new IntelligenceDataException(FromIndicatorsSource, position, "unknown indicator type " + indicator.Type),
            };
            var raw = (indicator.Value ?? string.Empty).Trim();
            if (raw.Length == 0)
            {
                throw new IntelligenceDataException(FromIndicatorsSource, position, "empty value");
            }

            built.Add(typeText, raw, indicator.Context?.Trim() ?? string.Empty, indicator.Source?.Trim() ?? string.Empty, FromIndicatorsSource, position);
        }

        return new IndicatorSet(built);
    }

    /// <summary>
    /// Indicators matching <paramref name="value"/>: a domain also matches indicators on its parent domains; an IP also matches
    /// CIDR indicators containing it; an e-mail also matches e-mail patterns and domain indicators for its domain.
    /// </summary>
    /// <param name="type">Kind of value.</param>
    /// <param name="value">The value as it appears in a record (normalised here).</param>
    /// <returns>The matching indicators, empty when none.</returns>
    public IReadOnlyList<Indicator> Find(IndicatorType type, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var result = new List<Indicator>();
        switch (type)
        {
            case IndicatorType.Domain:
                AddDomain(DomainNames.NormaliseAscii(value), result);
                break;
            case IndicatorType.Ip:
                {
                    var address = IpAddressMath.Parse(value);
                    if (address is null)
                    {
                        break;
                    }

                    AddExact(IndicatorType.Ip, address.ToString(), result);
                    var v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
                    var number = v6 ? IpAddressMath.ToUInt128(address) : IpAddressMath.ToUInt32(address);
                    foreach (var (range, indicator) in cidrs)
                    {
                        if (range.Contains(v6, number))
                        {
                            result.Add(indicator);
                        }
                    }

                    break;
                }

            case IndicatorType.Cidr:
                if (IpAddressMath.ParseCidr(value) is { } cidr)
                {
                    AddExact(IndicatorType.Cidr, IpAddressMath.Format(cidr), result);
                }

                break;
            case IndicatorType.Email:
                {
                    var email = IdentifierNormalizer.NormaliseEmail(value);
                    if (email is null)
                    {
                        break;
                    }

                    AddExact(IndicatorType.Email, email, result);

                    // Patterns are written against addresses as people write them ("kim.*@gmail.com"), so they see the
                    // address as written as well as its canonical form.
                    var written = value.Trim().ToLowerInvariant();
                    foreach (var (pattern, indicator) in emailPatterns)
                    {
                        if (pattern.IsMatch(email) || pattern.IsMatch(written))
                        {
                            result.Add(indicator);
                        }
                    }

                    AddDomain(DomainNames.NormaliseAscii(email[(email.LastIndexOf('@') + 1)..]), result);
                    break;
                }

            case IndicatorType.Wallet:
                AddExact(IndicatorType.Wallet, IdentifierNormalizer.NormaliseWallet(value), result);
                break;
            case IndicatorType.Phone:
                AddExact(IndicatorType.Phone, NormalisePhone(value), result);
                break;
            default:
                break;
        }

        return result;
    }

    private static Indicator Parse(string typeText, string raw, string context, string source, string path, int line, out Regex? pattern, out IpRange? range)
    {
        pattern = null;
        range = null;
        switch (typeText)
        {
            case "DOMAIN":
                {
                    var d = DomainNames.NormaliseAscii(raw) ?? throw new IntelligenceDataException(path, line, "not a domain: '" + raw + "'");
                    return new Indicator(IndicatorType.Domain, d, context, source);
                }

            case "IP" or "IPV4" or "IPV6" or "CIDR":
                {
                    if (typeText == "CIDR" || raw.Contains('/', StringComparison.Ordinal))
                    {
                        var r = IpAddressMath.ParseCidr(raw) ?? throw new IntelligenceDataException(path, line, "not a CIDR range: '" + raw + "'");
                        range = r;
                        return new Indicator(IndicatorType.Cidr, IpAddressMath.Format(r), context, source);
                    }

                    var a = IpAddressMath.Parse(raw) ?? throw new IntelligenceDataException(path, line, "not an IP address: '" + raw + "'");
                    var expectV6 = typeText == "IPV6";
                    if ((typeText == "IPV4" && a.AddressFamily != AddressFamily.InterNetwork) || (expectV6 && a.AddressFamily != AddressFamily.InterNetworkV6))
                    {
                        throw new IntelligenceDataException(path, line, "address family does not match type " + typeText.ToLowerInvariant() + ": '" + raw + "'");
                    }

                    return new Indicator(IndicatorType.Ip, a.ToString(), context, source);
                }

            case "EMAIL" or "EMAIL_PATTERN":
                {
                    var written = raw.Trim().ToLowerInvariant();
                    if (typeText == "EMAIL_PATTERN" || written.Contains('*', StringComparison.Ordinal) || written.Contains('?', StringComparison.Ordinal))
                    {
                        var at = written.LastIndexOf('@');
                        if (at <= 0 || at == written.Length - 1 || written.Any(char.IsWhiteSpace))
                        {
                            throw new IntelligenceDataException(path, line, "not an e-mail pattern: '" + raw + "'");
                        }

                        pattern = GlobToRegex(written);
                        return new Indicator(IndicatorType.Email, written, context, source);
                    }

                    var e = IdentifierNormalizer.NormaliseEmail(raw) ?? throw new IntelligenceDataException(path, line, "not an e-mail address: '" + raw + "'");
                    return new Indicator(IndicatorType.Email, e, context, source);
                }

            case "WALLET":
                return new Indicator(IndicatorType.Wallet, IdentifierNormalizer.NormaliseWallet(raw) ?? throw new IntelligenceDataException(path, line, "empty wallet address"), context, source);
            case "PHONE":
                return new Indicator(IndicatorType.Phone, NormalisePhone(raw), context, source);
            default:
                throw new IntelligenceDataException(path, line, "unknown indicator type '" + typeText.ToLowerInvariant() + "' (expected domain, ip, ipv4, ipv6, cidr, email, email_pattern, wallet, phone)");
        }
    }

    private const string FromIndicatorsSource = "(indicators)";

    /// <summary>The one path by which CSV rows and stored indicators become a set: parse, normalise, index patterns and ranges.</summary>
    private sealed class Builder
    {
        public List<Indicator> All { get; } = [];

        public List<(Regex, Indicator)> Patterns { get; } = [];

        public List<(IpRange, Indicator)> Ranges { get; } = [];

        public void Add(string typeText, string raw, string context, string source, string path, int line)
        {
            var indicator = Parse(typeText, raw, context, source, path, line, out var pattern, out var range);
            All.Add(indicator);
            if (pattern is not null)
            {
                Patterns.Add((pattern, indicator));
            }

            if (range is { } r)
            {
                Ranges.Add((r, indicator));
            }
        }
    }

    // A glob has only * and ?, so the non-backtracking engine matches in time linear in the address, with no timeout:
    // a wall-clock timeout fired on a loaded machine and the same record came out "not evaluated" or not, run by run.
    private static Regex GlobToRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static string NormalisePhone(string raw)
    {
        // A number libphonenumber cannot read is still an indicator: compared by its digits.
        var parsed = IdentifierNormalizer.ParsePhone(raw, null);
        if (parsed is not null)
        {
            return parsed.E164;
        }

        var digits = new string([.. raw.Where(char.IsAsciiDigit)]);
        return raw.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }

    private void AddExact(IndicatorType type, string? value, List<Indicator> result)
    {
        if (value is not null && exact.TryGetValue((type, value), out var list))
        {
            result.AddRange(list);
        }
    }

    private void AddDomain(string? domain, List<Indicator> result)
    {
        if (domain is null)
        {
            return;
        }

        var d = domain;
        while (true)
        {
            AddExact(IndicatorType.Domain, d, result);
            var dot = d.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || d.IndexOf('.', dot + 1) < 0)
            {
                break;
            }

            d = d[(dot + 1)..];
        }
    }
}
