using System.Globalization;
using Cordon.Core;

namespace Cordon.Matching.Evaluation;

/// <summary>
/// The labelled evaluation set: name pairs, list queries and clean names, as read from the <c>eval/</c> folder.
/// </summary>
/// <param name="NamePairs">Labelled name pairs (<c>name-pairs.csv</c>).</param>
/// <param name="Queries">Labelled list queries (<c>list-queries.csv</c>).</param>
/// <param name="CleanNames">Names on no list (<c>clean-names.csv</c>).</param>
public sealed record EvaluationSet(IReadOnlyList<LabelledNamePair> NamePairs, IReadOnlyList<LabelledQuery> Queries, IReadOnlyList<CleanName> CleanNames)
{
    /// <summary>File name of the labelled name pairs.</summary>
    public const string NamePairsFile = "name-pairs.csv";

    /// <summary>File name of the labelled list queries.</summary>
    public const string QueriesFile = "list-queries.csv";

    /// <summary>File name of the clean names.</summary>
    public const string CleanNamesFile = "clean-names.csv";

    /// <summary>File name of the recorded baseline.</summary>
    public const string BaselineFile = "baseline.json";

    /// <summary>
    /// The list folders (under <c>shared/data/lists</c>) the queries and clean names are evaluated against, all loaded together.
    /// The 2019-01 SDN is left out: it is an older version of the same list.
    /// </summary>
    public static IReadOnlyList<string> ListFolders { get; } =
        ["ofac-sdn-2021-07", "ofac-consolidated-nonsdn", "ofac-enhanced-xml", "un", "us-csl-2022-04", "bis-dpl"];

    /// <summary>Reads the three files of an evaluation folder.</summary>
    /// <param name="folder">The folder holding <c>name-pairs.csv</c>, <c>list-queries.csv</c> and <c>clean-names.csv</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="EvaluationFileException">A file is missing or broken.</exception>
    public static EvaluationSet Load(string folder) =>
        new(ReadNamePairs(Path.Combine(folder, NamePairsFile)),
            ReadQueries(Path.Combine(folder, QueriesFile)),
            ReadCleanNames(Path.Combine(folder, CleanNamesFile)));

    /// <summary>Reads labelled name pairs from a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The pairs in file order.</returns>
    /// <exception cref="EvaluationFileException">The file is missing or broken.</exception>
    public static IReadOnlyList<LabelledNamePair> ReadNamePairs(string path) => WithFile(path, r => ReadNamePairs(path, r));

    /// <summary>Reads labelled name pairs: header <c>id,name1,name2,type,match,category,note</c>.</summary>
    /// <param name="file">Display name for error messages.</param>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The pairs in file order.</returns>
    /// <exception cref="EvaluationFileException">The content is broken.</exception>
    public static IReadOnlyList<LabelledNamePair> ReadNamePairs(string file, TextReader reader)
    {
        var csv = EvaluationCsv.Parse(file, reader, ["id", "name1", "name2", "type", "match", "category", "note"]);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<LabelledNamePair>(csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var id = UniqueId(csv, row, ids);
            var match = csv.Required(row, "match") switch
            {
                "1" => true,
                "0" => false,
                var other => throw csv.Error(row, "match", "expected 1 (same party) or 0 (different parties), found '" + other + "'"),
            };
            pairs.Add(new LabelledNamePair(id, csv.Required(row, "name1"), csv.Required(row, "name2"), Kind(csv, row), match,
                csv.Required(row, "category"), csv.Get(row, "note")));
        }

        return pairs;
    }

    /// <summary>Reads labelled list queries from a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The queries in file order.</returns>
    /// <exception cref="EvaluationFileException">The file is missing or broken.</exception>
    public static IReadOnlyList<LabelledQuery> ReadQueries(string path) => WithFile(path, r => ReadQueries(path, r));

    /// <summary>Reads labelled list queries: header <c>id,name,type,date_of_birth,nationality,expected,category,note</c>.</summary>
    /// <param name="file">Display name for error messages.</param>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The queries in file order.</returns>
    /// <exception cref="EvaluationFileException">The content is broken.</exception>
    public static IReadOnlyList<LabelledQuery> ReadQueries(string file, TextReader reader)
    {
        var csv = EvaluationCsv.Parse(file, reader, ["id", "name", "type", "date_of_birth", "nationality", "expected", "category", "note"]);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var queries = new List<LabelledQuery>(csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var id = UniqueId(csv, row, ids);
            var expected = new List<EntityKey>();
            var expectedText = csv.Get(row, "expected");
            if (expectedText.Length > 0)
            {
                foreach (var part in expectedText.Split('|'))
                {
                    if (!EntityKey.TryParse(part, out var key))
                    {
                        throw csv.Error(row, "expected", "'" + part + "' is not listid:sourceid (alternatives are separated by '|'; empty means a clean name)");
                    }

                    expected.Add(key!);
                }
            }

            var nationality = csv.Get(row, "nationality");
            var subject = new ScreeningSubject
            {
                Name = csv.Required(row, "name"),
                Kind = Kind(csv, row),
                DateOfBirth = Date(csv, row),
                Nationality = nationality.Length == 0 ? null : nationality,
            };
            queries.Add(new LabelledQuery(id, subject, expected, csv.Required(row, "category"), csv.Get(row, "note")));
        }

        return queries;
    }

    /// <summary>Reads clean names from a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The names in file order.</returns>
    /// <exception cref="EvaluationFileException">The file is missing or broken.</exception>
    public static IReadOnlyList<CleanName> ReadCleanNames(string path) => WithFile(path, r => ReadCleanNames(path, r));

    /// <summary>Reads clean names: header <c>id,name,type</c>.</summary>
    /// <param name="file">Display name for error messages.</param>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The names in file order.</returns>
    /// <exception cref="EvaluationFileException">The content is broken.</exception>
    public static IReadOnlyList<CleanName> ReadCleanNames(string file, TextReader reader)
    {
        var csv = EvaluationCsv.Parse(file, reader, ["id", "name", "type"]);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<CleanName>(csv.Rows.Count);
        foreach (var row in csv.Rows)
        {
            var id = UniqueId(csv, row, ids);
            names.Add(new CleanName(id, csv.Required(row, "name"), Kind(csv, row)));
        }

        return names;
    }

    private static T WithFile<T>(string path, Func<TextReader, T> read)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationFileException(path, null, null, "no such file");
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return read(reader);
    }

    private static string UniqueId(EvaluationCsv csv, CsvRow row, HashSet<string> ids)
    {
        var id = csv.Required(row, "id");
        return ids.Add(id) ? id : throw csv.Error(row, "id", "the id '" + id + "' is used twice");
    }

    private static SubjectKind Kind(EvaluationCsv csv, CsvRow row) =>
        csv.Get(row, "type").ToUpperInvariant() switch
        {
            "" or "ANY" => SubjectKind.Any,
            "PERSON" or "INDIVIDUAL" => SubjectKind.Person,
            "ORGANIZATION" or "ORGANISATION" or "ENTITY" or "COMPANY" => SubjectKind.Organization,
            "VESSEL" => SubjectKind.Vessel,
            "AIRCRAFT" => SubjectKind.Aircraft,
            var other => throw csv.Error(row, "type", "expected person, organization, vessel, aircraft or any, found '" + other.ToLowerInvariant() + "'"),
        };

    private static PartialDate? Date(EvaluationCsv csv, CsvRow row)
    {
        var text = csv.Get(row, "date_of_birth");
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.Split('-');
        var numbers = new int[parts.Length];
        var valid = parts.Length <= 3 && parts[0].Length == 4;
        for (var i = 0; valid && i < parts.Length; i++)
        {
            valid = int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]);
        }

        if (!valid || (parts.Length > 1 && numbers[1] is < 1 or > 12) ||
            (parts.Length > 2 && (numbers[2] < 1 || numbers[2] > DateTime.DaysInMonth(numbers[0], numbers[1]))))
        {
            throw csv.Error(row, "date_of_birth", "expected yyyy, yyyy-mm or yyyy-mm-dd, found '" + text + "'");
        }

        return new PartialDate(text, numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
    }
}
