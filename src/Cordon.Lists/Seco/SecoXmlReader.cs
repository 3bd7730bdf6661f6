using System.Globalization;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Seco;

/// <summary>
/// Reads the Swiss SECO consolidated sanctions list (<c>swiss-sanctions-list</c>, the "Gesamtliste" XML of
/// sesam.search.admin.ch): <c>sanctions-program</c> and <c>place</c> look-ups, then one <c>target</c> per listing with an
/// <c>individual</c>, <c>entity</c> or <c>object</c> (vessel, aircraft) made of <c>identity</c> records.
/// </summary>
/// <remarks>
/// The file keeps each target's history: its <c>modification</c>s (listed, amended, de-listed), with earlier states
/// nested inside them. Only a target's own children are read, never the nested history, and a target whose latest
/// modification is "de-listed" is not an entry (it is no longer sanctioned; it is counted in
/// <see cref="ListSnapshot.SkippedRecords"/> neither). The main identity's first primary name is the primary name; its
/// other names, the names of other identities and each spelling variant of a name part are aliases, weak when their
/// <c>quality</c> is "low". Names are the parts joined in their <c>order</c>. Programs are the program keys of the
/// target's sanctions sets; places (birth, address) are resolved through the file's <c>place</c> records.
/// A target without an id, a name or a known kind is skipped and reported.
/// </remarks>
public sealed class SecoXmlReader : IListReader
{
    private const string RootName = "swiss-sanctions-list";

    /// <inheritdoc />
    public string Format => "seco-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileXml.RootIs(files[0], RootName);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the SECO list is one XML file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name != RootName)
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}>, not <{RootName}>: not the SECO list");
        }

        var programs = new Dictionary<string, (string Program, string? Set, string? Origin)>(StringComparer.Ordinal);
        foreach (var program in root.Elements("sanctions-program"))
        {
            var key = English(program, "program-key") ?? English(program, "program-name");
            foreach (var set in program.Elements("sanctions-set"))
            {
                if (Attr(set, "ssid") is { } ssid && key is not null)
                {
                    programs.TryAdd(ssid, (key, Clean(set.Value), Text(program, "origin")));
                }
            }
        }

        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in root.Elements("place"))
        {
            if (Attr(place, "ssid") is { } ssid)
            {
                places[ssid] = new Place(Text(place, "location"), Text(place, "area"), Text(place, "country"));
            }
        }

        var targets = root.Elements("target").ToList();
        var names = targets.Where(t => Attr(t, "ssid") is not null)
            .Select(t => (Id: Attr(t, "ssid")!, Name: Kind(t) is { } kind ? MainName(kind) : null))
            .Where(t => t.Name is not null)
            .GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name!, StringComparer.Ordinal);

        var records = new RecordSkipper(file.Name);
        foreach (var target in targets)
        {
            if (LatestModification(target) == "de-listed")
            {
                continue;
            }

            records.Add(SourceFileXml.LineOf(target), Attr(target, "ssid"), () => Map(file, target, programs, places, names));
        }

        return new ListSnapshot(
            ListIds.ChSeco,
            "Switzerland SECO Sanctions List",
            Format,
            ContentHash.Compute(files),
            DateOnly.TryParseExact(Attr(root, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static ListedEntity Map(
        SourceFile file,
        XElement target,
        Dictionary<string, (string Program, string? Set, string? Origin)> programs,
        Dictionary<string, Place> places,
        Dictionary<string, string> targetNames)
    {
        var line = SourceFileXml.LineOf(target);
        var id = Attr(target, "ssid") ?? throw new ListFormatException(file.Name, line, "a <target> has no ssid");
        var kind = Kind(target) ?? throw new ListFormatException(file.Name, line, $"target {id} has no <individual>, <entity> or <object>");
        var type = kind.Name.LocalName switch
        {
            "individual" => EntityType.Individual,
            "entity" => EntityType.Entity,
            _ => Attr(kind, "object-type")?.ToLowerInvariant() switch
            {
                "vessel" => EntityType.Vessel,
                "aircraft" => EntityType.Aircraft,
                var other => throw new ListFormatException(file.Name, SourceFileXml.LineOf(kind), $"target {id} is an object of the unknown type '{other}'"),
            },
        };

        string? primary = null;
        var aliases = new List<Alias>();
        var dates = new List<PartialDate>();
        var birthPlaces = new List<string>();
        var nationalities = new List<string>();
        var addresses = new List<PostalAddress>();
        var documents = new List<IdentityDocument>();
        foreach (var identity in kind.Elements("identity").OrderByDescending(i => Attr(i, "main") == "true"))
        {
            var main = Attr(identity, "main") == "true";
            foreach (var name in identity.Elements("name"))
            {
                var parts = name.Elements("name-part")
                    .OrderBy(p => int.TryParse(Attr(p, "order"), NumberStyles.None, CultureInfo.InvariantCulture, out var order) ? order : int.MaxValue)
                    .ToList();
                var full = Join(parts.Select(p => Text(p, "value")));
                if (full is null)
                {
                    continue;
                }

                var quality = Attr(name, "quality");
                var strength = AliasQuality.Of(quality);
                if (main && primary is null && Attr(name, "name-type") == "primary-name")
                {
                    primary = full;
                }
                else
                {
                    aliases.Add(new Alias(full, strength, "aka", quality is null or "good" ? null : quality + " quality"));
                }

                // A spelling variant of one part ("Lukashenko" for "Lukashenka") is the whole name spelt that way.
                foreach (var part in parts)
                {
                    foreach (var variant in part.Elements("spelling-variant"))
                    {
                        if (Clean(variant.Value) is { } spelt)
                        {
                            var variantName = Join(parts.Select(p => p == part ? spelt : Text(p, "value")))!;
                            var latin = Attr(variant, "script") is null or "LATN";
                            aliases.Add(new Alias(variantName, strength, latin ? "spelling variant" : "original script"));
                        }
                    }
                }
            }

            dates.AddRange(identity.Elements("day-month-year").Select(DateOf).OfType<PartialDate>());
            birthPlaces.AddRange(identity.Elements("place-of-birth").Select(p => PlaceOf(p, places)?.ToString()).OfType<string>());
            nationalities.AddRange(identity.Elements("nationality").Select(n => Text(n, "country")).OfType<string>());
            foreach (var address in identity.Elements("address"))
            {
                var place = Attr(address, "place-id") is { } placeId ? places.GetValueOrDefault(placeId) : null;
                var street = Join(
                    [
                        Text(address, "c-o") is { } careOf ? "c/o " + careOf : null,
                        Text(address, "address-details"),
                        Text(address, "p-o-box") is { } box ? "P.O. Box " + box : null,
                    ],
                    ", ");
                var mapped = new PostalAddress(street, place?.Location, place?.Area, Text(address, "zip-code"), place?.Country, Text(address, "remark"));
                if (mapped != new PostalAddress())
                {
                    addresses.Add(mapped);
                }
            }

            foreach (var document in identity.Elements("identification-document"))
            {
                if (Text(document, "number") is not { } number)
                {
                    continue;
                }

                var note = Join(
                    [
                        Text(document, "date-of-issue") is { } issued ? "issued " + issued : null,
                        Text(document, "date-of-expiration") is { } expires ? "expires " + expires : null,
                        Text(document, "remark"),
                    ],
                    "; ");
                documents.Add(new IdentityDocument(Attr(document, "document-type") ?? "document", number, Text(document, "issuer"), note));
            }
        }

        if (primary is null)
        {
            primary = aliases.Count > 0 ? aliases[0].Name : throw new ListFormatException(file.Name, line, $"target {id} has no name");
            aliases.RemoveAt(0);
        }

        var sets = target.Elements("sanctions-set-id").Select(s => Clean(s.Value)).OfType<string>().ToList();
        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string label, IEnumerable<string?> values)
        {
            if (Join(values.Distinct(StringComparer.Ordinal), "; ") is { } joined)
            {
                particulars[label] = joined;
            }
        }

        Put("sanctions set", sets.Select(s => programs.TryGetValue(s, out var p) ? p.Set : null));
        Put("origin", sets.Select(s => programs.TryGetValue(s, out var p) ? p.Origin : null));
        Put("foreign identifier", target.Elements("foreign-identifier").Select(f => Clean(f.Value)));
        if (type != EntityType.Individual && kind.Name.LocalName == "object")
        {
            Put("object type", [Attr(kind, "object-type")]);
        }

        var listed = target.Elements("modification")
            .Where(m => Attr(m, "modification-type") == "listed")
            .Select(m => Day(Attr(m, "effective-date")) ?? Day(Attr(m, "publication-date")) ?? Day(Attr(m, "enactment-date")))
            .Where(d => d is not null)
            .Min();
        var remarks = Join(
            kind.Elements("justification").Select(j => Clean(j.Value)).Concat(kind.Elements("other-information").Select(o => Clean(o.Value))),
            "\n");
        return new ListedEntity
        {
            ListId = ListIds.ChSeco,
            SourceId = id,
            Type = type,
            PrimaryName = primary,
            Aliases = aliases.Where(a => a.Name != primary).DistinctBy(a => a.Name).ToList(),
            DatesOfBirth = dates.Distinct().ToList(),
            PlacesOfBirth = birthPlaces.Distinct(StringComparer.Ordinal).ToList(),
            Nationalities = nationalities.Distinct(StringComparer.Ordinal).ToList(),
            Gender = Attr(kind, "sex")?.ToLowerInvariant() switch
            {
                "male" => "Male",
                "female" => "Female",
                _ => null,
            },
            Documents = documents.Distinct().ToList(),
            Addresses = addresses.Distinct().ToList(),
            Programs = sets.Select(s => programs.TryGetValue(s, out var p) ? p.Program : null).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Links = kind.Elements("relation")
                .Where(r => Attr(r, "target-id") is not null)
                .Select(r => new EntityLink(
                    Attr(r, "relation-type") ?? "related",
                    targetNames.GetValueOrDefault(Attr(r, "target-id")!) ?? Attr(r, "target-id")!,
                    targetNames.ContainsKey(Attr(r, "target-id")!) ? Attr(r, "target-id") : null))
                .ToList(),
            Particulars = particulars,
            ListedOn = listed,
            Remarks = remarks,
            SourceRecord = target.ToString(SaveOptions.DisableFormatting),
        };
    }

    /// <summary>The target's individual, entity or object (its own child, never one inside a modification's history).</summary>
    private static XElement? Kind(XElement target) =>
        target.Elements().FirstOrDefault(e => e.Name.LocalName is "individual" or "entity" or "object");

    private static string? MainName(XElement kind) =>
        kind.Elements("identity").OrderByDescending(i => Attr(i, "main") == "true")
            .SelectMany(i => i.Elements("name"))
            .Select(n => Join(n.Elements("name-part")
                .OrderBy(p => int.TryParse(Attr(p, "order"), NumberStyles.None, CultureInfo.InvariantCulture, out var order) ? order : int.MaxValue)
                .Select(p => Text(p, "value"))))
            .FirstOrDefault(n => n is not null);

    /// <summary>The type of the target's latest modification, by effective date (the file lists the latest first).</summary>
    private static string? LatestModification(XElement target) =>
        target.Elements("modification")
            .Select((m, index) => (Type: Attr(m, "modification-type"), Date: Day(Attr(m, "effective-date")) ?? Day(Attr(m, "publication-date")) ?? Day(Attr(m, "enactment-date")), Index: index))
            .OrderByDescending(m => m.Date ?? DateOnly.MinValue)
            .ThenBy(m => m.Index)
            .Select(m => m.Type)
            .FirstOrDefault();

    private static PartialDate? DateOf(XElement e)
    {
        var year = Number(Attr(e, "year"), 1800, 2200);
        if (year is null)
        {
            return null;
        }

        var month = Number(Attr(e, "month"), 1, 12);
        var day = month is null ? null : Number(Attr(e, "day"), 1, DateTime.DaysInMonth(year.Value, month.Value));
        var text = year.Value.ToString("D4", CultureInfo.InvariantCulture)
            + (month is { } m ? "-" + m.ToString("D2", CultureInfo.InvariantCulture) + (day is { } d ? "-" + d.ToString("D2", CultureInfo.InvariantCulture) : "") : "");
        return IsoDates.Parse(text) with { Approximate = Attr(e, "quality") is "low" or "approximate" };
    }

    private static Place? PlaceOf(XElement e, Dictionary<string, Place> places) =>
        Attr(e, "place-id") is { } id && places.TryGetValue(id, out var place) ? place : null;

    private static string? English(XElement e, string name) =>
        e.Elements(name).OrderByDescending(x => Attr(x, "lang") == "eng").Select(x => Clean(x.Value)).FirstOrDefault(v => v is not null);

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Number(string? text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static string? Join(IEnumerable<string?> parts, string separator = " ")
    {
        var joined = string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
        return joined.Length == 0 ? null : joined;
    }

    private static string? Attr(XElement e, string name) => Clean((string?)e.Attribute(name));

    private static string? Text(XElement e, string name) => Clean(e.Element(name)?.Value);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Place(string? Location, string? Area, string? Country)
    {
        public override string ToString() => string.Join(", ", new[] { Location, Area, Country }.OfType<string>());
    }
}
