using System.Text;

namespace Cordon.Matching.Index;

/// <summary>Canonical forms of identifiers so that formatting differences do not hide an exact match.</summary>
internal static class Identifiers
{
    /// <summary>Document numbers: letters and digits only, upper case; null when too short to identify anyone.</summary>
    public static string? Document(string number)
    {
        var sb = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.Length >= 5 ? "d:" + sb : null;
    }

    /// <summary>E-mail addresses, trimmed and lower case.</summary>
    public static string? Email(string email)
    {
        var e = email.Trim().Trim('.', ';', ',').ToLowerInvariant();
        return e.Contains('@', StringComparison.Ordinal) && e.Length > 3 ? "e:" + e : null;
    }

    /// <summary>Websites reduced to the host name, without scheme, "www." or path.</summary>
    public static string? Website(string website)
    {
        var w = website.Trim().ToLowerInvariant();
        var scheme = w.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            w = w[(scheme + 3)..];
        }

        var end = w.IndexOfAny(['/', '?', '#', ' ']);
        if (end >= 0)
        {
            w = w[..end];
        }

        if (w.StartsWith("www.", StringComparison.Ordinal))
        {
            w = w[4..];
        }

        w = w.TrimEnd('.');
        return w.Contains('.', StringComparison.Ordinal) && w.Length > 3 ? "w:" + w : null;
    }

    /// <summary>Wallet addresses: exact, except hexadecimal (0x…) addresses, whose case is only a checksum.</summary>
    public static string? Wallet(string address)
    {
        var a = address.Trim();
        if (a.Length < 10)
        {
            return null;
        }

        return a.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? "c:" + a.ToLowerInvariant() : "c:" + a;
    }
}
