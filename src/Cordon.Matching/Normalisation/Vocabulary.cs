using System.Collections.Frozen;
using Cordon.Core;

namespace Cordon.Matching.Normalisation;

/// <summary>
/// Word lists that decide how much a token weighs: legal forms (with their canonical spelling so that
/// "Corporation" and "Corp" agree), function words, and words common in organisation names. These are
/// properties of the language of company names, not of any list; list-specific frequency is added by the index.
/// </summary>
internal static class Vocabulary
{
    // Legal forms after punctuation removal ("S.A." → "sa", "Co." → "co"), mapped to one canonical spelling.
    private static readonly FrozenDictionary<string, string> LegalForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["co"] = "co", ["company"] = "co", ["companies"] = "co", ["cie"] = "co", ["compania"] = "co", ["compagnie"] = "co",
        ["ltd"] = "ltd", ["limited"] = "ltd", ["ltda"] = "ltd", ["ltee"] = "ltd",
        ["llc"] = "llc", ["llp"] = "llp", ["lp"] = "lp", ["plc"] = "plc", ["pllc"] = "llc",
        ["corp"] = "corp", ["corporation"] = "corp", ["corpn"] = "corp", ["corporacion"] = "corp",
        ["inc"] = "inc", ["incorporated"] = "inc",
        ["jsc"] = "jsc", ["ojsc"] = "jsc", ["pjsc"] = "jsc", ["cjsc"] = "jsc", ["zao"] = "jsc", ["oao"] = "jsc", ["pao"] = "jsc", ["ao"] = "jsc",
        ["ooo"] = "llc", ["tov"] = "llc", ["too"] = "llc",
        ["gmbh"] = "gmbh", ["mbh"] = "gmbh", ["ag"] = "ag", ["kg"] = "kg", ["ug"] = "ug", ["ev"] = "ev",
        ["sa"] = "sa", ["sas"] = "sas", ["sarl"] = "sarl", ["srl"] = "srl", ["spa"] = "spa", ["sl"] = "sl", ["sau"] = "sa",
        ["cv"] = "cv", ["sapi"] = "sa", ["sab"] = "sa", ["rl"] = "rl", ["ca"] = "ca", ["snc"] = "snc", ["sc"] = "sc",
        ["bv"] = "bv", ["nv"] = "nv", ["bvba"] = "bv", ["vof"] = "vof",
        ["pte"] = "pte", ["pvt"] = "pvt", ["private"] = "pvt", ["pty"] = "pty", ["sdn"] = "sdn", ["bhd"] = "bhd", ["tbk"] = "tbk", ["pt"] = "pt",
        ["fze"] = "fze", ["fzco"] = "fzco", ["fzc"] = "fzc", ["fzllc"] = "llc", ["dmcc"] = "dmcc", ["est"] = "est", ["establishment"] = "est",
        ["ab"] = "ab", ["as"] = "as", ["asa"] = "as", ["oy"] = "oy", ["oyj"] = "oy", ["aps"] = "aps", ["kft"] = "kft", ["zrt"] = "zrt",
        ["doo"] = "doo", ["dd"] = "dd", ["ad"] = "ad", ["eood"] = "eood", ["sro"] = "sro", ["spzoo"] = "spzoo", ["zoo"] = "spzoo",
        ["kk"] = "kk", ["yk"] = "yk", ["jv"] = "jv", ["sae"] = "sa", ["wll"] = "wll", ["saog"] = "sa", ["saoc"] = "sa",
        ["fz"] = "fz", ["lc"] = "llc", ["cc"] = "cc", ["gie"] = "gie",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        // Short words that are also Korean, Vietnamese or Chinese name syllables (do, an, in, le…) are deliberately absent:
        // a name syllable must never be weighed as a function word.
        "of", "the", "and", "for", "de", "del", "della", "des", "du", "la", "les", "los", "las", "et", "und", "der", "die", "das",
        "van", "von", "mr", "mrs", "ms", "dr", "mv", "mt",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that many unrelated organisations share. Frequency in the loaded lists lowers them further; this table
    // makes sure they stay low even against a small list.
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "trading", "trade", "traders", "international", "intl", "general", "import", "export", "importexport", "impex", "shipping",
        "ship", "shipmanagement", "management", "bank", "banking", "group", "holding", "holdings", "industrial", "industry",
        "industries", "enterprise", "enterprises", "commercial", "commerce", "service", "services", "investment", "investments",
        "development", "technology", "technologies", "tech", "global", "national", "foreign", "marine", "maritime", "logistics",
        "energy", "petroleum", "oil", "gas", "mining", "construction", "engineering", "consulting", "partners", "associates",
        "agency", "office", "bureau", "committee", "ministry", "association", "federation", "union", "center", "centre",
        "institute", "university", "foundation", "society", "organization", "organisation", "department", "factory", "works",
        "store", "stores", "sales", "finance", "financial", "capital", "credit", "insurance", "exchange", "transport",
        "transportation", "airlines", "airline", "air", "lines", "line", "express", "cargo", "freight", "navigation", "tanker",
        "tankers", "steamship", "products", "product", "systems", "system", "solutions", "network", "networks", "media",
        "new", "first", "united", "limited", "manufacturing", "chemical", "chemicals", "electronics", "electric", "machinery",
        "equipment", "materials", "resources", "metal", "metals", "steel", "import-export", "co-operative", "cooperative",
        "corporate", "joint", "stock", "venture", "branch", "representative", "korea", "korean", "china", "chinese", "russia",
        "russian", "iran", "iranian", "syria", "syrian", "asia", "asian", "pacific", "east", "west", "north", "south", "central",
        "overseas", "world", "state", "people", "peoples", "republic", "democratic", "city", "province", "provincial",
        "dprk", "rok", "uae", "usa", "uk", "prc",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Arabic articles and filiation words, with their spelling variants mapped to one form.
    private static readonly FrozenDictionary<string, string> Particles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["al"] = "al", ["el"] = "al", ["bin"] = "bin", ["ibn"] = "bin", ["ben"] = "bin", ["bn"] = "bin", ["bint"] = "bint", ["binti"] = "bint",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical spelling of a name particle (el → al, ibn → bin), or null.</summary>
    public static string? CanonicalParticle(string token) => Particles.GetValueOrDefault(token);

    // Long legal forms and generic words, for recognising them when mistyped (Cmpany, Corporaion, Lmited).
    private static readonly string[] LongVocabulary =
    [
        .. LegalForms.Keys.Where(k => k.Length >= 6),
        .. GenericWords.Where(k => k.Length >= 6 && !k.Contains('-', StringComparison.Ordinal)),
    ];

    /// <summary>The canonical spelling of a legal form, or null when <paramref name="token"/> is not one.</summary>
    public static string? CanonicalLegalForm(string token) => LegalForms.GetValueOrDefault(token);

    /// <summary>
    /// The legal form or generic word that <paramref name="token"/> (6+ letters, not itself in the vocabulary) is a
    /// one-letter slip of (two for 9+ letters), or null. A mistyped "Company" must weigh like "Company", not like a
    /// distinctive name.
    /// </summary>
    public static string? MistypedWord(string token)
    {
        if (token.Length < 5 || LegalForms.ContainsKey(token) || GenericWords.Contains(token))
        {
            return null;
        }

        var allowed = token.Length >= 9 ? 2 : 1;
        foreach (var word in LongVocabulary)
        {
            if (Math.Abs(word.Length - token.Length) <= allowed && EditDistance.Bounded(token, word, allowed) <= allowed)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Classifies a lower-case ASCII token.</summary>
    public static TokenClass Classify(string token)
    {
        if (token.Length == 1 && char.IsAsciiLetter(token[0]))
        {
            return TokenClass.Initial;
        }

        if (Particles.ContainsKey(token))
        {
            return TokenClass.Particle;
        }

        if (LegalForms.ContainsKey(token) || FunctionWords.Contains(token))
        {
            return TokenClass.LegalForm;
        }

        return GenericWords.Contains(token) ? TokenClass.Generic : TokenClass.Distinctive;
    }

    /// <summary>True for function words, which acronyms skip ("Bank of China" → BOC keeps "of", "BC" drops it; both are tried).</summary>
    public static bool IsFunctionWord(string token) => FunctionWords.Contains(token);

    /// <summary>True for legal forms.</summary>
    public static bool IsLegalForm(string token) => LegalForms.ContainsKey(token);
}
