using System.Text;
using System.Text.RegularExpressions;
using Cordon.Core;
using CsvHelper;

namespace Cordon.Lists.UsCsl;

/// <summary>
/// Reads the US trade.gov Consolidated Screening List CSV (<c>consolidated.csv</c>): eleven US lists (SDN, Entity List,
/// Denied Persons, ITAR debarred…) in one file with a header row and <c>;</c>-separated multi-valued fields.
/// </summary>
/// <remarks>
/// The <c>source</c> column (which US list a row comes from) is kept in <see cref="ListedEntity.Particulars"/>
/// under <c>"source"</c>, not in <see cref="ListedEntity.Programs"/>: programs are the sanctions programs of the
/// <c>programs</c> column ("DPRK3", "IRAN"), so that they compare with those of the OFAC readers.
/// A party on several of the US lists appears once per list with the same <c>_id</c> (an SDN that is also on the SSI
/// and CAPTA lists); those rows are merged into one entry, with every source named and every raw row kept.
/// Rows without a <c>type</c> (the BIS and State Department lists do not say) are read as
/// <see cref="EntityType.Entity"/>, with <c>Particulars["entity type"] = "not stated"</c> so that matching can tell
/// them from stated entities.
/// </remarks>
public sealed partial class UsCslCsvReader : IListReader
{
    private static readonly string[] RequiredColumns =
    [
        "_id", "source", "type", "programs", "name", "title", "addresses", "start_date", "remarks",
        "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "ids",
    ];

    private static readonly (string Column, string Label)[] ParticularColumns =
    [
        ("entity_number", "entity number"),
        ("call_sign", "call sign"),
        ("vessel_type", "vessel type"),
        ("gross_tonnage", "gross tonnage"),
        ("gross_registered_tonnage", "gross registered tonnage"),
        ("vessel_flag", "vessel flag"),
        ("vessel_owner", "vessel owner"),
        ("federal_register_notice", "federal register notice"),
        ("end_date", "end date"),
        ("standard_order", "standard order"),
        ("license_requirement", "license requirement"),
        ("license_policy", "license policy"),
        ("source_list_url", "source list url"),
        ("source_information_url", "source information url"),
    ];

    /// <inheritdoc />
    public string Format => "us-csl-csv";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1)
        {
            return false;
        }

        var head = SourceFileText.Head(files[0], 4096);
        var firstLine = head.Split('\n', 2)[0].TrimEnd('\r');
        var columns = firstLine.Split(',').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        return columns.Contains("_id") && columns.Contains("source") && columns.Contains("alt_names") && columns.Contains("ids");
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the Consolidated Screening List is one CSV file");
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        var entities = new List<ListedEntity>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var csv = ListCsv.Open(file, new CsvReaderOptions
            {
                Separator = ',',
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var columns = Columns(file, csv.Headers);
            while (csv.Read())
            {
                var entity = Map(file, csv, columns);
                if (index.TryGetValue(entity.SourceId, out var at))
                {
                    entities[at] = Merge(entities[at], entity);
                }
                else
                {
                    index[entity.SourceId] = entities.Count;
                    entities.Add(entity);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            throw ListCsv.Refusal(file, ex, "the CSV is malformed: ");
        }

        if (entities.Count == 0)
        {
            throw new ListFormatException(file.Name, null, "the file has a header but no rows");
        }

        return new ListSnapshot(
            ListIds.UsCsl,
            "US Consolidated Screening List",
            Format,
            ContentHash.Compute(files),
            null,
            [file.Name],
            entities);
    }

    private static Dictionary<string, int> Columns(SourceFile file, IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            columns.TryAdd(headers[i].Trim(), i);
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ListFormatException(
                file.Name,
                1,
                $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}: not a Consolidated Screening List CSV");
        }

        return columns;
    }

    private static ListedEntity Map(SourceFile file, CsvReader csv, Dictionary<string, int> columns)
    {
        string Field(string name) => columns.TryGetValue(name, out var i) && i < csv.FieldCount ? csv.GetString(i).Trim() : "";

        var line = csv.LineNumber;
        var id = Field("_id");
        if (id.Length == 0)
        {
            throw new ListFormatException(file.Name, line, "the row has no _id");
        }

        var name = Field("name");
        if (name.Length == 0)
        {
            throw new ListFormatException(file.Name, line, $"row {id} has no name");
        }

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal) { ["source"] = Field("source") };
        foreach (var (column, label) in ParticularColumns)
        {
            if (Field(column) is { Length: > 0 } value)
            {
                particulars[label] = value;
            }
        }

        var typeText = Field("type");
        var type = typeText.ToUpperInvariant() switch
        {
            "INDIVIDUAL" => EntityType.Individual,
            "VESSEL" => EntityType.Vessel,
            "AIRCRAFT" => EntityType.Aircraft,
            "ENTITY" => EntityType.Entity,
            "" => EntityType.Entity,
            _ => throw new ListFormatException(file.Name, line, $"row {id} has the unknown type '{typeText}'"),
        };
        if (typeText.Length == 0)
        {
            particulars["entity type"] = "not stated";
        }

        var ids = CslIds.Parse(Field("ids"));
        foreach (var (label, value) in ids.Particulars)
        {
            particulars[label] = particulars.TryGetValue(label, out var existing) ? existing + "; " + value : value;
        }

        var remarks = Field("remarks");
        var startDate = Field("start_date");
        return new ListedEntity
        {
            ListId = ListIds.UsCsl,
            SourceId = id,
            Type = type,
            PrimaryName = name,
            Aliases = Split(Field("alt_names")).Select(a => new Alias(a, AliasStrength.Strong, "aka")).ToList(),
            DatesOfBirth = Split(Field("dates_of_birth")).Select(CslDates.Parse).Concat(ids.Established).ToList(),
            PlacesOfBirth = Split(Field("places_of_birth")),
            Nationalities = Split(Field("nationalities")),
            Citizenships = Split(Field("citizenships")),
            Gender = ids.Gender,
            Titles = Field("title") is { Length: > 0 } title ? [title] : [],
            Documents = ids.Documents,
            Addresses = Split(Field("addresses")).Select(ParseAddress).ToList(),
            Programs = Split(Field("programs")),
            EmailAddresses = ids.Emails,
            Websites = ids.Websites,
            PhoneNumbers = ids.Phones,
            DigitalCurrencyAddresses = ids.Wallets,
            Links = LinkedTo().Matches(remarks).Select(m => new EntityLink("Linked To", m.Groups[1].Value.Trim())).ToList(),
            Particulars = particulars,
            ListedOn = DateOnly.TryParseExact(startDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null,
            Remarks = remarks.Length > 0 ? remarks : null,
            SourceRecord = Encoding.UTF8.GetString(csv.RawRecord),
        };
    }

    /// <summary>
    /// The CSL writes an address as one comma-separated string ending, most of the time, in an ISO country code;
    /// the parts between cannot be told apart reliably (street numbers, districts, states, postal codes), so they stay
    /// together as the street.
    /// </summary>
    private static PostalAddress ParseAddress(string text)
    {
        var cut = text.LastIndexOf(", ", StringComparison.Ordinal);
        var last = cut >= 0 ? text[(cut + 2)..] : text;
        if (last.Length == 2 && last.All(char.IsAsciiLetterUpper))
        {
            return new PostalAddress(Street: cut >= 0 ? text[..cut] : null, Country: last);
        }

        return new PostalAddress(Street: text);
    }

    private static ListedEntity Merge(ListedEntity first, ListedEntity other)
    {
        var particulars = new Dictionary<string, string>(first.Particulars, StringComparer.Ordinal);
        foreach (var (key, value) in other.Particulars)
        {
            if (!particulars.TryGetValue(key, out var existing))
            {
                particulars[key] = value;
            }
            else if (key == "source" && !existing.Split("; ").Contains(value))
            {
                particulars[key] = existing + "; " + value;
            }
        }

        return first with
        {
            Aliases = first.Aliases.Union(other.Aliases).ToList(),
            DatesOfBirth = first.DatesOfBirth.Union(other.DatesOfBirth).ToList(),
            PlacesOfBirth = first.PlacesOfBirth.Union(other.PlacesOfBirth).ToList(),
            Nationalities = first.Nationalities.Union(other.Nationalities).ToList(),
            Citizenships = first.Citizenships.Union(other.Citizenships).ToList(),
            Gender = first.Gender ?? other.Gender,
            Titles = first.Titles.Union(other.Titles).ToList(),
            Documents = first.Documents.Union(other.Documents).ToList(),
            Addresses = first.Addresses.Union(other.Addresses).ToList(),
            Programs = first.Programs.Union(other.Programs).ToList(),
            EmailAddresses = first.EmailAddresses.Union(other.EmailAddresses).ToList(),
            Websites = first.Websites.Union(other.Websites).ToList(),
            PhoneNumbers = first.PhoneNumbers.Union(other.PhoneNumbers).ToList(),
            DigitalCurrencyAddresses = first.DigitalCurrencyAddresses.Union(other.DigitalCurrencyAddresses).ToList(),
            Links = first.Links.Union(other.Links).ToList(),
            Particulars = particulars,
            ListedOn = first.ListedOn ?? other.ListedOn,
            Remarks = first.Remarks ?? other.Remarks,
            SourceRecord = first.SourceRecord + "\n" + other.SourceRecord,
        };
    }

    internal static List<string> Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\(Linked To: (.+?)\)(?=;|\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedTo();
}
