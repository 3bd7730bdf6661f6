using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Cordon.Core;
using Cordon.Lists.Ofac;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cordon.Lists.Dfat;

/// <summary>
/// Reads the Australian DFAT Consolidated List (<c>regulation8_consolidated.xlsx</c>): one worksheet whose header row
/// names the columns (<c>Reference</c>, <c>Name of Individual or Entity</c>, <c>Type</c>, <c>Name Type</c>,
/// <c>Date of Birth</c>, <c>Place of Birth</c>, <c>Citizenship</c>, <c>Address</c>, <c>Additional Information</c>,
/// <c>Listing Information</c>, <c>Committees</c>, <c>Control Date</c>, and in newer files <c>Alias Strength</c>,
/// <c>IMO Number</c>…), read with the Open XML SDK.
/// </summary>
/// <remarks>
/// One listing spans several rows: reference <c>3</c> holds the primary name, <c>3a</c>, <c>3b</c>… its aliases and
/// original-script names, each row repeating the other columns. Rows are grouped by the reference's number; the row whose
/// name type is "Primary Name" gives the primary name. The list is typed by hand and it shows ("Entity ", "individual",
/// "Aka ", "Primary name"): labels are compared trimmed and case-insensitively. Several values in one cell are
/// enumerated "a) … b) …" and split. Dates of birth are DFAT's words ("Approximately 1955- 1958", "13 Oct. 1944",
/// "a) 1981 b) 1982") or Excel day numbers. Columns are found by their header, in any order; unknown columns are kept
/// in <see cref="ListedEntity.Particulars"/>. A listing without a name or with an unknown type is skipped and reported.
/// The workbook is read with limits (<see cref="MaxCharactersInPart"/>); the loader does not unpack an XLSX as an archive.
/// </remarks>
public sealed partial class DfatXlsxReader : IListReader
{
    /// <summary>
    /// Most characters read from one part of the workbook: the official sheet has about 5 million, and a part's declared
    /// size (checked by the loader) can lie, so what is really read is capped here.
    /// </summary>
    public const long MaxCharactersInPart = 64L << 20;

    private const string NameColumn = "Name of Individual or Entity";

    /// <inheritdoc />
    public string Format => "dfat-xlsx";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1 || !SourceFileUnpacker.IsSpreadsheet(files[0].Content.Span))
        {
            return false;
        }

        // Cheap: the header's labels are the first shared strings of the workbook.
        try
        {
            using var stream = SourceFileXml.Open(files[0]);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var strings = zip.GetEntry("xl/sharedStrings.xml");
            if (strings is null)
            {
                return false;
            }

            using var entry = strings.Open();
            var buffer = new byte[1 << 16];
            var read = entry.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.UTF8.GetString(buffer, 0, read).Contains(NameColumn, StringComparison.Ordinal);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the DFAT list is one XLSX file");
        var rows = Rows(file);
        if (rows.Count == 0)
        {
            throw new ListFormatException(file.Name, null, "the workbook's first sheet is empty");
        }

        var (headerLine, header) = rows[0];
        var columns = header.Where(h => h.Value.Length > 0).GroupBy(h => h.Value.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
        foreach (var required in (string[])["Reference", NameColumn])
        {
            if (!columns.ContainsKey(required))
            {
                throw new ListFormatException(file.Name, headerLine, $"the header has no '{required}' column: not the DFAT consolidated list");
            }
        }

        var groups = new List<(long Line, string Reference, List<Dictionary<string, string>> Rows)>();
        var byReference = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in rows.Skip(1))
        {
            var row = columns.ToDictionary(c => c.Key, c => Clean(cells.GetValueOrDefault(c.Value)) ?? "", StringComparer.OrdinalIgnoreCase);
            var reference = row["Reference"];
            if (reference.Length == 0 && row[NameColumn].Length == 0)
            {
                continue;
            }

            var number = ReferenceNumber().Match(reference) is { Success: true } m ? m.Groups[1].Value : reference;
            if (number.Length > 0 && byReference.TryGetValue(number, out var at))
            {
                groups[at].Rows.Add(row);
                continue;
            }

            if (number.Length > 0)
            {
                byReference[number] = groups.Count;
            }

            groups.Add((line, number, [row]));
        }

        var records = new RecordSkipper(file.Name);
        foreach (var (line, reference, group) in groups)
        {
            records.Add(line, reference.Length > 0 ? reference : null, () => Map(file, line, reference, group));
        }

        return new ListSnapshot(ListIds.AuDfat, "Australia DFAT Consolidated List", Format, ContentHash.Compute(files), null, [file.Name], records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static ListedEntity Map(SourceFile file, long line, string reference, List<Dictionary<string, string>> rows)
    {
        if (reference.Length == 0)
        {
            throw new ListFormatException(file.Name, line, "a row has a name but no Reference");
        }

        string Value(Dictionary<string, string> row, string column) => row.GetValueOrDefault(column) ?? "";
        var primaryRow = rows.FirstOrDefault(r => Label(Value(r, "Name Type")) == "primary name") ?? rows[0];
        var primary = Value(primaryRow, NameColumn);
        if (primary.Length == 0)
        {
            throw new ListFormatException(file.Name, line, $"listing {reference} has no name");
        }

        var typeText = rows.Select(r => Value(r, "Type")).FirstOrDefault(t => t.Length > 0);
        var type = Label(typeText ?? "") switch
        {
            "individual" => EntityType.Individual,
            "entity" => EntityType.Entity,
            "vessel" or "ship" => EntityType.Vessel,
            "aircraft" => EntityType.Aircraft,
            _ => throw new ListFormatException(file.Name, line, $"listing {reference} has the unknown Type '{typeText}'"),
        };

        var aliases = rows.Where(r => r != primaryRow && Value(r, NameColumn).Length > 0)
            .Select(r =>
            {
                var kind = Label(Value(r, "Name Type")) switch
                {
                    "original script" => "original script",
                    "formerly known as" or "fka" => "fka",
                    "previously listed as" => "previously listed as",
                    _ => "aka",
                };
                var strength = Value(r, "Alias Strength");
                return new Alias(Value(r, NameColumn), AliasQuality.Of(strength), kind, strength.Length > 0 ? strength : null);
            })
            .Where(a => a.Name != primary)
            .DistinctBy(a => a.Name)
            .ToList();

        // The other columns repeat on every row of the listing: every distinct value is kept, once.
        List<string> All(string column) => rows.Select(r => Value(r, column)).Where(v => v.Length > 0 && !v.Equals("NA", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).ToList();
        List<string> Items(string column) => All(column).SelectMany(Enumerated).Distinct(StringComparer.Ordinal).ToList();

        var known = new HashSet<string>(
            ["Reference", NameColumn, "Type", "Name Type", "Alias Strength", "Date of Birth", "Place of Birth", "Citizenship", "Address", "Additional Information", "Listing Information", "Committees", "Control Date", "IMO Number"],
            StringComparer.OrdinalIgnoreCase);
        var particulars = new Dictionary<string, string>(StringComparer.Ordinal) { ["reference"] = reference };
        foreach (var column in primaryRow.Keys.Where(k => !known.Contains(k)).Concat(["Listing Information", "Committees", "Control Date"]))
        {
            var values = column == "Control Date" ? All(column).Select(ExcelDate) : All(column);
            var joined = string.Join("; ", values);
            if (joined.Length > 0)
            {
                particulars[column] = joined;
            }
        }

        var additional = All("Additional Information");
        return new ListedEntity
        {
            ListId = ListIds.AuDfat,
            SourceId = reference,
            Type = type,
            PrimaryName = primary,
            Aliases = aliases,
            DatesOfBirth = All("Date of Birth").SelectMany(DatesOf).Distinct().ToList(),
            PlacesOfBirth = Items("Place of Birth"),
            Citizenships = Items("Citizenship"),
            Nationalities = Items("Citizenship"),
            Addresses = Items("Address").Select(a => new PostalAddress(a)).ToList(),
            Documents = All("IMO Number").Select(n => new IdentityDocument("IMO Number", n)).ToList(),
            Programs = All("Committees"),
            Particulars = particulars,
            Remarks = additional.Count == 0 ? null : string.Join("\n", additional),
            SourceRecord = string.Join("\n", rows.Select(r => string.Join(" | ", r.Where(c => c.Value.Length > 0).Select(c => $"{c.Key}: {c.Value}")))),
        };
    }

    /// <summary>The cells of the first worksheet by row (1-based row number) and column letters.</summary>
    private static List<(long Line, Dictionary<string, string> Cells)> Rows(SourceFile file)
    {
        var result = new List<(long, Dictionary<string, string>)>();
        try
        {
            using var stream = SourceFileXml.Open(file);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw new ListFormatException(file.Name, null, "the XLSX has no workbook");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new ListFormatException(file.Name, null, "the workbook has no sheet");
            if (sheet.Id?.Value is not { } sheetId || workbook.GetPartById(sheetId) is not WorksheetPart part)
            {
                throw new ListFormatException(file.Name, null, "the workbook's first sheet cannot be found");
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnLetters().Match(cell.CellReference?.Value ?? "").Value;
                    var value = cell.DataType?.Value == CellValues.SharedString
                        ? int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : ""
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
                    if (column.Length > 0)
                    {
                        cells[column] = value;
                    }
                }

                result.Add((row.RowIndex?.Value ?? (uint)(result.Count + 1), cells));
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new ListFormatException(file.Name, null, "the XLSX workbook is damaged, truncated or too large to read: " + e.Message, e);
        }

        return result;
    }

    /// <summary>
    /// DFAT's dates of birth: "13 Oct. 1944", "Approximately 1955- 1958", "Between 1958 and 1963", "c. 1962", "1/03/1961",
    /// "a) 1981 b) 1982", "1965 or 1966", or an Excel day number. A date that cannot be read whole keeps the first date or
    /// year found in it ("15 May 1968 (as …)"), and its text as written.
    /// </summary>
    internal static IEnumerable<PartialDate> DatesOf(string text)
    {
        foreach (var item in Enumerated(text).SelectMany(i => Alternatives().Split(i)).Select(i => i.Trim().TrimEnd(',', '.').Trim()).Where(i => i.Length > 0))
        {
            // A number that cannot be a year is an Excel day number (the cell was typed as a date).
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 2200 and < 80000)
            {
                yield return PartialDate.Of(DateOnly.FromDateTime(DateTime.FromOADate(serial))) with { Text = item };
                continue;
            }

            // DFAT writes days first (Australian usage), or now and then a date in words, month first.
            if (DateOnly.TryParseExact(item, ["d/M/yyyy", "dd/MM/yyyy", "MMMM d, yyyy", "MMM d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return PartialDate.Of(day) with { Text = item };
                continue;
            }

            var normalised = Between().Replace(item, "$1 to $2");
            normalised = CircaAbbreviation().Replace(normalised, "circa ");
            normalised = YearRange().Replace(MonthDot().Replace(normalised, "$1"), "$1-$2");
            var date = OfacDates.Parse(normalised);
            if (date.Year is null && FirstDate().Match(item) is { Success: true } found)
            {
                date = OfacDates.Parse(MonthDot().Replace(found.Value, "$1"));
            }

            yield return date with { Text = item };
        }
    }

    private static string ExcelDate(string value) =>
        double.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 366 and < 80000
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;

    /// <summary>"a) Kabul b) Kandahar" as its items; text without such letters is one item.</summary>
    private static IEnumerable<string> Enumerated(string text)
    {
        var items = EnumerationLetter().Split(text).Select(s => s.Trim().TrimEnd(';', ',').Trim()).Where(s => s.Length > 0).ToList();
        return items.Count == 0 ? [text] : items;
    }

    private static string Label(string value) => value.Trim().ToLowerInvariant();

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(\d+)")]
    private static partial Regex ReferenceNumber();

    [GeneratedRegex(@"^[A-Z]+")]
    private static partial Regex ColumnLetters();

    [GeneratedRegex(@"(?:^|\s|;)[a-h]\)\s*")]
    private static partial Regex EnumerationLetter();

    [GeneratedRegex(@"\s+or\s+|;|\s*>>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"^between\s+(\d{4})\s+(?:and|to)\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^c\.\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CircaAbbreviation();

    [GeneratedRegex(@"\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b|\b(?:19|20)\d{2}\b")]
    private static partial Regex FirstDate();

    [GeneratedRegex(@"\b([A-Za-z]{3,9})\.")]
    private static partial Regex MonthDot();

    [GeneratedRegex(@"\b(\d{4})\s*[-/]\s*(\d{4})\b")]
    private static partial Regex YearRange();
}
