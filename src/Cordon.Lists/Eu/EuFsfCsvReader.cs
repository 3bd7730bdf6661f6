using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cordon.Core;
using CsvHelper;

namespace Cordon.Lists.Eu;

/// <summary>
/// Reads the EU consolidated financial sanctions list in the Financial Sanctions Files CSV export
/// (<c>csvFullSanctionsList_1_1</c>): <c>;</c>-separated, a header of <c>Entity_…</c>, <c>NameAlias_…</c>,
/// <c>Address_…</c>, <c>BirthDate_…</c>, <c>Identification_…</c> and <c>Citizenship_…</c> columns, and one row per
/// name, address, birth date, document or citizenship of an entity, each repeating the entity's own columns.
/// </summary>
/// <remarks>
/// The columns are the XML 1.1 export's attributes under a prefix (<c>NameAlias_WholeName</c> is <c>nameAlias/@wholeName</c>),
/// so each entity's rows are turned back into the XML's <c>sanctionEntity</c> and mapped by <see cref="EuFsfXmlReader"/>:
/// the same primary-name choice, weak "low quality" aliases and listing date as from the XML. Columns are found by name,
/// in any order; a sub-record is kept once however many rows repeat it (by its <c>…_LogicalId</c>). Contact details in
/// <c>Address_ContactInfo</c> written as <c>KEY: value</c> (PHONE, FAX, EMAIL, WEB…) become phones, e-mails and websites;
/// any other text there stays with the address. An entity that cannot be read is skipped and reported with the line of
/// its first row.
/// </remarks>
public sealed partial class EuFsfCsvReader : IListReader
{
    private static readonly (string Prefix, string Element)[] Records =
    [
        ("NameAlias", "nameAlias"),
        ("Address", "address"),
        ("BirthDate", "birthdate"),
        ("Identification", "identification"),
        ("Citizenship", "citizenship"),
    ];

    // CSV column suffixes whose XML attribute is not the suffix with a lower-case first letter.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["BirthDate"] = "birthdate",
        ["Day"] = "dayOfMonth",
        ["Month"] = "monthOfYear",
        ["IssuedDate"] = "issueDate",
        ["TypeCode"] = "identificationTypeCode",
        ["TypeDescription"] = "identificationTypeDescription",
        ["EU_ReferenceNumber"] = "euReferenceNumber",
    };

    /// <inheritdoc />
    public string Format => "eu-fsf-csv";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1 || SourceFileText.FirstLine(files[0]) is not { } header)
        {
            return false;
        }

        var columns = header.Split(';').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        return columns.Contains("Entity_LogicalId") && (columns.Contains("NameAlias_WholeName") || columns.Contains("NameAlias_LastName"));
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the EU financial sanctions CSV is one file");
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        var entities = new List<(long Line, string? Id, List<Dictionary<string, string>> Rows, StringBuilder Raw)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        DateTimeOffset? generated = null;
        try
        {
            using var csv = ListCsv.Open(file, new CsvReaderOptions
            {
                Separator = ';',
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            if (!headers.Contains("Entity_LogicalId", StringComparer.Ordinal))
            {
                throw new ListFormatException(file.Name, 1, "the header has no Entity_LogicalId column: not the EU financial sanctions CSV");
            }

            while (csv.Read())
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count && i < csv.FieldCount; i++)
                {
                    if (Clean(csv.GetString(i)) is { } value)
                    {
                        row.TryAdd(headers[i], value);
                    }
                }

                generated ??= Date(row.GetValueOrDefault("fileGenerationDate"));
                var raw = Encoding.UTF8.GetString(csv.RawRecord).TrimEnd('\r', '\n');
                var id = row.GetValueOrDefault("Entity_LogicalId");
                if (id is not null && byId.TryGetValue(id, out var at))
                {
                    entities[at].Rows.Add(row);
                    entities[at].Raw.Append('\n').Append(raw);
                    continue;
                }

                if (id is not null)
                {
                    byId[id] = entities.Count;
                }

                entities.Add((csv.LineNumber, id, [row], new StringBuilder(raw)));
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

        var records = new RecordSkipper(file.Name);
        foreach (var (line, id, rows, raw) in entities)
        {
            records.Add(line, id, () => EuFsfXmlReader.Map(file, EuFsfXmlReader.Namespace, Entity(file, line, rows)) with { SourceRecord = raw.ToString() });
        }

        return new ListSnapshot(ListIds.EuFsf, "EU Consolidated Financial Sanctions List", Format, ContentHash.Compute(files), generated, [file.Name], records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    /// <summary>One entity's rows as the XML export's <c>sanctionEntity</c>.</summary>
    private static XElement Entity(SourceFile file, long line, List<Dictionary<string, string>> rows)
    {
        var ns = EuFsfXmlReader.Namespace;
        var first = rows[0];
        if (!first.ContainsKey("Entity_LogicalId"))
        {
            throw new ListFormatException(file.Name, line, "a row has no Entity_LogicalId");
        }

        var entity = new XElement(ns + "sanctionEntity", Attributes(first, "Entity", ["Regulation", "SubjectType", "Remark"]));
        // The CSV names them the other way round from the XML: Entity_SubjectType is the letter ("P"), its
        // ClassificationCode the word ("person") that the XML calls the code.
        var code = first.GetValueOrDefault("Entity_SubjectType_ClassificationCode")
            ?? first.GetValueOrDefault("Entity_SubjectType")?.ToUpperInvariant() switch
            {
                "P" => "person",
                "E" => "enterprise",
                var other => other,
            };
        entity.Add(new XElement(ns + "subjectType", new XAttribute("code", code ?? "")));
        entity.Add(rows.Select(r => r.GetValueOrDefault("Entity_Remark")).OfType<string>().Distinct(StringComparer.Ordinal).Select(r => new XElement(ns + "remark", r)));

        var regulations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var attributes = Attributes(row, "Entity_Regulation", [], regulation: true);
            if (attributes.Count > 0 && regulations.Add(string.Join('\u0001', attributes.Select(a => a.Value))))
            {
                entity.Add(new XElement(ns + "regulation", attributes));
            }
        }

        foreach (var (prefix, element) in Records)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var attributes = Attributes(row, prefix, ["Regulation", "Remark", "ContactInfo"]);
                if (attributes.Count == 0)
                {
                    continue;
                }

                var key = row.GetValueOrDefault(prefix + "_LogicalId") ?? string.Join('\u0001', attributes.Select(a => a.Name + "=" + a.Value));
                if (!seen.Add(key))
                {
                    continue;
                }

                var record = new XElement(ns + element, attributes);
                var remarks = new List<string>();
                if (row.GetValueOrDefault(prefix + "_Remark") is { } remark)
                {
                    remarks.Add(remark);
                }

                if (row.GetValueOrDefault(prefix + "_ContactInfo") is { } contact)
                {
                    // "PHONE: +98 21 2258929; +98 21 35243153; WEB: http://icig.ir/": a value runs to the next key.
                    var parts = ContactKey().Split(contact);
                    if (parts[0].Trim(' ', ';', '|') is { Length: > 0 } unkeyed)
                    {
                        remarks.Add(unkeyed);
                    }

                    for (var i = 1; i + 1 < parts.Length; i += 2)
                    {
                        if (parts[i + 1].Trim(' ', ';', '|', '\n') is { Length: > 0 } value)
                        {
                            record.Add(new XElement(ns + "contactInfo", new XAttribute("key", parts[i].ToUpperInvariant()), new XAttribute("value", value)));
                        }
                    }
                }

                record.Add(remarks.Select(r => new XElement(ns + "remark", r)));
                entity.Add(record);
            }
        }

        return entity;
    }

    /// <summary>
    /// The XML attributes of one record: its <c>Prefix_Suffix</c> columns, the suffix turned into the attribute name.
    /// Columns under <paramref name="skip"/> sub-prefixes are other records' or handled apart.
    /// </summary>
    private static List<XAttribute> Attributes(Dictionary<string, string> row, string prefix, string[] skip, bool regulation = false)
    {
        var attributes = new List<XAttribute>();
        foreach (var (column, value) in row)
        {
            if (!column.StartsWith(prefix + "_", StringComparison.Ordinal))
            {
                continue;
            }

            var suffix = column[(prefix.Length + 1)..];
            if (skip.Any(s => suffix.StartsWith(s, StringComparison.Ordinal)) || suffix.Length == 0)
            {
                continue;
            }

            // The regulation's "Type" is the XML's regulationType; everything else keeps its name.
            var name = regulation && suffix == "Type" ? "regulationType"
                : Renamed.TryGetValue(suffix, out var renamed) ? renamed
                : char.ToLowerInvariant(suffix[0]) + suffix[1..].Replace("_", string.Empty, StringComparison.Ordinal);
            if (attributes.All(a => a.Name.LocalName != name))
            {
                attributes.Add(new XAttribute(name, value));
            }
        }

        return attributes;
    }

    private static DateTimeOffset? Date(string? text) =>
        DateTime.TryParseExact(text, ["dd/MM/yyyy", "yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\b(PHONE|TELEPHONE|TEL|FAX|E-?MAIL|WEBSITE|WEB|URL)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactKey();
}
