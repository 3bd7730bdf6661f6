using System.Text.Json;
using Cordon.Core;

namespace Cordon.Lists.OpenSanctions;

/// <summary>
/// Reads Senzing entity-specification JSON (<c>{"DATA_SOURCE", "RECORD_ID", "RECORD_TYPE", …}</c>), one record per line
/// or one JSON array, as OpenSanctions publishes each dataset (<c>senzing.json</c>) and as entity-resolution tools export.
/// </summary>
/// <remarks>
/// A record's attributes may be written flat (<c>NAME_FULL</c>, <c>DATE_OF_BIRTH</c>) or grouped in lists of feature
/// objects (<c>NAMES</c>, <c>DATES</c>, <c>ADDRESSES</c>…); both are read, each object being one instance of its features.
/// A name's <c>NAME_TYPE</c> "PRIMARY" gives the primary name (else the first name); others are aliases. The list id is
/// <c>senzing-</c> and the record's <c>DATA_SOURCE</c> in lower case.
/// </remarks>
public sealed class SenzingJsonReader : IListReader
{
    private static readonly (string Key, string Type)[] DocumentKeys =
    [
        ("PASSPORT_NUMBER", "Passport"), ("NATIONAL_ID_NUMBER", "National Identification Number"), ("TAX_ID_NUMBER", "Tax Number"),
        ("DRIVERS_LICENSE_NUMBER", "Driver's Licence"), ("SSN_NUMBER", "Social Security Number"), ("SSN", "Social Security Number"),
        ("OTHER_ID_NUMBER", "Identifier"), ("TRUSTED_ID_NUMBER", "Identifier"), ("LEI_NUMBER", "LEI"), ("DUNS_NUMBER", "DUNS"),
        ("ACCOUNT_NUMBER", "Account Number"),
    ];

    private static readonly string[] AddressLines = ["ADDR_LINE1", "ADDR_LINE2", "ADDR_LINE3"];

    /// <inheritdoc />
    public string Format => "senzing-json";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1)
        {
            return false;
        }

        var head = SourceFileText.Head(files[0], 4096).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.Length > 0 && head[0] is '{' or '[' && head.Contains("\"DATA_SOURCE\"", StringComparison.Ordinal) && head.Contains("\"RECORD_ID\"", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "a Senzing export is one JSON file");
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        string? dataSource = null;
        var records = new RecordSkipper(file.Name);
        var skipped = new List<SkippedRecord>();
        var pending = new List<(long Line, JsonElement Record)>();
        foreach (var (line, record, error) in JsonLines.Read(file))
        {
            if (record is { } json)
            {
                pending.Add((line, json));
                dataSource ??= Flat(json).Select(f => f.GetValueOrDefault("DATA_SOURCE")).FirstOrDefault(v => v is not null);
            }
            else
            {
                skipped.Add(new SkippedRecord(file.Name, line > 0 ? line : null, null, error!));
            }
        }

        var listId = "senzing-" + (dataSource ?? "records").ToLowerInvariant();
        foreach (var (line, json) in pending)
        {
            records.Add(line > 0 ? line : null, Flat(json).Select(f => f.GetValueOrDefault("RECORD_ID")).FirstOrDefault(v => v is not null), () => Map(file, listId, line, json));
        }

        return new ListSnapshot(
            listId,
            "Senzing " + (dataSource ?? file.Name),
            Format,
            ContentHash.Compute(files),
            null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = [.. skipped, .. records.Skipped],
        };
    }

    // The record's top-level attributes as one feature instance, and every object of its feature lists as another.
    private static List<Dictionary<string, string>> Flat(JsonElement record)
    {
        var top = new Dictionary<string, string>(StringComparer.Ordinal);
        var features = new List<Dictionary<string, string>> { top };
        foreach (var p in record.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in p.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    var one = new Dictionary<string, string>(StringComparer.Ordinal) { ["@list"] = p.Name };
                    foreach (var f in item.EnumerateObject())
                    {
                        if (Scalar(f.Value) is { } v)
                        {
                            one[f.Name] = v;
                        }
                    }

                    features.Add(one);
                }
            }
            else if (Scalar(p.Value) is { } v)
            {
                top[p.Name] = v;
            }
        }

        return features;
    }

    private static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String when v.GetString()!.Trim() is { Length: > 0 } s => s,
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    };

    private static ListedEntity Map(SourceFile file, string listId, long line, JsonElement json)
    {
        var features = Flat(json);
        IEnumerable<string> All(string key) => features.Select(f => f.GetValueOrDefault(key)).OfType<string>().Distinct(StringComparer.Ordinal);
        string? One(string key) => All(key).FirstOrDefault();

        var id = One("RECORD_ID") ?? throw new ListFormatException(file.Name, line > 0 ? line : null, "the record has no RECORD_ID");
        var names = new List<(string Name, string? Type)>();
        foreach (var f in features)
        {
            var parts = string.Join(' ', new[] { f.GetValueOrDefault("NAME_FIRST"), f.GetValueOrDefault("NAME_MIDDLE"), f.GetValueOrDefault("NAME_LAST") }.OfType<string>());
            var name = f.GetValueOrDefault("NAME_FULL") ?? f.GetValueOrDefault("NAME_ORG") ?? (parts.Length > 0 ? parts : null);
            if (name is not null)
            {
                names.Add((name, f.GetValueOrDefault("NAME_TYPE")));
            }
        }

        if (names.Count == 0)
        {
            throw new ListFormatException(file.Name, line > 0 ? line : null, $"record {id} has no name");
        }

        var primary = names.FirstOrDefault(n => string.Equals(n.Type, "PRIMARY", StringComparison.OrdinalIgnoreCase)).Name ?? names[0].Name;
        var recordType = One("RECORD_TYPE")?.ToUpperInvariant();
        var type = recordType switch
        {
            "PERSON" => EntityType.Individual,
            "VESSEL" => EntityType.Vessel,
            "AIRCRAFT" => EntityType.Aircraft,
            null => features.Any(f => f.ContainsKey("NAME_ORG")) ? EntityType.Entity : EntityType.Individual,
            _ => EntityType.Entity,
        };

        var addresses = features.Select(f => f.GetValueOrDefault("ADDR_FULL") is { } full
                ? new PostalAddress(full, Country: f.GetValueOrDefault("ADDR_COUNTRY"))
                : new PostalAddress(
                    string.Join(", ", AddressLines.Select(f.GetValueOrDefault).OfType<string>()) is { Length: > 0 } street ? street : null,
                    f.GetValueOrDefault("ADDR_CITY"),
                    f.GetValueOrDefault("ADDR_STATE"),
                    f.GetValueOrDefault("ADDR_POSTAL_CODE"),
                    f.GetValueOrDefault("ADDR_COUNTRY")))
            .Where(a => a != new PostalAddress())
            .Distinct()
            .ToList();
        var documents = features.SelectMany(f => DocumentKeys
                .Where(k => f.ContainsKey(k.Key))
                .Select(k => new IdentityDocument(
                    // OTHER_ID and TRUSTED_ID name their kind in the sibling *_ID_TYPE ("WIKIDATA", "OPEN_SANCTIONS").
                    f.GetValueOrDefault(k.Key.Replace("_NUMBER", "_TYPE", StringComparison.Ordinal)) ?? k.Type,
                    f[k.Key],
                    f.GetValueOrDefault(k.Key.Replace("_NUMBER", "_COUNTRY", StringComparison.Ordinal)) ?? f.GetValueOrDefault("OTHER_ID_COUNTRY"))))
            .Distinct()
            .ToList();
        var topics = All("TOPIC").ToList();
        var particulars = new Dictionary<string, string>(StringComparer.Ordinal) { ["data source"] = One("DATA_SOURCE") ?? "" };
        if (topics.Count > 0)
        {
            particulars["topics"] = string.Join("; ", topics);
        }

        if (One("URL") is { } url)
        {
            particulars["url"] = url;
        }

        return new ListedEntity
        {
            ListId = listId,
            SourceId = id,
            Type = type,
            PrimaryName = primary,
            Aliases = names.Select(n => n.Name).Where(n => n != primary).Distinct(StringComparer.Ordinal).Select(n => new Alias(n, AliasStrength.Strong, "aka")).ToList(),
            DatesOfBirth = All("DATE_OF_BIRTH").Concat(All("REGISTRATION_DATE")).Select(IsoDates.Parse).Distinct().ToList(),
            PlacesOfBirth = All("PLACE_OF_BIRTH").ToList(),
            Nationalities = All("NATIONALITY").Concat(All("REGISTRATION_COUNTRY")).Distinct(StringComparer.Ordinal).ToList(),
            Citizenships = All("CITIZENSHIP").ToList(),
            Gender = One("GENDER")?.ToUpperInvariant() switch
            {
                "M" or "MALE" => "Male",
                "F" or "FEMALE" => "Female",
                _ => null,
            },
            Titles = All("NAME_PREFIX").Concat(All("JOB_TITLE")).Distinct(StringComparer.Ordinal).ToList(),
            Documents = documents,
            Addresses = addresses,
            EmailAddresses = All("EMAIL_ADDRESS").ToList(),
            Websites = All("WEBSITE_ADDRESS").ToList(),
            PhoneNumbers = All("PHONE_NUMBER").ToList(),
            Particulars = particulars.Where(p => p.Value.Length > 0).ToDictionary(StringComparer.Ordinal),
            SourceRecord = json.GetRawText(),
        };
    }
}
