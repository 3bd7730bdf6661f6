using System.Collections.Frozen;
using System.Text;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// cordon-name-v2: short and familiar forms of given names (Bill → William, Peggy → Margaret, Alex → Alexander), from
/// the public table of <c>carltonnorthern/nicknames</c> (Apache 2.0; <c>Data/given-name-short-forms.csv</c>).
/// A token that is a short form gets the full names as further forms, so "Bill Gates" meets "William Gates" and two
/// short forms of one name (Bill, Will) meet through it. Forms of two letters and words that are particles, legal forms
/// or read as Korean syllables (Kim, Min, Su) are left alone: there the English table would invent relations.
/// </summary>
internal static class GivenNameShortForms
{
    private const string Resource = "Cordon.Matching.Data.given-name-short-forms.csv";
    private static readonly Lazy<FrozenDictionary<string, string[]>> FullNames = new(Load);

    /// <summary>The full given names that <paramref name="form"/> is a short form of (none when it is not one).</summary>
    public static string[] Of(string form) => FullNames.Value.GetValueOrDefault(form) ?? [];

    /// <summary>Number of short forms known (for tests and the docs).</summary>
    public static int Count => FullNames.Value.Count;

    private static FrozenDictionary<string, string[]> Load()
    {
        using var stream = typeof(GivenNameShortForms).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var csv = Evaluation.EvaluationCsv.Parse(Resource, reader, ["name1", "relationship", "name2"]);
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in csv.Rows)
        {
            if (csv.Get(row, "relationship") != "has_nickname")
            {
                continue;
            }

            var full = NameNormaliser.FoldLatin(csv.Get(row, "name1"));
            var nickname = NameNormaliser.FoldLatin(csv.Get(row, "name2"));
            // Two spellings of one name (Alexander, Alexandria) are not a short form of each other: spelling
            // tolerance decides those, and the table would otherwise join different names (Alexander ~ Alexandra).
            if (full.Length < 3 || nickname.Length < 3 || full == nickname
                || (full.Length >= 5 && nickname.Length >= 5 && full[..5] == nickname[..5]))
            {
                continue;
            }

            (map.TryGetValue(nickname, out var list) ? list : map[nickname] = []).Add(full);
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
