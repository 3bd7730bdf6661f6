using System.Text;
using Cordon.Core;

namespace Cordon.Lists.Ofac;

/// <summary>
/// Reads OFAC's legacy CSV set: <c>sdn.csv</c> with <c>add.csv</c>, <c>alt.csv</c> and <c>sdn_comments.csv</c>
/// (the SDN list), or the same layout prefixed <c>cons_</c> (<c>cons_prim.csv</c>…, the non-SDN consolidated list).
/// Only the primary file is required. Files are told apart by their columns; SDN and non-SDN by the <c>cons_</c> name prefix,
/// the one thing the content does not show.
/// </summary>
public sealed class OfacCsvReader : IMultiFileListReader
{
    /// <inheritdoc />
    public string Format => "ofac-csv";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Classify(files) is not null;
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var roles = Classify(files) ?? throw new ListFormatException(
            files.Count == 0 ? "(no file)" : string.Join(", ", files.Select(f => f.Name)),
            null,
            "not an OFAC CSV set: expected one primary file (12 columns) and optionally the address (6), alias (5) and comments (2) files");

        var primaryFile = roles[OfacCsvRole.Primary];
        var primary = OfacCsvFile.Read(primaryFile, OfacCsvFile.ColumnsOf(OfacCsvRole.Primary));
        var parts = new Dictionary<string, Parts>(primary.Count, StringComparer.Ordinal);
        foreach (var record in primary)
        {
            var id = record.Fields[0].Trim();
            if (!parts.TryAdd(id, new Parts(record)))
            {
                throw new ListFormatException(primaryFile.Name, record.Line, $"entry number {id} appears twice");
            }
        }

        // Lines of the secondary files whose entry is not in the primary file are skipped: OFAC's own files contain some.
        foreach (var role in (OfacCsvRole[])[OfacCsvRole.Address, OfacCsvRole.Alias, OfacCsvRole.Comments])
        {
            if (!roles.TryGetValue(role, out var file))
            {
                continue;
            }

            foreach (var record in OfacCsvFile.Read(file, OfacCsvFile.ColumnsOf(role)))
            {
                if (parts.TryGetValue(record.Fields[0].Trim(), out var entry))
                {
                    entry.Add(role, record);
                }
            }
        }

        var listId = IsConsolidated(primaryFile) ? ListIds.OfacConsolidated : ListIds.OfacSdn;
        var entities = new List<ListedEntity>(primary.Count);
        var linkNames = new List<IReadOnlyList<string>>(primary.Count);
        foreach (var record in primary)
        {
            var (entity, links) = Map(listId, parts[record.Fields[0].Trim()], primaryFile.Name);
            entities.Add(entity);
            linkNames.Add(links);
        }

        ResolveLinks(entities, linkNames);
        var prefix = listId == ListIds.OfacSdn ? string.Empty : "cons_";
        var missing = ((OfacCsvRole Role, string File, string Holds)[])
        [
            (OfacCsvRole.Address, prefix + "add.csv", "addresses"),
            (OfacCsvRole.Alias, prefix + "alt.csv", "aliases"),
            (OfacCsvRole.Comments, listId == ListIds.OfacSdn ? "sdn_comments.csv" : "cons_comments.csv", "the end of long remarks"),
        ];
        return new ListSnapshot(
            listId,
            listId == ListIds.OfacSdn ? "OFAC SDN" : "OFAC Consolidated (non-SDN)",
            Format,
            ContentHash.Compute([.. roles.Values]),
            PublishedAt: null,
            [.. roles.Values.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name)],
            entities)
        {
            MissingParts = [.. missing.Where(m => !roles.ContainsKey(m.Role)).Select(m => $"{m.File} ({m.Holds})")],
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<SourceFile>> FindSets(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sets = new List<IReadOnlyList<SourceFile>>();

        // SDN and non-SDN sets may share a folder; their names (cons_ or not) keep them apart.
        foreach (var family in files.Where(f => OfacCsvFile.Sniff(f) is not null).GroupBy(IsConsolidated))
        {
            var set = family.ToList();
            if (Classify(set) is not null)
            {
                sets.Add(set);
            }
        }

        return sets;
    }

    /// <summary>Splits OFAC's program field (<c>DPRK3] [DPRK2</c>, brackets as OFAC writes them) into program codes.</summary>
    /// <param name="field">The Program column.</param>
    /// <returns>The codes without brackets, in order, without duplicates.</returns>
    public static IReadOnlyList<string> SplitPrograms(string? field)
    {
        if (field is null || OfacCsvFile.IsEmpty(field))
        {
            return [];
        }

        return [.. field.Split("] [", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim().Trim('[', ']').Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)];
    }

    private static bool IsConsolidated(SourceFile primary)
    {
        var name = primary.Name;
        var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        return name[(slash + 1)..].StartsWith("cons_", StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<OfacCsvRole, SourceFile>? Classify(IReadOnlyList<SourceFile> files)
    {
        if (files.Count is 0 or > 4)
        {
            return null;
        }

        var roles = new Dictionary<OfacCsvRole, SourceFile>();
        foreach (var file in files)
        {
            if (OfacCsvFile.Sniff(file) is not { } role || !roles.TryAdd(role, file))
            {
                return null;
            }
        }

        return roles.ContainsKey(OfacCsvRole.Primary) ? roles : null;
    }

    private static (ListedEntity Entity, IReadOnlyList<string> Links) Map(string listId, Parts p, string fileName)
    {
        var f = p.Primary.Fields;
        var id = f[0].Trim();
        var name = OfacCsvFile.Value(f[1]) ?? throw new ListFormatException(fileName, p.Primary.Line, $"entry {id} has no name");
        var type = OfacCsvFile.Value(f[2]) switch
        {
            null => EntityType.Entity,
            "individual" => EntityType.Individual,
            "vessel" => EntityType.Vessel,
            "aircraft" => EntityType.Aircraft,
            var other => throw new ListFormatException(fileName, p.Primary.Line, $"unknown SDN_Type '{other}' (expected individual, vessel, aircraft or -0-)"),
        };

        // The primary file cuts remarks at 1,000 characters; the comments file continues them mid-word.
        var remarks = OfacCsvFile.Value(f[11]);
        foreach (var comment in p.Comments)
        {
            remarks = (remarks ?? string.Empty) + comment.Fields[1];
        }

        var parsed = OfacRemarksParser.Parse(remarks);

        var aliases = new List<Alias>();
        foreach (var alt in p.Aliases)
        {
            var altName = OfacCsvFile.Value(alt.Fields[3]);
            if (altName is null)
            {
                continue;
            }

            // alt.csv names are OFAC's strong aliases, unless their remark says otherwise.
            var altRemarks = OfacCsvFile.Value(alt.Fields[4]);
            aliases.Add(new Alias(altName, AliasQuality.Of(altRemarks), OfacCsvFile.Value(alt.Fields[2]), altRemarks));
        }

        foreach (var alias in parsed.Aliases)
        {
            if (!aliases.Any(a => string.Equals(a.Name, alias.Name, StringComparison.OrdinalIgnoreCase)))
            {
                aliases.Add(alias);
            }
        }

        var addresses = new List<PostalAddress>();
        foreach (var add in p.Addresses)
        {
            var a = add.Fields;
            var address = new PostalAddress(
                Street: OfacCsvFile.Value(a[2]),
                City: OfacCsvFile.Value(a[3]),
                Country: OfacCsvFile.Value(a[4]),
                Note: OfacCsvFile.Value(a[5]));
            if (address != new PostalAddress())
            {
                addresses.Add(address);
            }
        }

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        AddParticular(particulars, "Call Sign", f[5]);
        AddParticular(particulars, "Vessel Type", f[6]);
        AddParticular(particulars, "Tonnage", f[7]);
        AddParticular(particulars, "Gross Registered Tonnage", f[8]);
        AddParticular(particulars, "Vessel Flag", f[9]);
        AddParticular(particulars, "Vessel Owner", f[10]);
        foreach (var (label, value) in parsed.Particulars)
        {
            AddParticular(particulars, label, value);
        }

        var title = OfacCsvFile.Value(f[4]);
        var entity = new ListedEntity
        {
            ListId = listId,
            SourceId = id,
            Type = type,
            PrimaryName = name,
            Aliases = aliases,
            DatesOfBirth = [.. parsed.DatesOfBirth, .. parsed.EstablishedDates],
            PlacesOfBirth = parsed.PlacesOfBirth,
            Nationalities = parsed.Nationalities,
            Citizenships = parsed.Citizenships,
            Gender = parsed.Gender,
            Titles = title is null ? [] : [title],
            Documents = parsed.Documents,
            Addresses = addresses,
            Programs = SplitPrograms(f[3]),
            EmailAddresses = parsed.EmailAddresses,
            Websites = parsed.Websites,
            PhoneNumbers = parsed.PhoneNumbers,
            DigitalCurrencyAddresses = parsed.DigitalCurrencyAddresses,
            Particulars = particulars,
            Remarks = remarks,
            SourceRecord = p.SourceRecord(),
        };
        return (entity, parsed.LinkedTo);
    }

    private static void AddParticular(Dictionary<string, string> particulars, string label, string? raw)
    {
        var value = raw is null ? null : OfacCsvFile.Value(raw);
        if (value is null)
        {
            return;
        }

        particulars[label] = particulars.TryGetValue(label, out var existing) ? existing + "; " + value : value;
    }

    // "Linked To:" names the other party by its primary name; the remarks' final full stop may cling to the last one.
    private static void ResolveLinks(List<ListedEntity> entities, List<IReadOnlyList<string>> linkNames)
    {
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            // Two entries with the same name make the name ambiguous: leave such links unresolved.
            byName[e.PrimaryName] = byName.ContainsKey(e.PrimaryName) ? null : e.SourceId;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (linkNames[i].Count == 0)
            {
                continue;
            }

            var links = new List<EntityLink>(linkNames[i].Count);
            foreach (var written in linkNames[i])
            {
                var name = written;
                if (!byName.TryGetValue(name, out var target) && name.EndsWith('.'))
                {
                    var trimmed = name[..^1].TrimEnd();
                    if (byName.TryGetValue(trimmed, out target) || !LooksAbbreviated(name))
                    {
                        name = trimmed;
                    }
                }

                links.Add(new EntityLink("Linked To", name, target));
            }

            entities[i] = entities[i] with { Links = links };
        }
    }

    // "S.A." or "C.V." keep their full stop; "LAZARUS GROUP." loses the remarks' terminator.
    private static bool LooksAbbreviated(string name) =>
        name.Length >= 3 && name[^3] == '.';

    private sealed class Parts(OfacCsvRecord primary)
    {
        public OfacCsvRecord Primary { get; } = primary;

        public List<OfacCsvRecord> Addresses { get; } = [];

        public List<OfacCsvRecord> Aliases { get; } = [];

        public List<OfacCsvRecord> Comments { get; } = [];

        public void Add(OfacCsvRole role, OfacCsvRecord record)
        {
            var list = role switch
            {
                OfacCsvRole.Address => Addresses,
                OfacCsvRole.Alias => Aliases,
                _ => Comments,
            };
            list.Add(record);
        }

        public string SourceRecord()
        {
            if (Addresses.Count + Aliases.Count + Comments.Count == 0)
            {
                return Primary.Raw;
            }

            var sb = new StringBuilder(Primary.Raw);
            foreach (var r in Addresses.Concat(Aliases).Concat(Comments))
            {
                sb.Append('\n').Append(r.Raw);
            }

            return sb.ToString();
        }
    }
}
