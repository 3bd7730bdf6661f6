namespace Cordon.Matching;

/// <summary>
/// The registry of name-matching algorithms, by name (as nomenklatura keeps its matchers). Each name stands for fixed
/// behaviour: <c>cordon-name-v1</c> stays as it was released, <c>cordon-name-v2</c> adds legal forms from the ISO 20275
/// table, numerals, given-name short forms, same-script comparison of Hangul/Han/kana, discriminating tokens and
/// bracketed acronyms. Screening results and alerts record the name of the algorithm that produced them.
/// </summary>
public static class MatchingAlgorithms
{
    /// <summary>The first released algorithm.</summary>
    public const string V1 = "cordon-name-v1";

    /// <summary>The second algorithm: v1 plus the features of docs/matching.md section 9.</summary>
    public const string V2 = "cordon-name-v2";

    /// <summary>The algorithm used when none is asked for.</summary>
    public const string Default = V1;

    private static readonly Lazy<Matcher> V1Matcher = new(() => new Matcher(V1, null));
    private static readonly Lazy<Matcher> V2Matcher = new(() => new Matcher(V2, null));

    /// <summary>Every registered algorithm name, oldest first.</summary>
    public static IReadOnlyList<string> Names { get; } = [V1, V2];

    /// <summary>The matcher of an algorithm with its default options; the default algorithm when <paramref name="name"/> is null or empty.</summary>
    /// <exception cref="ArgumentException">No algorithm has that name (the message lists the names).</exception>
    public static Matcher Get(string? name) =>
        TryGet(name, out var matcher) ? matcher
            : throw new ArgumentException($"unknown matching algorithm '{name}'; known: {string.Join(", ", Names)}", nameof(name));

    /// <summary>The matcher of an algorithm with its default options, or false when no algorithm has that name.</summary>
    public static bool TryGet(string? name, out Matcher matcher)
    {
        switch (string.IsNullOrWhiteSpace(name) ? Default : name.Trim().ToLowerInvariant())
        {
            case V1:
                matcher = V1Matcher.Value;
                return true;
            case V2:
                matcher = V2Matcher.Value;
                return true;
            default:
                matcher = null!;
                return false;
        }
    }

    /// <summary>True when <paramref name="name"/> is a registered algorithm name.</summary>
    public static bool IsKnown(string? name) => name is not null && Names.Contains(name.Trim().ToLowerInvariant());
}
