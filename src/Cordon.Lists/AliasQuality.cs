using System.Text.RegularExpressions;
using Cordon.Core;

namespace Cordon.Lists;

/// <summary>
/// One rule, for every list, for telling a weak alias from a strong one. Lists say it in different places and words:
/// OFAC's "weak a.k.a." and <c>isLowQuality</c>, the UN's <c>QUALITY</c> "Low", the UK's <c>AliasStrength</c>
/// "Low quality a.k.a", and the EU's alias <c>remark</c> "low quality alias" (even misspelt "low quality aliias") on a
/// name that the EU still flags <c>strong="true"</c>. Whatever the list, such a name is evidence, never a match on its own.
/// </summary>
public static partial class AliasQuality
{
    /// <summary>True when <paramref name="marker"/> (a quality field or an alias remark) calls the name low quality or weak.</summary>
    /// <param name="marker">The list's words about the alias; null or blank says nothing.</param>
    public static bool SaysWeak(string? marker) => marker is not null && WeakWords().IsMatch(marker);

    /// <summary>The strength of an alias: weak when any of <paramref name="markers"/> says so, strong otherwise.</summary>
    /// <param name="markers">Quality fields and remarks of the alias.</param>
    public static AliasStrength Of(params string?[] markers) =>
        markers.Any(SaysWeak) ? AliasStrength.Weak : AliasStrength.Strong;

    // "low", "low quality", "low-quality", "weak", "weak a.k.a."; never "below" or "weakened" inside other words.
    [GeneratedRegex(@"\b(low(\s*-?\s*quality)?|weak)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakWords();
}
