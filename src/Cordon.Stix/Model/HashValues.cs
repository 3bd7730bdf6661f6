using System.Text.RegularExpressions;

namespace Cordon.Stix.Model;

/// <summary>
/// The form of a hash value for the algorithms whose output has a fixed shape (STIX 2.1 section 10.7, the
/// hash-algorithm-ov vocabulary, and the other common digests producers use as hash names): hexadecimal digits of the
/// digest's length, SSDEEP's <c>blocksize:hash:hash</c>, TLSH's 70 hexadecimal digits (optionally after the <c>T1</c>
/// version prefix of current TLSH). The same value is checked in an object's <c>hashes</c> and inside a pattern.
/// </summary>
public static partial class HashValues
{
    private static readonly Dictionary<string, (int HexDigits, string Name)> HexDigests = new(StringComparer.Ordinal)
    {
        ["MD5"] = (32, "MD5"),
        ["SHA1"] = (40, "SHA-1"),
        ["SHA224"] = (56, "SHA-224"),
        ["SHA256"] = (64, "SHA-256"),
        ["SHA384"] = (96, "SHA-384"),
        ["SHA512"] = (128, "SHA-512"),
        ["SHA3224"] = (56, "SHA3-224"),
        ["SHA3256"] = (64, "SHA3-256"),
        ["SHA3384"] = (96, "SHA3-384"),
        ["SHA3512"] = (128, "SHA3-512"),
        ["RIPEMD160"] = (40, "RIPEMD-160"),
        ["WHIRLPOOL"] = (128, "WHIRLPOOL"),
    };

    /// <summary>
    /// Why <paramref name="value"/> cannot be a hash computed with <paramref name="algorithm"/>, or null when it can or
    /// when the algorithm's output has no known fixed form. The algorithm name is read as producers spell it: case and
    /// hyphens do not matter (<c>SHA-256</c>, <c>sha256</c>).
    /// </summary>
    public static string? Problem(string algorithm, string value)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(value);
        var key = algorithm.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (HexDigests.TryGetValue(key, out var digest))
        {
            return value.Length == digest.HexDigits && value.All(char.IsAsciiHexDigit)
                ? null
                : $"'{Clip(value)}' is not a {digest.Name} hash ({digest.HexDigits} hexadecimal digits)";
        }

        return key switch
        {
            "SSDEEP" when !Ssdeep().IsMatch(value) => $"'{Clip(value)}' is not an SSDEEP hash (blocksize:hash:hash, base64 characters)",
            "TLSH" when !Tlsh().IsMatch(value) => $"'{Clip(value)}' is not a TLSH hash (70 hexadecimal digits, optionally after 'T1')",
            _ => null,
        };
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..37] + "...";

    // Block size, then the two spamsum signatures (each at most 64 base64 characters; empty for tiny inputs, "3::").
    [GeneratedRegex(@"^[0-9]{1,10}:[A-Za-z0-9/+]{0,64}:[A-Za-z0-9/+]{0,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Ssdeep();

    [GeneratedRegex(@"^(T1)?[0-9A-Fa-f]{70}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Tlsh();
}
