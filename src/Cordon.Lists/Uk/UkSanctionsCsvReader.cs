using System.Globalization;
using System.Text;
using Cordon.Core;
using CsvHelper;

namespace Cordon.Lists.Uk;

/// <summary>
/// Reads the FCDO "UK Sanctions List" CSV (<c>UK-Sanctions-List.csv</c>): a <c>Report Date: dd-MMM-yyyy</c> line, a
/// header of 58 columns (<c>Last Updated,Unique ID,OFSI Group ID,…,Hull identification number (HIN)</c>), then rows.
/// </summary>
/// <remarks>
/// A designation spans several rows (one per name, and more for further addresses and details), all carrying its
/// <c>Unique ID</c>: rows are grouped by it, in file order, and every value of every row is kept once. Fields are mapped
/// as <see cref="UkSanctionsXmlReader"/> maps the same data from the XML, with the same labels and date rules (a bare
/// year of birth keeps its year), so an entry reads the same from either file. A designation that cannot be read (no
/// name, a type the reader does not know) is skipped and reported with the line of its first row.
/// </remarks>
public sealed class UkSanctionsCsvReader : IListReader
{
    private const string ReportDate = "Report Date:";

    private static readonly string[] RequiredColumns = ["Unique ID", "Name 6", "Name type", "Designation Type", "Regime Name"];

    private static readonly string[] NameColumns = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"];

    /// <inheritdoc />
    public string Format => "uk-sanctions-csv";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1)
        {
            return false;
        }

        var head = SourceFileText.Head(files[0], 4096);
        var lines = head.Split('\n', 3);
        var header = lines[0].StartsWith(ReportDate, StringComparison.Ordinal) && lines.Length > 1 ? lines[1] : lines[0];
        return header.StartsWith("Last Updated,Unique ID,OFSI Group ID,", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the UK sanctions list is one CSV file");
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        // The report date line precedes the header: read it, then hand the rest to the CSV reader (one line later).
        DateTimeOffset? published = null;
        var body = file;
        var skippedLines = 0;
        var first = SourceFileText.FirstLine(file);
        if (first is not null && first.StartsWith(ReportDate, StringComparison.Ordinal))
        {
            var end = file.Content.Span.IndexOf((byte)'\n');
            body = file with { Content = end < 0 ? ReadOnlyMemory<byte>.Empty : file.Content[(end + 1)..] };
            skippedLines = 1;
            if (DateTime.TryParseExact(first[ReportDate.Length..].Trim(), ["dd-MMM-yyyy", "d-MMM-yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var on))
            {
                published = new DateTimeOffset(on, TimeSpan.Zero);
            }
        }

        var groups = new List<(long Line, string? Id, List<Dictionary<string, string>> Rows, StringBuilder Raw)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var csv = ListCsv.Open(body, new CsvReaderOptions
            {
                Separator = ',',
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            var missing = RequiredColumns.Where(c => !headers.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                throw new ListFormatException(file.Name, 1 + skippedLines, $"the header lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}: not a UK sanctions list CSV");
            }

            while (csv.Read())
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count && i < csv.FieldCount; i++)
                {
                    row.TryAdd(headers[i], csv.GetString(i));
                }

                var line = csv.LineNumber + skippedLines;
                var raw = Encoding.UTF8.GetString(csv.RawRecord).TrimEnd('\r', '\n');
                var id = Clean(row.GetValueOrDefault("Unique ID"));
                if (id is not null && byId.TryGetValue(id, out var at))
                {
                    groups[at].Rows.Add(row);
                    groups[at].Raw.Append('\n').Append(raw);
                    continue;
                }

                if (id is not null)
                {
                    byId[id] = groups.Count;
                }

                groups.Add((line, id, [row], new StringBuilder(raw)));
            }
        }
        catch (CsvFormatException ex)
        {
            throw ListCsv.Refusal(body, ex, "the CSV is malformed: ");
        }

        if (groups.Count == 0)
        {
            throw new ListFormatException(file.Name, null, "the file has a header but no rows");
        }

        var records = new RecordSkipper(file.Name);
        foreach (var (line, id, rows, raw) in groups)
        {
            records.Add(line, id, () => Map(file, line, id, rows, raw.ToString()));
        }

        return new ListSnapshot(ListIds.UkSanctions, "UK Sanctions List", Format, ContentHash.Compute(files), published, [file.Name], records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static ListedEntity Map(SourceFile file, long line, string? id, List<Dictionary<string, string>> rows, string raw)
    {
        if (id is null)
        {
            throw new ListFormatException(file.Name, line, "a row has no Unique ID");
        }

        // Every distinct value of a column across the designation's rows, in file order.
        List<string> All(string column) => rows.Select(r => Clean(r.GetValueOrDefault(column))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        string? One(string column) => All(column).FirstOrDefault();

        var typeText = One("Designation Type");
        var type = typeText?.ToUpperInvariant() switch
        {
            "INDIVIDUAL" => EntityType.Individual,
            "ENTITY" => EntityType.Entity,
            "SHIP" => EntityType.Vessel,
            "AIRCRAFT" => EntityType.Aircraft,
            _ => throw new ListFormatException(file.Name, line, $"designation {id} has the unknown Designation Type '{typeText}'"),
        };

        string? primary = null;
        var aliases = new List<Alias>();
        foreach (var row in rows)
        {
            var full = string.Join(' ', NameColumns.Select(c => Clean(row.GetValueOrDefault(c))).OfType<string>());
            if (full.Length == 0)
            {
                continue;
            }

            if (Clean(row.GetValueOrDefault("Name type"))?.ToUpperInvariant() == "PRIMARY NAME" && (primary is null || primary == full))
            {
                primary = full;
                continue;
            }

            var strength = Clean(row.GetValueOrDefault("Alias strength"));
            aliases.Add(new Alias(full, AliasQuality.Of(strength), "aka", strength));
        }

        if (primary is null)
        {
            primary = aliases.Count > 0 ? aliases[0].Name : throw new ListFormatException(file.Name, line, $"designation {id} has no name");
            aliases.RemoveAt(0);
        }

        aliases = aliases.Where(a => a.Name != primary).DistinctBy(a => a.Name).ToList();
        aliases.AddRange(All("Name non-latin script").Where(n => aliases.All(a => a.Name != n)).Select(n => new Alias(n, AliasStrength.Strong, "original script")));

        var documents = new List<IdentityDocument>();
        foreach (var row in rows)
        {
            if (Clean(row.GetValueOrDefault("Passport number")) is { } passport)
            {
                documents.Add(new IdentityDocument("Passport", passport, null, Clean(row.GetValueOrDefault("Passport additional information"))));
            }

            if (Clean(row.GetValueOrDefault("National Identifier number")) is { } national)
            {
                documents.Add(new IdentityDocument("National Identification Number", national, null, Clean(row.GetValueOrDefault("National Identifier additional information"))));
            }
        }

        documents.AddRange(All("Business registration number (s)").Select(n => new IdentityDocument("Business Registration Number", n)));
        documents.AddRange(All("IMO number").Select(n => new IdentityDocument("IMO Number", n)));
        documents.AddRange(All("Hull identification number (HIN)").Select(n => new IdentityDocument("Hull Identification Number", n)));

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, column) in new[]
                 {
                     ("OFSI group id", "OFSI Group ID"), ("UN reference number", "UN Reference Number"), ("designation source", "Designation source"),
                     ("sanctions imposed", "Sanctions Imposed"), ("last updated", "Last Updated"), ("type of entity", "Type of entity"),
                     ("current owner/operator", "Current owner/operator (s)"), ("previous owner/operator", "Previous owner/operator (s)"),
                     ("flag", "Current believed flag of ship"), ("previous flags", "Previous flags"), ("type of ship", "Type of ship"),
                     ("tonnage", "Tonnage of ship"), ("length", "Length of ship"), ("year built", "Year Built"),
                 })
        {
            var joined = string.Join("; ", All(column));
            if (joined.Length > 0)
            {
                particulars[label] = joined;
            }
        }

        var reasons = One("UK Statement of Reasons");
        var remarks = string.Join("\n", new[] { One("Other Information"), reasons is null ? null : "Statement of reasons: " + reasons }.OfType<string>());
        return new ListedEntity
        {
            ListId = ListIds.UkSanctions,
            SourceId = id,
            Type = type,
            PrimaryName = primary,
            Aliases = aliases,
            DatesOfBirth = All("D.O.B").Select(UkSanctionsXmlReader.Dob).Distinct().ToList(),
            PlacesOfBirth = rows
                .Select(r => string.Join(", ", new[] { Clean(r.GetValueOrDefault("Town of birth")), Clean(r.GetValueOrDefault("Country of birth")) }.OfType<string>()))
                .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Nationalities = All("Nationality(/ies)"),
            Gender = One("Gender"),
            Titles = All("Title").Concat(All("Position")).Distinct(StringComparer.Ordinal).ToList(),
            Documents = documents.Distinct().ToList(),
            Addresses = rows.Select(Address).OfType<PostalAddress>().Distinct().ToList(),
            Programs = All("Regime Name"),
            EmailAddresses = All("Email address"),
            Websites = All("Website"),
            PhoneNumbers = All("Phone number"),
            Links = All("Parent company").Select(p => new EntityLink("Parent company", p))
                .Concat(All("Subsidiaries").Select(s => new EntityLink("Subsidiary", s)))
                .ToList(),
            Particulars = particulars,
            ListedOn = DateOnly.TryParseExact(One("Date Designated"), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var listed) ? listed : null,
            Remarks = remarks.Length > 0 ? remarks : null,
            SourceRecord = raw,
        };
    }

    private static PostalAddress? Address(Dictionary<string, string> row)
    {
        var street = string.Join(", ", Enumerable.Range(1, 6).Select(i => Clean(row.GetValueOrDefault("Address Line " + i.ToString(CultureInfo.InvariantCulture)))).OfType<string>());
        var address = new PostalAddress(street.Length > 0 ? street : null, PostalCode: Clean(row.GetValueOrDefault("Address Postal Code")), Country: Clean(row.GetValueOrDefault("Address Country")));
        return address == new PostalAddress() ? null : address;
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
