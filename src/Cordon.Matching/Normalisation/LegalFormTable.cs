using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Cordon.Matching.Normalisation;

/// <summary>The kind of company a legal form makes: what tells "Commerzbank AG" from "Commerzbank GmbH".</summary>
internal enum LegalFormFamily
{
    /// <summary>Not known (co, corp, inc, foundations, partnerships…): never a reason to tell two names apart.</summary>
    Unknown,

    /// <summary>A company with limited liability and no shares traded (GmbH, Ltd, LLC, OOO, SRL, Sp. z o.o.).</summary>
    LimitedLiability,

    /// <summary>A company with share capital (AG, JSC, OAO, PJSC, SA, SpA, PLC, NV).</summary>
    JointStock,
}

/// <summary>A legal form found in a name: its canonical spelling and family.</summary>
internal sealed record LegalForm(string Canonical, LegalFormFamily Family, string Source);

/// <summary>
/// cordon-name-v2: legal forms from the ISO 20275 Entity Legal Forms code list (GLEIF, CC0; <c>Data/elf-code-list.csv</c>),
/// every jurisdiction and language: the local name ("Aktiengesellschaft", "Общество с ограниченной ответственностью",
/// "Societate cu răspundere limitată", "spółka z ograniczoną odpowiedzialnością"), its transliteration and its
/// abbreviations ("AG", "sp. z o.o.") all map to one canonical spelling, the v1 spelling of the abbreviation where v1
/// has one (OOO → llc, OAO → jsc). Where the table gives no abbreviation, the initials of the local name stand for it
/// (Открытое акционерное общество → OAO). Words are compared by stem (the last two letters of a 6+ letter word dropped)
/// so that the table's plural entries (Акционерные общества) meet the singular in names. English renderings of
/// abbreviations (Open Joint Stock Company, Limited Liability Company) are recognised by their initials.
/// The family (limited liability or joint stock) comes from what the table's names say.
/// </summary>
internal static class LegalFormTable
{
    private const string Resource = "Cordon.Matching.Data.elf-code-list.csv";
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Phrases (as token stems) by their last stem and by their first stem, longest first.</summary>
    private sealed record Table(
        FrozenDictionary<string, Phrase[]> ByLast,
        FrozenDictionary<string, Phrase[]> ByFirst,
        FrozenDictionary<string, LegalFormFamily> Families,
        int Rows);

    private sealed record Phrase(string[] Stems, LegalForm Form);

    /// <summary>Number of active ELF rows read (for tests and the docs).</summary>
    public static int RowCount => Data.Value.Rows;

    /// <summary>The family of a canonical legal form (v1 spelling), Unknown when the table does not say.</summary>
    public static LegalFormFamily FamilyOf(string canonical) => Data.Value.Families.GetValueOrDefault(canonical);

    /// <summary>The stem under which a word is compared: the last two letters of a word of 6+ letters dropped.</summary>
    public static string Stem(string form) => form.Length >= 6 ? form[..^2] : form;

    /// <summary>
    /// The longest legal-form phrase ending at token <paramref name="end"/> (inclusive), as (length, form); length 0 when none.
    /// </summary>
    public static (int Length, LegalForm? Form) EndingAt(IReadOnlyList<NameToken> tokens, int end) =>
        Find(tokens, end, Data.Value.ByLast, backwards: true);

    /// <summary>The longest legal-form phrase starting at token <paramref name="start"/>, as (length, form); length 0 when none.</summary>
    public static (int Length, LegalForm? Form) StartingAt(IReadOnlyList<NameToken> tokens, int start) =>
        Find(tokens, start, Data.Value.ByFirst, backwards: false);

    private static (int, LegalForm?) Find(IReadOnlyList<NameToken> tokens, int at, FrozenDictionary<string, Phrase[]> index, bool backwards)
    {
        if (at < 0 || at >= tokens.Count || !index.TryGetValue(Stem(tokens[at].Forms[0]), out var phrases))
        {
            return (0, null);
        }

        foreach (var phrase in phrases)
        {
            var n = phrase.Stems.Length;
            var first = backwards ? at - n + 1 : at;
            if (first < 0 || first + n > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < n && all; k++)
            {
                all = string.Equals(Stem(tokens[first + k].Forms[0]), phrase.Stems[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return (n, phrase.Form);
            }
        }

        return (0, null);
    }

    /// <summary>
    /// An English rendering of a legal form by its initials: three or four words ending in company or corporation whose
    /// initials spell a known legal form (Open Joint Stock Company → OJSC → jsc, Limited Liability Company → LLC).
    /// Returns the number of words, 0 when none ends at <paramref name="end"/>.
    /// </summary>
    public static (int Length, LegalForm? Form) EnglishRenderingEndingAt(IReadOnlyList<NameToken> tokens, int end)
    {
        if (end < 1 || end >= tokens.Count || tokens[end].Forms[0] is not ("co" or "corp"))
        {
            return (0, null);
        }

        for (var n = Math.Min(4, end + 1); n >= 3; n--)
        {
            var initials = new StringBuilder(n);
            var usable = true;
            for (var k = end - n + 1; k <= end && usable; k++)
            {
                var form = tokens[k].Forms[0];
                usable = form.Length > 1 && char.IsAsciiLetter(form[0])
                    && (k == end || FormWords.Contains(form) || form == "ltd" || Vocabulary.Classify(form) == TokenClass.Distinctive);
                initials.Append(form[0]);
            }

            // Three letters at least (LLC, JSC, OJSC, PLC): two-letter forms (SC, CO) are what any two words spell.
            if (usable && n >= 3 && Vocabulary.CanonicalLegalForm(initials.ToString()) is { } canonical)
            {
                return (n, new LegalForm(canonical, FamilyOf(canonical), "initials of the English rendering"));
            }
        }

        return (0, null);
    }

    private static readonly string[] Columns =
        ["elf_code", "country", "language", "local_name", "transliterated_name", "abbreviations_local", "abbreviations_transliterated"];

    private static Table Load()
    {
        using var stream = typeof(LegalFormTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var csv = Evaluation.EvaluationCsv.Parse(Resource, reader, Columns);
        var rows = csv.Rows;
        var phrases = new List<Phrase>();
        var votes = new Dictionary<string, Dictionary<LegalFormFamily, int>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (local, transliterated) = (csv.Get(row, "local_name"), csv.Get(row, "transliterated_name"));
            var abbreviations = (csv.Get(row, "abbreviations_local") + ";" + csv.Get(row, "abbreviations_transliterated"))
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(a => a.Length > 0).ToList();
            var localStems = Stems(local);
            var family = Classify(local + " " + transliterated);

            // Without an abbreviation in the table, the initials of a company form stand for it (Открытое акционерное
            // общество → OAO); other rows without one (Banking Company - Others) have no short form to meet.
            var canonical = abbreviations.Select(a => Canonical(Stems(a, stem: false))).FirstOrDefault(c => c.Length >= 2)
                ?? (localStems.Length >= 2 && family != LegalFormFamily.Unknown ? Canonical(Initials(local)) : null);
            if (canonical is null || canonical.Length < 2)
            {
                continue;
            }

            var form = new LegalForm(canonical, family, "ISO 20275 ELF " + csv.Get(row, "elf_code") + " (" + csv.Get(row, "country") + ")");
            if (family != LegalFormFamily.Unknown)
            {
                var v = votes.TryGetValue(canonical, out var d) ? d : votes[canonical] = [];
                v[family] = v.GetValueOrDefault(family) + 1;
            }

            foreach (var name in new[] { local, transliterated })
            {
                var stems = Stems(name);
                if (HasOrdinaryWords(name))
                {
                    continue;
                }

                // A single word is a legal form only when it is long and distinctive of one (Aktiengesellschaft);
                // short single words (Bank, Trust, Fondy) are ordinary name words.
                if (stems.Length >= 2 || (stems.Length == 1 && stems[0].Length >= 8))
                {
                    phrases.Add(new Phrase(stems, form));
                }
            }

            foreach (var abbreviation in abbreviations)
            {
                var stems = Stems(abbreviation);
                var joined = string.Concat(Stems(abbreviation, stem: false));
                // One-word abbreviations of two or three letters (SE, II, RA, PFA) are too often ordinary name parts,
                // and of six or more letters (Société) ordinary words: they count only where v1 knows them as legal forms.
                if (stems.Length >= 2 || joined.Length is 4 or 5 || Vocabulary.IsLegalForm(joined))
                {
                    phrases.Add(new Phrase(stems, form));
                }
            }
        }

        var families = votes.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Count == 1 || kv.Value.Values.Max() >= 3 * kv.Value.Values.Min() ? kv.Value.MaxBy(x => x.Value).Key : LegalFormFamily.Unknown,
            StringComparer.Ordinal);
        phrases = phrases.Where(p => p.Stems.Length > 0).DistinctBy(p => string.Join(' ', p.Stems)).ToList();
        phrases = [.. phrases.Select(p => p with { Form = p.Form with { Family = families.GetValueOrDefault(p.Form.Canonical) } })];
        return new Table(
            Index(phrases, p => p.Stems[^1]),
            Index(phrases, p => p.Stems[0]),
            families.ToFrozenDictionary(StringComparer.Ordinal),
            rows.Count);
    }

    // Words of company kinds that are also ordinary name words only when other words qualify them.
    private static readonly HashSet<string> FormWords = new(StringComparer.Ordinal) { "joint", "stock", "limited", "public", "private", "liability" };

    /// <summary>
    /// True when a table name holds a word that names what a company does (Banking Company, Shipping Company,
    /// International Banking Center): such a phrase in a name is part of the name, not its legal form.
    /// </summary>
    private static bool HasOrdinaryWords(string name) =>
        NameNormaliser.Normalise(name).Tokens.Any(t => t.Class == TokenClass.Generic && !FormWords.Contains(t.Forms[0]));

    private static FrozenDictionary<string, Phrase[]> Index(List<Phrase> phrases, Func<Phrase, string> key) =>
        phrases.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Stems.Length).ToArray(), StringComparer.Ordinal);

    private static string Canonical(string[] forms)
    {
        var joined = string.Concat(forms);
        return Vocabulary.CanonicalLegalForm(joined) ?? (forms.Length == 1 ? Vocabulary.CanonicalLegalForm(forms[0]) : null) ?? joined;
    }

    private static string[] Stems(string text, bool stem = true) =>
        [.. NameNormaliser.Normalise(text).Tokens.Select(t => stem ? Stem(t.Forms[0]) : t.Forms[0])];

    private static string[] Initials(string text) =>
        [string.Concat(NameNormaliser.Normalise(text).Tokens.Where(t => t.Forms[0].Length > 2).Select(t => t.Forms[0][0]))];

    // What the table's names say about the kind of company, in the languages of the table (folded to ASCII).
    private static readonly string[] LimitedLiabilityWords =
    [
        "beschrankter haftung", "limited liability", "ogranichennoi", "ogranichennoy", "ogranichenoi", "ograniczona", "raspundere limitata",
        "responsabilite limitee", "responsabilidad limitada", "responsabilita limitata", "responsabilidade limitada",
        "rucenim omezenym", "korlatolt felelossegu", "besloten vennootschap", "private limited", "obmezhenoiu", "obmezhenoyu",
        "ogranicenom", "omejeno", "ierobezotu", "ribota", "piiratud", "yugen", "sinirli", "mbh",
    ];

    private static readonly string[] JointStockWords =
    [
        "aktiengesellschaft", "aktsionern", "akcyjna", "akciova", "anonyme", "anonima", "anonim", "joint stock", "joint-stock",
        "public limited", "pe actiuni", "por acciones", "per azioni", "naamloze", "aktiebolag", "aksjeselskap", "aktieselskab",
        "kabushiki", "akcionarsko", "aktsiaselts", "akcine", "aktsionerne", "akcionarsk", "dionicko",
    ];

    private static LegalFormFamily Classify(string names)
    {
        var folded = Fold(names);
        return LimitedLiabilityWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) ? LegalFormFamily.LimitedLiability
            : JointStockWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) ? LegalFormFamily.JointStock
            : LegalFormFamily.Unknown;
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return AnyAscii.Transliteration.Transliterate(sb.ToString()).ToLowerInvariant();
    }
}
