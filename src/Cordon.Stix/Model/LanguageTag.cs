using System.Text.RegularExpressions;

namespace Cordon.Stix.Model;

/// <summary>
/// Language tags as STIX 2.1 uses them (<c>lang</c>, language-content <c>contents</c> keys, software <c>languages</c>):
/// RFC 5646. The check is the RFC's well-formedness (section 2.1 syntax and the grandfathered tags of section 2.2.8),
/// case-insensitive; whether each subtag is in the IANA Language Subtag Registry is not checked, since that registry
/// grows and is not shipped here.
/// </summary>
public static partial class LanguageTag
{
    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn",
        "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE", "art-lojban", "cel-gaulish", "no-bok", "no-nyn",
        "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };

    /// <summary>Whether <paramref name="tag"/> is a well-formed RFC 5646 language tag (e.g. <c>en</c>, <c>en-US</c>, <c>zh-Hant-TW</c>, <c>x-klingon</c>).</summary>
    public static bool IsWellFormed(string? tag) =>
        !string.IsNullOrEmpty(tag) && (Grandfathered.Contains(tag) || Syntax().IsMatch(tag));

    // langtag = language [-script] [-region] *(-variant) *(-extension) [-privateuse], or a private-use tag alone.
    [GeneratedRegex(
        @"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
