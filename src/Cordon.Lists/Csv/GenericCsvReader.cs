using System.Globalization;
using System.Text;
using Cordon.Core;
using Cordon.Lists.Ofac;
using CsvHelper;

namespace Cordon.Lists.Csv;

/// <summary>
/// Reads a user's own list (an internal block list, a list exported from another tool) from a CSV file with a header
/// row, the columns mapped to fields by a <see cref="CsvColumnMap"/>. The separator (comma, semicolon or tab) is taken
/// from the header row. A row without a name, or with a type the reader does not know, is skipped and reported.
/// </summary>
/// <remarks>Not detected by content (any CSV could be a list): chosen explicitly, <c>cordon lists import FILE --format csv --map …</c>.</remarks>
/// <param name="map">Which column holds which field.</param>
/// <param name="listId">The list's id, stable across imports so that a new file replaces the previous version (e.g. "internal-blocklist").</param>
/// <param name="listName">The list's name as shown; the list id when null.</param>
public sealed class GenericCsvReader(CsvColumnMap map, string listId, string? listName = null) : IListReader
{
    /// <summary>The format name, as given to <c>--format</c>.</summary>
    public const string FormatName = "csv";

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileText.FirstLine(files[0]) is { } header && map.Columns.Values.All(c => Split(header, Separator(header)).Contains(c, StringComparer.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentException.ThrowIfNullOrWhiteSpace(listId);
        var file = SourceFile.Sole(files, "a CSV list is one file");
        var header = SourceFileText.FirstLine(file) ?? throw new ListFormatException(file.Name, null, "the file is empty");
        var separator = Separator(header);
        var records = new RecordSkipper(file.Name);
        try
        {
            using var csv = ListCsv.Open(file, new CsvReaderOptions
            {
                Separator = separator,
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < csv.Headers.Count; i++)
            {
                index.TryAdd(csv.Headers[i].Trim(), i);
            }

            var missing = map.Columns.Where(c => !index.ContainsKey(c.Value)).Select(c => $"'{c.Value}' (for {c.Key})").ToList();
            if (missing.Count > 0)
            {
                throw new ListFormatException(file.Name, 1, $"the header has no column {string.Join(", ", missing)}; it has {string.Join(", ", csv.Headers.Select(h => $"'{h.Trim()}'"))}");
            }

            long row = 0;
            while (csv.Read())
            {
                row++;
                var values = map.Columns.ToDictionary(c => c.Key, c => csv.GetString(index[c.Value]).Trim(), StringComparer.Ordinal);
                var raw = Encoding.UTF8.GetString(csv.RawRecord).TrimEnd('\r', '\n');
                var rowNumber = row;
                records.Add(csv.LineNumber, values.GetValueOrDefault("id") is { Length: > 0 } given ? given : null, () => Map(file, csv.LineNumber, rowNumber, values, raw));
            }
        }
        catch (CsvFormatException ex)
        {
            throw ListCsv.Refusal(file, ex, "the CSV is malformed: ");
        }

        return new ListSnapshot(listId, listName ?? listId, Format, ContentHash.Compute(files), null, [file.Name], records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static char Separator(string header)
    {
        // The header's most frequent candidate outside quotes; a one-column header is comma-separated.
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && counts.TryGetValue(c, out var seen))
            {
                counts[c] = seen + 1;
            }
        }

        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key == ',' ? 0 : 1).First().Key;
    }

    private static string[] Split(string header, char separator) => header.Split(separator).Select(h => h.Trim().Trim('"').Trim()).ToArray();

    private ListedEntity Map(SourceFile file, long line, long row, Dictionary<string, string> values, string raw)
    {
        string? One(string field) => values.GetValueOrDefault(field) is { Length: > 0 } v ? v : null;
        List<string> Many(string field) => One(field)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList() ?? [];

        var name = One("name") ?? throw new ListFormatException(file.Name, line, "the row has no name");
        var typeText = One("type");
        var type = typeText?.ToUpperInvariant() switch
        {
            null => EntityType.Entity,
            "INDIVIDUAL" or "PERSON" or "P" or "I" => EntityType.Individual,
            "ENTITY" or "ORGANISATION" or "ORGANIZATION" or "COMPANY" or "E" or "O" => EntityType.Entity,
            "VESSEL" or "SHIP" => EntityType.Vessel,
            "AIRCRAFT" => EntityType.Aircraft,
            _ => throw new ListFormatException(file.Name, line, $"the type '{typeText}' is not individual, entity, vessel or aircraft"),
        };

        var listed = One("listed_on");
        DateOnly? listedOn = listed is null ? null
            : DateOnly.TryParseExact(listed, ["yyyy-MM-dd", "dd/MM/yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on
            : throw new ListFormatException(file.Name, line, $"listed_on '{listed}' is not a date (yyyy-MM-dd)");

        var addresses = Many("address").Select(a => new PostalAddress(a, One("city"), Country: One("country"))).ToList();
        if (addresses.Count == 0 && (One("city") is not null || One("country") is not null))
        {
            addresses.Add(new PostalAddress(City: One("city"), Country: One("country")));
        }

        return new ListedEntity
        {
            ListId = listId,
            SourceId = One("id") ?? "row-" + row.ToString(CultureInfo.InvariantCulture),
            Type = type,
            PrimaryName = name,
            Aliases = Many("alias").Select(a => new Alias(a, AliasStrength.Strong, "aka"))
                .Concat(Many("weak_alias").Select(a => new Alias(a, AliasStrength.Weak, "aka")))
                .Where(a => a.Name != name).DistinctBy(a => a.Name).ToList(),
            DatesOfBirth = Many("dob").Select(Date).Distinct().ToList(),
            PlacesOfBirth = Many("pob"),
            Nationalities = Many("nationality"),
            Citizenships = Many("citizenship"),
            Gender = One("gender")?.ToUpperInvariant() switch
            {
                "M" or "MALE" => "Male",
                "F" or "FEMALE" => "Female",
                _ => null,
            },
            Titles = Many("title"),
            Documents = Many("passport").Select(p => new IdentityDocument("Passport", p))
                .Concat(Many("national_id").Select(n => new IdentityDocument("National Identification Number", n)))
                .Concat(Many("document").Select(d => new IdentityDocument("Identification", d)))
                .ToList(),
            Addresses = addresses,
            Programs = Many("program"),
            EmailAddresses = Many("email"),
            PhoneNumbers = Many("phone"),
            Websites = Many("website"),
            DigitalCurrencyAddresses = Many("wallet").Select(w => new DigitalCurrencyAddress("unknown", w)).ToList(),
            ListedOn = listedOn,
            Remarks = One("remarks"),
            SourceRecord = raw,
        };
    }

    // ISO prefixes first (1970, 1970-03, 1970-03-15); day-first dates as the UK writes them (15/03/1970, dd/mm/1945);
    // dotted day-first dates; then the notations OFAC's parser knows (15 Mar 1970, circa 1970).
    private static PartialDate Date(string text)
    {
        var iso = IsoDates.Parse(text);
        if (iso.Year is not null)
        {
            return iso;
        }

        if (text.Contains('/', StringComparison.Ordinal) && Uk.UkSanctionsXmlReader.Dob(text) is { Year: not null } dayFirst)
        {
            return dayFirst;
        }

        return DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? PartialDate.Of(day) with { Text = text }
            : OfacDates.Parse(text);
    }
}
