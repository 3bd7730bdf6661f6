using System.Text.Json;
using Cordon.Core;

namespace Cordon.Lists.OpenSanctions;

/// <summary>
/// Reads FollowTheMoney entities, one JSON object per line (<c>{"id", "schema", "properties": {name: [values]}}</c>), the
/// format in which OpenSanctions publishes every one of its datasets (<c>entities.ftm.json</c>).
/// </summary>
/// <remarks>
/// <para>
/// Parties (schemas Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane) become entries; the other
/// schemas describe them and are folded in: <c>Address</c> entities named in <c>addressEntity</c>, <c>Sanction</c>
/// (program, listing date), <c>Passport</c>/<c>Identification</c> (documents of their <c>holder</c>), and
/// <c>Ownership</c>, <c>Directorship</c>, <c>Family</c>, <c>Associate</c>, <c>UnknownLink</c>, <c>Membership</c>,
/// <c>Occupancy</c> (links). When the file marks targets (<c>"target": true</c>, as OpenSanctions exports do), only
/// targets are entries and the other parties appear only as link targets.
/// </para>
/// <para>
/// The primary name is the <c>caption</c> when it is one of the names, else the first <c>name</c>; other names and
/// <c>alias</c> are strong aliases, <c>previousName</c> strong with kind "fka", <c>weakAlias</c> weak.
/// Countries stay as FtM writes them (ISO codes in lower case). The list id is <c>opensanctions-</c> and the dataset
/// every entry shares, when there is one, else <c>ftm-</c> and the file's name, so that re-importing the same file
/// replaces the same list.
/// </para>
/// </remarks>
public sealed class FtmJsonReader : IListReader
{
    private static readonly HashSet<string> PartySchemas = new(StringComparer.Ordinal)
    {
        "Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane",
    };

    private static readonly (string Property, string Type)[] IdentifierProperties =
    [
        ("passportNumber", "Passport"), ("idNumber", "National Identification Number"), ("taxNumber", "Tax Number"),
        ("innCode", "INN"), ("ogrnCode", "OGRN"), ("registrationNumber", "Registration Number"), ("leiCode", "LEI"),
        ("swiftBic", "SWIFT/BIC"), ("imoNumber", "IMO Number"), ("mmsi", "MMSI"), ("vatCode", "VAT Number"),
        ("dunsCode", "DUNS"), ("uniqueEntityId", "SAM Unique Entity ID"), ("socialSecurityNumber", "Social Security Number"),
        ("kppCode", "KPP"), ("okpoCode", "OKPO"), ("ricCode", "RIC"), ("isinCode", "ISIN"), ("registrationNumber", "Registration Number"),
    ];

    private static readonly Dictionary<string, (string Subject, string Other, string Label)> LinkSchemas = new(StringComparer.Ordinal)
    {
        ["Ownership"] = ("asset", "owner", "owned by"),
        ["Directorship"] = ("organization", "director", "director"),
        ["Family"] = ("person", "relative", "family"),
        ["Associate"] = ("person", "associate", "associate"),
        ["UnknownLink"] = ("subject", "object", "linked to"),
        ["Membership"] = ("member", "organization", "member of"),
        ["Occupancy"] = ("holder", "post", "holds"),
    };

    /// <inheritdoc />
    public string Format => "ftm-json";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1 || JsonLines.IsArray(files[0]))
        {
            return false;
        }

        var first = SourceFileText.FirstLine(files[0]);
        return first is not null && first.TrimStart().StartsWith('{')
            && first.Contains("\"schema\"", StringComparison.Ordinal) && first.Contains("\"properties\"", StringComparison.Ordinal)
            && !first.Contains("\"RECORD_ID\"", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "a FollowTheMoney export is one JSON-lines file");
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        var all = new Dictionary<string, FtmEntity>(StringComparer.Ordinal);
        var order = new List<FtmEntity>();
        var skipped = new List<SkippedRecord>();
        foreach (var (line, record, error) in JsonLines.Read(file))
        {
            if (record is not { } json)
            {
                skipped.Add(new SkippedRecord(file.Name, line > 0 ? line : null, null, error!));
                continue;
            }

            var entity = FtmEntity.From(json, line);
            if (entity is null)
            {
                skipped.Add(new SkippedRecord(file.Name, line > 0 ? line : null, null, "the object has no \"id\" or \"schema\": not a FollowTheMoney entity"));
            }
            else if (!all.TryAdd(entity.Id, entity))
            {
                skipped.Add(new SkippedRecord(file.Name, line > 0 ? line : null, entity.Id, $"the id {entity.Id} appears twice; the first entity with it is kept"));
            }
            else
            {
                order.Add(entity);
            }
        }

        var parties = order.Where(e => PartySchemas.Contains(e.Schema)).ToList();
        if (parties.Any(p => p.Target is not null))
        {
            parties = parties.Where(p => p.Target == true).ToList();
        }

        var datasets = parties.Select(p => p.Datasets).Where(d => d.Count > 0).ToList();
        var shared = datasets.Count == parties.Count && parties.Count > 0
            ? datasets.Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToList())
            : [];
        var listId = shared.Count == 1 ? "opensanctions-" + shared[0] : "ftm-" + Stem(file.Name);

        var byReference = Index(order);
        var records = new RecordSkipper(file.Name);
        foreach (var party in parties)
        {
            records.Add(party.Line > 0 ? party.Line : null, party.Id, () => Map(file, listId, party, all, byReference));
        }

        return new ListSnapshot(
            listId,
            shared.Count == 1 ? "OpenSanctions " + shared[0] : "FollowTheMoney " + Stem(file.Name),
            Format,
            ContentHash.Compute(files),
            null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = [.. skipped, .. records.Skipped],
        };
    }

    private static string Stem(string name)
    {
        var bare = Path.GetFileName(name.Replace("!/", "/", StringComparison.Ordinal));
        foreach (var suffix in new[] { ".json", ".jsonl", ".ijson", ".ftm" })
        {
            if (bare.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                bare = bare[..^suffix.Length];
            }
        }

        return bare.ToLowerInvariant();
    }

    // For each party id, the non-party entities that point at it (sanctions, documents, links).
    private static Dictionary<string, List<(string Property, FtmEntity Entity)>> Index(List<FtmEntity> entities)
    {
        var index = new Dictionary<string, List<(string, FtmEntity)>>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => !PartySchemas.Contains(e.Schema) && e.Schema != "Address"))
        {
            foreach (var (property, values) in e.Properties)
            {
                foreach (var value in values)
                {
                    if (!index.TryGetValue(value, out var list))
                    {
                        index[value] = list = [];
                    }

                    list.Add((property, e));
                }
            }
        }

        return index;
    }

    private static ListedEntity Map(SourceFile file, string listId, FtmEntity e, Dictionary<string, FtmEntity> all, Dictionary<string, List<(string Property, FtmEntity Entity)>> byReference)
    {
        var names = e.Values("name");
        if (names.Count == 0)
        {
            throw new ListFormatException(file.Name, e.Line > 0 ? e.Line : null, $"{e.Schema} {e.Id} has no name");
        }

        var primary = e.Caption is { } caption && names.Contains(caption, StringComparer.Ordinal) ? caption : names[0];
        var aliases = names.Where(n => n != primary).Select(n => new Alias(n, AliasStrength.Strong, "aka"))
            .Concat(e.Values("alias").Select(n => new Alias(n, AliasStrength.Strong, "aka")))
            .Concat(e.Values("previousName").Select(n => new Alias(n, AliasStrength.Strong, "fka")))
            .Concat(e.Values("weakAlias").Select(n => new Alias(n, AliasStrength.Weak, "aka")))
            .Where(a => a.Name != primary)
            .DistinctBy(a => a.Name)
            .ToList();

        var documents = IdentifierProperties.DistinctBy(p => p.Property)
            .SelectMany(p => e.Values(p.Property).Select(v => new IdentityDocument(p.Type, v)))
            .ToList();
        var programs = new List<string>(e.Values("programId"));
        var listedOn = new List<DateOnly>();
        var links = new List<EntityLink>();
        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (property, related) in byReference.GetValueOrDefault(e.Id) ?? [])
        {
            switch (related.Schema)
            {
                case "Sanction" when property == "entity":
                    // The program's code when the source gives one ("EU-UKR"), else its title.
                    programs.AddRange(related.Values("programId") is { Count: > 0 } ids ? ids : related.Values("program"));
                    listedOn.AddRange(related.Values("listingDate").Concat(related.Values("startDate")).Select(IsoDates.Day).OfType<DateOnly>());
                    break;
                case "Passport" or "Identification" when property == "holder":
                    foreach (var number in related.Values("number"))
                    {
                        var documentType = related.One("type") ?? (related.Schema == "Passport" ? "Passport" : "Identification");
                        documents.Add(new IdentityDocument(documentType, number, related.One("country"), related.One("summary")));
                    }

                    break;
                default:
                    if (LinkSchemas.TryGetValue(related.Schema, out var link) && (property == link.Subject || property == link.Other))
                    {
                        var otherProperty = property == link.Subject ? link.Other : link.Subject;
                        foreach (var otherId in related.Values(otherProperty))
                        {
                            var other = all.GetValueOrDefault(otherId);
                            var label = property == link.Subject ? link.Label : "has " + (related.One("relationship") ?? link.Label);
                            links.Add(new EntityLink(label, other?.Caption ?? other?.One("name") ?? otherId, otherId));
                        }
                    }

                    break;
            }
        }

        foreach (var (property, label) in new[] { ("topics", "topics"), ("flag", "flag"), ("buildDate", "build date"), ("type", "type"), ("legalForm", "legal form"), ("incorporationDate", "incorporation date"), ("jurisdiction", "jurisdiction") })
        {
            if (e.Values(property) is { Count: > 0 } values)
            {
                particulars[label] = string.Join("; ", values);
            }
        }

        // "address" repeats the full text of the linked Address entities; only the texts without one are added.
        var linked = e.Values("addressEntity").Select(all.GetValueOrDefault).OfType<FtmEntity>().Where(a => a.Schema == "Address").ToList();
        var covered = linked.SelectMany(a => a.Values("full")).ToHashSet(StringComparer.Ordinal);
        var addresses = linked.Select(AddressOf)
            .Concat(e.Values("address").Where(a => !covered.Contains(a)).Select(a => new PostalAddress(a)))
            .Distinct()
            .ToList();
        var type = e.Schema switch
        {
            "Person" => EntityType.Individual,
            "Vessel" => EntityType.Vessel,
            "Airplane" => EntityType.Aircraft,
            _ => EntityType.Entity,
        };
        return new ListedEntity
        {
            ListId = listId,
            SourceId = e.Id,
            Type = type,
            PrimaryName = primary,
            Aliases = aliases,
            DatesOfBirth = e.Values("birthDate").Concat(e.Values("incorporationDate")).Select(IsoDates.Parse).Distinct().ToList(),
            PlacesOfBirth = e.Values("birthPlace"),
            Nationalities = e.Values("nationality").Concat(type == EntityType.Individual ? [] : e.Values("country").Concat(e.Values("jurisdiction"))).Distinct(StringComparer.Ordinal).ToList(),
            Citizenships = e.Values("citizenship"),
            Gender = e.One("gender") switch
            {
                "male" => "Male",
                "female" => "Female",
                _ => null,
            },
            Titles = e.Values("title").Concat(e.Values("position")).Distinct(StringComparer.Ordinal).ToList(),
            Documents = documents.Distinct().ToList(),
            Addresses = addresses,
            Programs = programs.Distinct(StringComparer.Ordinal).ToList(),
            EmailAddresses = e.Values("email"),
            Websites = e.Values("website"),
            PhoneNumbers = e.Values("phone"),
            Links = links.Distinct().ToList(),
            Particulars = particulars,
            ListedOn = listedOn.Count > 0 ? listedOn.Min() : null,
            Remarks = e.Values("notes") is { Count: > 0 } notes ? string.Join("\n", notes) : null,
            SourceRecord = e.Raw,
        };
    }

    private static PostalAddress AddressOf(FtmEntity a)
    {
        string? One(string property) => a.One(property);
        var street = One("street") ?? (One("city") is null ? One("full") : null);
        return new PostalAddress(street, One("city"), One("region") ?? One("state"), One("postalCode"), One("country"), One("remarks"));
    }

    private sealed record FtmEntity(string Id, string Schema, string? Caption, bool? Target, IReadOnlyList<string> Datasets, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties, long Line, string Raw)
    {
        public IReadOnlyList<string> Values(string property) => Properties.GetValueOrDefault(property) ?? [];

        public string? One(string property) => Values(property) is { Count: > 0 } values ? values[0] : null;

        public static FtmEntity? From(JsonElement json, long line)
        {
            if (Str(json, "id") is not { } id || Str(json, "schema") is not { } schema)
            {
                return null;
            }

            var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (json.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in props.EnumerateObject())
                {
                    var values = Strings(p.Value);
                    if (values.Count > 0)
                    {
                        properties[p.Name] = values;
                    }
                }
            }

            bool? target = json.TryGetProperty("target", out var t) && t.ValueKind is JsonValueKind.True or JsonValueKind.False ? t.GetBoolean() : null;
            var datasets = json.TryGetProperty("datasets", out var d) ? Strings(d) : [];
            return new FtmEntity(id, schema, Str(json, "caption"), target, datasets, properties, line, json.GetRawText());
        }

        private static string? Str(JsonElement json, string name) =>
            json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

        private static List<string> Strings(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            JsonValueKind.String when value.GetString()!.Trim() is { Length: > 0 } one => [one],
            _ => [],
        };
    }
}
