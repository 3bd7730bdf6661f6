using System.Reflection;
using Cordon.Core;
using Cordon.Core.Identifiers;

namespace Cordon.Intelligence;

/// <summary>
/// Detects domains that imitate a real company's domain: homoglyphs (including IDN punycode), typos, added words,
/// hyphenation, TLD swaps and subdomain tricks. The real domain itself and its subdomains are not look-alikes. Thread-safe.
/// </summary>
public static class DomainLookalike
{
    /// <summary>Words that impostors attach to a brand (<c>microsoft-careers.com</c>, <c>stripehr.net</c>).</summary>
    private static readonly string[] AddedWords =
    [
        "careers", "career", "jobs", "job", "hr", "hiring", "hire", "recruit", "recruiting", "recruitment", "recruiter", "talent", "team",
        "staff", "staffing", "work", "works", "apply", "onboarding", "interview", "inc", "llc", "ltd", "corp", "co", "group", "global",
        "us", "usa", "uk", "eu", "tech", "official", "portal", "login", "secure", "hq", "dev", "labs", "app", "mail", "support", "pay",
        "payments", "payroll", "people", "remote", "online", "services", "solutions", "partners", "contractor", "contractors", "vendor",
    ];

    private static readonly Lazy<List<string>> Defaults = new(LoadDefaults);

    /// <summary>
    /// The built-in list of commonly imitated employer domains (big tech, payment and staffing companies), from the embedded
    /// resource <c>Resources/protected-domains.txt</c>. Operators extend or replace it with <see cref="LoadProtectedDomains"/>.
    /// </summary>
    public static IReadOnlyList<string> DefaultProtectedDomains => Defaults.Value;

    /// <summary>Reads a protected-domain file: one domain per line, <c>#</c> comments and blank lines ignored.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The normalised domains.</returns>
    /// <exception cref="IntelligenceDataException">The file is missing or a line is not a domain.</exception>
    public static IReadOnlyList<string> LoadProtectedDomains(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IntelligenceDataException(path, null, "cannot read the protected-domain list: " + e.Message, e);
        }

        return Parse(lines, path);
    }

    /// <summary>Checks <paramref name="domain"/> against <see cref="DefaultProtectedDomains"/>.</summary>
    /// <param name="domain">Domain, URL or e-mail address.</param>
    /// <returns>The best look-alike match, or null.</returns>
    public static LookalikeMatch? Find(string domain) => Find(domain, DefaultProtectedDomains);

    /// <summary>Checks whether <paramref name="domain"/> imitates one of <paramref name="protectedDomains"/>.</summary>
    /// <param name="domain">Domain, URL or e-mail address (its domain part is used).</param>
    /// <param name="protectedDomains">Real company domains.</param>
    /// <returns>
    /// The strongest match (highest similarity), or null when none, when <paramref name="domain"/> is not a domain, or when it
    /// is a protected domain or a subdomain of one.
    /// </returns>
    public static LookalikeMatch? Find(string domain, IEnumerable<string> protectedDomains)
    {
        ArgumentNullException.ThrowIfNull(protectedDomains);
        var ascii = DomainNames.NormaliseAscii(domain);
        var unicode = DomainNames.NormaliseUnicode(domain);
        if (ascii is null || unicode is null)
        {
            return null;
        }

        var candidates = new List<string>();
        foreach (var p in protectedDomains)
        {
            var pa = DomainNames.NormaliseAscii(p);
            if (pa is null)
            {
                continue;
            }

            if (ascii == pa || ascii.EndsWith("." + pa, StringComparison.Ordinal))
            {
                return null; // the real domain or one of its subdomains
            }

            candidates.Add(DomainNames.NormaliseUnicode(pa) ?? pa);
        }

        LookalikeMatch? best = null;
        var idn = ascii.Contains("xn--", StringComparison.Ordinal) || Confusables.HasNonAscii(unicode);
        foreach (var p in candidates)
        {
            var technique = Technique(unicode, p, idn);
            if (technique is null)
            {
                continue;
            }

            var sd = Confusables.Skeleton(unicode);
            var sp = Confusables.Skeleton(p);
            var similarity = 1.0 - ((double)EditDistance.Compute(sd, sp) / Math.Max(sd.Length, sp.Length));
            var match = new LookalikeMatch(ascii, p, technique, Math.Round(similarity, 3));
            if (best is null || Rank(match) > Rank(best))
            {
                best = match;
            }
        }

        return best;
    }

    private static double Rank(LookalikeMatch m) => m.Similarity + (m.Technique is "subdomain" or "added-word" ? 0 : 0.5);

    private static string? Technique(string d, string p, bool idn)
    {
        var (dSub, dName, dSuffix) = DomainNames.Split(d);
        var (_, pName, pSuffix) = DomainNames.Split(p);
        var skD = Confusables.Skeleton(dName);
        var skP = Confusables.Skeleton(pName);

        // Subdomain trick: the whole protected domain, or its brand label, sits in the subdomain part (stripe.com.evil.io).
        if (dSub.Length > 0)
        {
            var sub = string.Join('.', dSub);
            if (sub == p || sub.EndsWith("." + p, StringComparison.Ordinal) || sub.StartsWith(p + ".", StringComparison.Ordinal) || sub.Contains("." + p + ".", StringComparison.Ordinal)
                || (pName.Length >= 4 && dSub.Any(l => Confusables.Skeleton(l) == skP)))
            {
                return "subdomain";
            }
        }

        if (dName == pName)
        {
            return dSuffix == pSuffix ? null : "tld-swap";
        }

        if (skD == skP)
        {
            return idn ? "idn-homoglyph" : "homoglyph";
        }

        if (pName.Length < 4)
        {
            return null; // too short to judge typos or added words without flooding
        }

        if (dName.Replace("-", string.Empty, StringComparison.Ordinal) == pName.Replace("-", string.Empty, StringComparison.Ordinal))
        {
            return "hyphenation";
        }

        var limit = pName.Length >= 9 ? 2 : pName.Length >= 5 ? 1 : 0;
        if (limit > 0 && Math.Abs(dName.Length - pName.Length) <= limit && EditDistance.Compute(skD, skP) <= limit)
        {
            return idn ? "idn-homoglyph" : "typo";
        }

        if (IsAddedWord(skD, skP))
        {
            return "added-word";
        }

        return null;
    }

    private static bool IsAddedWord(string name, string brand)
    {
        if (name.Length <= brand.Length)
        {
            return false;
        }

        var tokens = name.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > 1 && tokens.Contains(brand))
        {
            return true;
        }

        var flat = name.Replace("-", string.Empty, StringComparison.Ordinal);
        foreach (var word in AddedWords)
        {
            var w = Confusables.Skeleton(word);
            if (flat == brand + w || flat == w + brand)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Parse(IEnumerable<string> lines, string source)
    {
        var result = new List<string>();
        var n = 0;
        foreach (var line in lines)
        {
            n++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            result.Add(DomainNames.NormaliseAscii(text) ?? throw new IntelligenceDataException(source, n, "not a domain: '" + text + "'"));
        }

        return result;
    }

    private static List<string> LoadDefaults()
    {
        const string name = "Cordon.Intelligence.protected-domains.txt";
        using var stream = typeof(DomainLookalike).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("embedded resource missing: " + name);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lines.Add(line);
        }

        return Parse(lines, name);
    }
}
