using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cordon.Core;
using CsvHelper;

namespace Cordon.Lists.Bis;

/// <summary>
/// Reads the BIS Denied Persons List as published in <c>dpl.txt</c>: tab-separated, quoted fields, a header row
/// <c>"Name" "Street_Address" "City" "State" "Country" "Postal_Code" "Effective_Date" "Expiration_Date"
/// "Standard_Order" "Last_Update" "Action" "FR_Citation"</c>, one row per name and address.
/// </summary>
/// <remarks>
/// <para>
/// The file has no identifiers: each row is one name at one address under one denial order. Rows with the same name
/// (compared in upper case, punctuation and spacing ignored) and the same effective date belong to one denial order and
/// become one entry with several addresses. Checked against the 2021 file: its 581 rows form 460 such groups, every
/// group has one effective and one expiration date, three groups repeat a row word for word (kept once). Names that the
/// order gives as aliases of one party (AL NASER AIRLINES, AL NASER WINGS AIRLINES, ALNASER AIRLINES) are separate rows
/// the file does not link to each other, so they stay separate entries, as trade.gov's Consolidated Screening List, which
/// republishes this list, also keeps them. Grouping by shared addresses instead was tried and rejected: it merges a
/// company with its director (MEGATECH ENGINEERING and AJAY AHUJA share one Mumbai address).
/// The <see cref="ListedEntity.SourceId"/> is <c>dpl-</c> and the first 16 hex digits of the SHA-256 of that
/// normalised name, so that the same party keeps its id from one version of the file to the next, whatever the row
/// order or address changes; only when one name has orders with different effective dates is the date hashed in too.
/// A corrected spelling of a name therefore reads as a removal and an addition, which is what it is for screening.
/// </para>
/// <para>
/// The list does not say whether a party is a person or a company, and guessing from the name would be wrong often
/// enough to mislead (BIS lists companies under personal names and the reverse). Every entry is read as
/// <see cref="EntityType.Entity"/>, with <c>Particulars["entity type"] = "not stated"</c> so that screening can treat
/// the type as unknown.
/// </para>
/// </remarks>
public sealed class BisDplReader : IListReader
{
    private static readonly string[] Columns =
    [
        "Name", "Street_Address", "City", "State", "Country", "Postal_Code",
        "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation",
    ];

    private static readonly (int Column, string Label)[] ParticularColumns =
    [
        (7, "expiration date"),
        (8, "standard order"),
        (9, "last update"),
        (10, "action"),
        (11, "federal register citation"),
    ];

    /// <inheritdoc />
    public string Format => "bis-dpl";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1)
        {
            return false;
        }

        var firstLine = SourceFileText.Head(files[0], 2048).Split('\n', 2)[0].TrimEnd('\r');
        var header = firstLine.Split('\t').Select(c => c.Trim().Trim('"')).ToList();
        return header.Count == Columns.Length && header[0] == "Name" && header.Contains("Effective_Date") && header.Contains("FR_Citation");
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the Denied Persons List is one tab-separated file");
        var skipped = new List<SkippedRecord>();
        var rows = ReadRows(file, skipped);
        if (rows.Count == 0 && skipped.Count == 0)
        {
            throw new ListFormatException(file.Name, null, "the file has a header but no rows");
        }

        var datesByName = rows.GroupBy(r => r.Key.Name).ToDictionary(g => g.Key, g => g.Select(r => r.Key.EffectiveDate).Distinct().Count(), StringComparer.Ordinal);
        var entities = rows
            .GroupBy(r => r.Key)
            .Select(g => Map(g.ToList(), datesByName[g.Key.Name] > 1))
            .ToList();

        return new ListSnapshot(
            ListIds.BisDpl,
            "BIS Denied Persons List",
            Format,
            ContentHash.Compute(files),
            null,
            [file.Name],
            entities)
        {
            SkippedRecords = skipped,
        };
    }

    /// <summary>The upper-case name with punctuation and repeated spaces removed: <c>" I. ASH"</c> → <c>I ASH</c>.</summary>
    internal static string NormaliseName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToUpperInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static List<DplRow> ReadRows(SourceFile file, List<SkippedRecord> skipped)
    {
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        var rows = new List<DplRow>();
        try
        {
            using var tsv = ListCsv.Open(file, new CsvReaderOptions
            {
                Separator = '\t',
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            });
            var header = tsv.Headers.Select(h => h.Trim()).ToList();
            var missing = Columns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                throw new ListFormatException(
                    file.Name,
                    1,
                    $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"\"{m}\""))}: not a Denied Persons List file");
            }

            var index = Columns.Select(c => header.IndexOf(c)).ToArray();
            while (tsv.Read())
            {
                var fields = index.Select(i => tsv.GetString(i).Trim()).ToArray();
                if (fields[0].Length == 0)
                {
                    skipped.Add(new SkippedRecord(file.Name, tsv.LineNumber, null, "the row has no name"));
                }
                else if (!DateOnly.TryParseExact(fields[6], "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
                {
                    skipped.Add(new SkippedRecord(file.Name, tsv.LineNumber, fields[0], $"Effective_Date '{fields[6]}' is not a date (MM/DD/YYYY)"));
                }
                else
                {
                    rows.Add(new DplRow((NormaliseName(fields[0]), effective), fields, tsv.Current.ToString()));
                }
            }
        }
        catch (CsvFormatException ex)
        {
            throw ListCsv.Refusal(file, ex, "the file is malformed: ");
        }

        return rows;
    }

    private static ListedEntity Map(List<DplRow> rows, bool nameHasSeveralOrders)
    {
        var key = rows[0].Key;
        var hashed = nameHasSeveralOrders ? key.Name + "|" + key.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : key.Name;
        var id = "dpl-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed)))[..16];

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal) { ["entity type"] = "not stated" };
        foreach (var (column, label) in ParticularColumns)
        {
            var values = rows.Select(r => r.Fields[column]).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 0)
            {
                particulars[label] = string.Join("; ", values);
            }
        }

        return new ListedEntity
        {
            ListId = ListIds.BisDpl,
            SourceId = id,
            Type = EntityType.Entity,
            PrimaryName = rows[0].Fields[0],

            // The same order written with another spelling of the name ("ABDULAH AL-NASSER") is a name
            // variant, not a second party.
            Aliases = rows.Select(r => r.Fields[0]).Distinct(StringComparer.Ordinal).Skip(1)
                .Select(n => new Alias(n, AliasStrength.Strong, "aka")).ToList(),
            Addresses = rows.Select(r => new PostalAddress(
                    Empty(r.Fields[1]), Empty(r.Fields[2]), Empty(r.Fields[3]), Empty(r.Fields[5]), Empty(r.Fields[4])))
                .Where(a => a != new PostalAddress())
                .Distinct()
                .ToList(),
            Particulars = particulars,
            ListedOn = key.EffectiveDate,
            SourceRecord = string.Join("\n", rows.Select(r => r.Raw)),
        };
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private sealed record DplRow((string Name, DateOnly EffectiveDate) Key, string[] Fields, string Raw);
}
