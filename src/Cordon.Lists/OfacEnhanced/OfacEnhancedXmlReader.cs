using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.OfacEnhanced;

/// <summary>
/// Reads OFAC's "enhanced" XML (<c>sanctionsData</c> in the <c>…/exports/ENHANCED_XML</c> namespace), as served in
/// <c>SDN_ENHANCED.ZIP</c> and <c>CONS_ENHANCED.ZIP</c>. Names, features (birth dates, nationality, e-mail, websites,
/// digital currency), documents, addresses, programs and relationships are all structured, so no remarks parsing is needed.
/// </summary>
public sealed class OfacEnhancedXmlReader : IListReader
{
    private const string RootName = "sanctionsData";
    private const string NamespaceMarker = "ENHANCED_XML";

    /// <inheritdoc />
    public string Format => "ofac-enhanced-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1)
        {
            return false;
        }

        var head = SourceFileText.Head(files[0], 4096);
        var root = head.IndexOf("<" + RootName, StringComparison.Ordinal);
        return root >= 0 && head.IndexOf(NamespaceMarker, root, StringComparison.Ordinal) > root;
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "OFAC enhanced XML is one file");
        var doc = SourceFileXml.Load(file);

        var root = doc.Root!;
        if (root.Name.LocalName != RootName || !root.Name.NamespaceName.Contains(NamespaceMarker, StringComparison.Ordinal))
        {
            throw new ListFormatException(file.Name, LineOf(root), $"the root element is <{root.Name.LocalName}> in '{root.Name.NamespaceName}': not OFAC enhanced XML");
        }

        XNamespace ns = root.Name.Namespace;
        var publication = root.Element(ns + "publicationInfo");
        var listNames = publication?.Descendants(ns + "sanctionsList").Select(e => e.Value.Trim()).ToList() ?? [];

        // The publication filter says which list the export holds; the non-SDN consolidated export names only "Consolidated List".
        var listId = listNames.Contains("SDN List") && !listNames.Contains("Consolidated List") ? ListIds.OfacSdn : ListIds.OfacConsolidated;
        DateTimeOffset? publishedAt = null;
        if (publication?.Element(ns + "dataAsOf")?.Value is { } asOf &&
            DateTime.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            publishedAt = new DateTimeOffset(parsed, TimeSpan.Zero);
        }

        var entityElements = root.Element(ns + "entities")?.Elements(ns + "entity").ToList()
            ?? throw new ListFormatException(file.Name, LineOf(root), "no <entities> element");
        var ids = entityElements.Select(e => e.Attribute("id")?.Value.Trim()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var records = new RecordSkipper(file.Name);
        foreach (var element in entityElements)
        {
            records.Add(LineOf(element), element.Attribute("id")?.Value.Trim(), () => Map(element, ns, listId, ids, file.Name));
        }
        return new ListSnapshot(
            listId,
            listId == ListIds.OfacSdn ? "OFAC SDN" : "OFAC Consolidated (non-SDN)",
            Format,
            ContentHash.Compute(files),
            publishedAt,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static long? LineOf(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static string? Text(XElement? e)
    {
        var v = e?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    private static ListedEntity Map(XElement e, XNamespace ns, string listId, HashSet<string> ids, string fileName)
    {
        var id = e.Attribute("id")?.Value.Trim() is { Length: > 0 } given
            ? given
            : throw new ListFormatException(fileName, LineOf(e), "an <entity> has no id attribute");
        var general = e.Element(ns + "generalInfo");
        var typeText = Text(general?.Element(ns + "entityType"));
        var type = typeText switch
        {
            "Individual" => EntityType.Individual,
            "Entity" => EntityType.Entity,
            "Vessel" => EntityType.Vessel,
            "Aircraft" => EntityType.Aircraft,
            _ => throw new ListFormatException(fileName, LineOf(e), $"entity {id} has unknown entityType '{typeText}'"),
        };

        var (primaryName, aliases) = Names(e, ns);
        if (primaryName is null)
        {
            throw new ListFormatException(fileName, LineOf(e), $"entity {id} has no primary name");
        }

        var features = new OfacFeatures();
        if (Text(general?.Element(ns + "remarks")) is { } generalRemarks)
        {
            features.Remarks.Add(generalRemarks);
        }

        foreach (var feature in e.Element(ns + "features")?.Elements(ns + "feature") ?? [])
        {
            var label = Text(feature.Element(ns + "type"));
            var value = Text(feature.Element(ns + "value"));
            if (label is not null && value is not null)
            {
                features.Add(label, value, OfacFeatures.IsDate(label) ? DateOf(value, feature.Element(ns + "valueDate"), ns) : null);
            }
        }

        var documents = features.Documents;
        foreach (var doc in e.Element(ns + "identityDocuments")?.Elements(ns + "identityDocument") ?? [])
        {
            var docType = Text(doc.Element(ns + "type"));
            var number = Text(doc.Element(ns + "documentNumber"));
            if (docType is null || number is null)
            {
                continue;
            }

            var notes = new List<string>();
            if (Text(doc.Element(ns + "issuingAuthority")) is { } authority)
            {
                notes.Add("issued by " + authority);
            }

            if (Text(doc.Element(ns + "issuingLocation")) is { } location)
            {
                notes.Add("issued in " + location);
            }

            if (Text(doc.Element(ns + "isValid")) == "false")
            {
                notes.Add("not valid");
            }

            documents.Add(new IdentityDocument(docType, number, Text(doc.Element(ns + "issuingCountry")), notes.Count == 0 ? null : string.Join("; ", notes)));
        }

        var addresses = new List<PostalAddress>();
        foreach (var address in e.Element(ns + "addresses")?.Elements(ns + "address") ?? [])
        {
            addresses.AddRange(AddressesOf(address, ns));
        }

        var links = new List<EntityLink>();
        foreach (var rel in e.Element(ns + "relationships")?.Elements(ns + "relationship") ?? [])
        {
            var related = rel.Element(ns + "relatedEntity");
            var relation = Text(rel.Element(ns + "type"));
            var name = Text(related);
            if (relation is null || name is null)
            {
                continue;
            }

            // OFAC ids are shared between its lists; a target outside this file is not resolved here.
            var targetId = related!.Attribute("entityId")?.Value.Trim();
            links.Add(new EntityLink(relation, name, targetId is not null && ids.Contains(targetId) ? targetId : null));
        }

        DateOnly? listedOn = null;
        foreach (var list in e.Element(ns + "sanctionsLists")?.Elements(ns + "sanctionsList") ?? [])
        {
            if (DateOnly.TryParseExact(list.Attribute("datePublished")?.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) &&
                (listedOn is null || published < listedOn))
            {
                listedOn = published;
            }
        }

        return new ListedEntity
        {
            ListId = listId,
            SourceId = id,
            Type = type,
            PrimaryName = primaryName,
            Aliases = aliases,
            DatesOfBirth = features.Dates,
            PlacesOfBirth = features.PlacesOfBirth,
            Nationalities = features.Nationalities,
            Citizenships = features.Citizenships,
            Gender = features.Gender,
            Titles = features.Titles,
            Documents = documents,
            Addresses = addresses,
            Programs = [.. (e.Element(ns + "sanctionsPrograms")?.Elements(ns + "sanctionsProgram") ?? []).Select(Text).OfType<string>().Distinct(StringComparer.Ordinal)],
            EmailAddresses = features.Emails,
            Websites = features.Websites,
            PhoneNumbers = features.Phones,
            DigitalCurrencyAddresses = features.Wallets,
            Links = links,
            Particulars = features.Particulars,
            ListedOn = listedOn,
            Remarks = features.Remarks.Count == 0 ? null : string.Join("; ", features.Remarks),
            SourceRecord = e.ToString(SaveOptions.None),
        };
    }

    private static (string? Primary, List<Alias> Aliases) Names(XElement e, XNamespace ns)
    {
        string? primary = null;
        var aliases = new List<Alias>();
        foreach (var name in e.Element(ns + "names")?.Elements(ns + "name") ?? [])
        {
            var isPrimary = Text(name.Element(ns + "isPrimary")) == "true";
            var weak = Text(name.Element(ns + "isLowQuality")) == "true";
            var kind = Text(name.Element(ns + "aliasType")) switch
            {
                "A.K.A." => "aka",
                "F.K.A." => "fka",
                "N.K.A." => "nka",
                var other => other?.ToLowerInvariant(),
            };

            foreach (var translation in name.Element(ns + "translations")?.Elements(ns + "translation") ?? [])
            {
                var full = Text(translation.Element(ns + "formattedFullName"));
                if (full is null)
                {
                    continue;
                }

                var primaryTranslation = Text(translation.Element(ns + "isPrimary")) == "true";
                if (isPrimary && primaryTranslation && primary is null)
                {
                    primary = full;
                }
                else if (!aliases.Any(a => a.Name == full))
                {
                    // Other-script spellings of the primary name are as strong as the name itself.
                    var script = Text(translation.Element(ns + "script"));
                    var aliasKind = primaryTranslation || script == "Latin" ? kind : "original script";
                    aliases.Add(new Alias(full, weak ? AliasStrength.Weak : AliasStrength.Strong, aliasKind));
                }
            }
        }

        if (primary is not null)
        {
            aliases.RemoveAll(a => a.Name == primary);
        }

        return (primary, aliases);
    }

    private static PartialDate DateOf(string value, XElement? valueDate, XNamespace ns)
    {
        var date = OfacDates.Parse(value);
        var approximate = Text(valueDate?.Element(ns + "isApproximate")) == "true";
        if (date.Year is null && valueDate is not null &&
            DateOnly.TryParseExact(Text(valueDate.Element(ns + "fromDateBegin")), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from) &&
            DateOnly.TryParseExact(Text(valueDate.Element(ns + "toDateEnd")), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            date = from == to
                ? new PartialDate(value, from.Year, from.Month, from.Day)
                : new PartialDate(value, from.Year, YearTo: to.Year != from.Year ? to.Year : null);
        }

        return approximate && !date.Approximate ? date with { Approximate = true } : date;
    }

    /// <summary>
    /// One address per translation: OFAC writes a Russian address in Latin script (the primary translation) and in
    /// Cyrillic, and a screener must find either. Other-script versions carry their script in the note.
    /// </summary>
    private static List<PostalAddress> AddressesOf(XElement address, XNamespace ns)
    {
        var country = Text(address.Element(ns + "country"));
        var translations = (address.Element(ns + "translations")?.Elements(ns + "translation") ?? [])
            .OrderByDescending(t => Text(t.Element(ns + "isPrimary")) == "true")
            .ToList();
        var mapped = translations
            .Select(t => AddressOf(t, ns, country, Text(t.Element(ns + "isPrimary")) == "true" ? null : Text(t.Element(ns + "script")) + " script"))
            .Where(a => a with { Note = null } != new PostalAddress(Country: country))
            .Distinct()
            .ToList();

        // An address without parts in any script is its country alone.
        return mapped.Count == 0 ? [new PostalAddress(Country: country)] : mapped;
    }

    private static PostalAddress AddressOf(XElement translation, XNamespace ns, string? country, string? note)
    {
        var street = new List<string>();
        string? city = null, region = null, postal = null;
        foreach (var part in translation.Element(ns + "addressParts")?.Elements(ns + "addressPart") ?? [])
        {
            var value = Text(part.Element(ns + "value"));
            if (value is null)
            {
                continue;
            }

            switch (Text(part.Element(ns + "type")))
            {
                case "CITY":
                    city = value;
                    break;
                case "STATE/PROVINCE":
                case "REGION":
                    region = region is null ? value : region + ", " + value;
                    break;
                case "POSTAL CODE":
                    postal = value;
                    break;
                default:
                    street.Add(value);
                    break;
            }
        }

        return new PostalAddress(
            street.Count == 0 ? null : string.Join(", ", street),
            city,
            region,
            postal,
            country,
            note);
    }
}
