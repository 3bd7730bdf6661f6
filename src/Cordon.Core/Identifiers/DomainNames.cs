using System.Globalization;

namespace Cordon.Core.Identifiers;

/// <summary>The one domain normalisation: indicators, list websites, employer domains and look-alike detection.</summary>
public static class DomainNames
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Multi-label public suffixes common enough to matter for employer domains.</summary>
    private static readonly HashSet<string> TwoLabelSuffixes = new(StringComparer.Ordinal)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "com.au", "net.au", "org.au", "co.nz", "co.jp", "ne.jp", "or.jp",
        "co.kr", "or.kr", "com.cn", "net.cn", "org.cn", "com.hk", "com.tw", "com.sg", "com.my", "com.br", "com.mx", "com.ar", "co.in", "net.in",
        "co.za", "com.tr", "com.ua", "co.il", "com.ph", "com.vn", "co.id", "com.pk", "com.ng", "com.eg", "com.sa", "com.ru",
    };

    /// <summary>
    /// Lower-case ASCII (punycode) form without scheme, path, port, user part, trailing dot or leading <c>www.</c>;
    /// null when it is not a plausible domain name.
    /// </summary>
    public static string? NormaliseAscii(string? text)
    {
        var s = Strip(text);
        if (s is null)
        {
            return null;
        }

        try
        {
            s = Idn.GetAscii(s).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        return StripWww(s);
    }

    /// <summary>Unicode form (punycode labels decoded), lower-case, otherwise as <see cref="NormaliseAscii"/>; null when not a plausible domain.</summary>
    public static string? NormaliseUnicode(string? text)
    {
        var ascii = NormaliseAscii(text);
        if (ascii is null)
        {
            return null;
        }

        try
        {
            return Idn.GetUnicode(ascii).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return ascii;
        }
    }

    /// <summary>Splits a normalised domain into (subdomain labels, registrable name label, public suffix).</summary>
    public static (string[] Sub, string Name, string Suffix) Split(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length == 1)
        {
            return ([], labels[0], string.Empty);
        }

        var suffixLabels = 1;
        if (labels.Length >= 3 && TwoLabelSuffixes.Contains(labels[^2] + "." + labels[^1]))
        {
            suffixLabels = 2;
        }

        var nameIndex = labels.Length - suffixLabels - 1;
        return (labels[..nameIndex], labels[nameIndex], string.Join('.', labels[(nameIndex + 1)..]));
    }

    private static string? Strip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }

        var cut = s.IndexOfAny(['/', '?', '#']);
        if (cut >= 0)
        {
            s = s[..cut];
        }

        var at = s.LastIndexOf('@');
        if (at >= 0)
        {
            s = s[(at + 1)..];
        }

        var colon = s.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            s = s[..colon];
        }

        s = s.TrimEnd('.');
        if (s.Length == 0 || s.Length > 253 || !s.Contains('.', StringComparison.Ordinal) || s.Any(char.IsWhiteSpace))
        {
            return null;
        }

        return s;
    }

    private static string StripWww(string s) => s.StartsWith("www.", StringComparison.Ordinal) && s.IndexOf('.', 4) > 0 ? s[4..] : s;
}
