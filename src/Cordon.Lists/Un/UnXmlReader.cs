using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Un;

/// <summary>
/// Reads the UN Security Council consolidated list XML (<c>CONSOLIDATED_LIST</c> with
/// <c>INDIVIDUALS</c> and <c>ENTITIES</c>), as published at scsanctions.un.org.
/// </summary>
public sealed class UnXmlReader : IListReader
{
    private const string RootName = "CONSOLIDATED_LIST";

    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    /// <inheritdoc />
    public string Format => "un-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileXml.RootIs(files[0], RootName);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the UN consolidated list is one XML file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name.LocalName != RootName)
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}>, not <{RootName}>: not a UN consolidated list");
        }

        var entities = new List<ListedEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in root.Elements())
        {
            foreach (var element in group.Elements())
            {
                var type = element.Name.LocalName switch
                {
                    "INDIVIDUAL" => EntityType.Individual,
                    "ENTITY" => EntityType.Entity,
                    _ => (EntityType?)null,
                };
                if (type is null)
                {
                    continue;
                }

                var entity = Map(file, element, type.Value);
                if (!seen.Add(entity.SourceId))
                {
                    throw new ListFormatException(file.Name, SourceFileXml.LineOf(element), $"DATAID {entity.SourceId} appears twice");
                }

                entities.Add(entity);
            }
        }

        return new ListSnapshot(
            ListIds.UnConsolidated,
            "UN Security Council Consolidated List",
            Format,
            ContentHash.Compute(files),
            ParseTimestamp((string?)root.Attribute("dateGenerated")),
            [file.Name],
            entities);
    }

    private static ListedEntity Map(SourceFile file, XElement e, EntityType type)
    {
        var id = Text(e, "DATAID")
            ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), $"<{e.Name.LocalName}> without DATAID");
        var name = string.Join(' ', NameParts.Select(n => Text(e, n)).OfType<string>());
        if (name.Length == 0)
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), $"DATAID {id} has no name (FIRST_NAME is empty)");
        }

        var aliases = new List<Alias>();
        var datesOfBirth = new List<PartialDate>();
        var placesOfBirth = new List<string>();
        foreach (var a in e.Elements(type == EntityType.Individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            var aliasName = Text(a, "ALIAS_NAME");
            if (aliasName is not null)
            {
                aliases.Add(MapAlias(aliasName, Text(a, "QUALITY")));
            }

            // The UN gives some aliases their own birth details (the identity used with a false passport):
            // screening must see them as alternative dates and places of birth of the same person.
            if (Text(a, "DATE_OF_BIRTH") is { } aliasDob && UnDates.FromText(aliasDob) is { } parsed)
            {
                datesOfBirth.Add(parsed);
            }

            if (Join(Text(a, "CITY_OF_BIRTH"), Text(a, "COUNTRY_OF_BIRTH")) is { } aliasPob)
            {
                placesOfBirth.Add(aliasPob);
            }
        }

        foreach (var original in e.Elements("NAME_ORIGINAL_SCRIPT"))
        {
            if (Clean(original.Value) is { } script)
            {
                aliases.Add(new Alias(script, AliasStrength.Strong, "original script"));
            }
        }

        datesOfBirth.InsertRange(0, e.Elements("INDIVIDUAL_DATE_OF_BIRTH").Select(UnDates.FromElement).OfType<PartialDate>());
        placesOfBirth.InsertRange(0, e.Elements("INDIVIDUAL_PLACE_OF_BIRTH")
            .Select(p => Join(Text(p, "STREET"), Text(p, "CITY"), Text(p, "STATE_PROVINCE"), Text(p, "COUNTRY"), Text(p, "NOTE")))
            .OfType<string>());

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Text(e, "REFERENCE_NUMBER") is { } reference)
        {
            particulars["reference number"] = reference;
        }

        var listedOn = Text(e, "LISTED_ON");
        return new ListedEntity
        {
            ListId = ListIds.UnConsolidated,
            SourceId = id,
            Type = type,
            PrimaryName = name,
            Aliases = aliases.Distinct().ToList(),
            DatesOfBirth = datesOfBirth.Distinct().ToList(),
            PlacesOfBirth = placesOfBirth.Distinct(StringComparer.Ordinal).ToList(),
            Nationalities = Values(e, "NATIONALITY"),
            Gender = Text(e, "GENDER"),
            Titles = Values(e, "TITLE").Concat(Values(e, "DESIGNATION")).Distinct(StringComparer.Ordinal).ToList(),
            Documents = Documents(e),
            Addresses = e.Elements(type == EntityType.Individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")
                .Select(MapAddress).OfType<PostalAddress>().Distinct().ToList(),
            Programs = Text(e, "UN_LIST_TYPE") is { } program ? [program] : [],
            Particulars = particulars,
            ListedOn = listedOn is not null && DateOnly.TryParseExact(listedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            Remarks = e.Element("COMMENTS1")?.Value.Trim() is { Length: > 0 } remarks ? remarks : null,
            SourceRecord = e.ToString(SaveOptions.DisableFormatting),
        };
    }

    // "Low" is the UN's low-quality a.k.a.: too broad to identify anyone on its own.
    private static Alias MapAlias(string name, string? quality) =>
        new(name, AliasQuality.Of(quality), string.Equals(quality, "F.K.A.", StringComparison.OrdinalIgnoreCase) ? "fka" : "aka");

    private static List<IdentityDocument> Documents(XElement e)
    {
        // The UN repeats some documents once per working language ("Numéro de passeport", "Número de pasaporte",
        // then "Passport"), the English entry last and the most complete: keep one per number, the last seen.
        var byKey = new Dictionary<(string Number, string? Country), int>();
        var documents = new List<IdentityDocument>();
        foreach (var d in e.Elements("INDIVIDUAL_DOCUMENT"))
        {
            var number = Text(d, "NUMBER");
            if (number is null)
            {
                continue;
            }

            var type = Text(d, "TYPE_OF_DOCUMENT") ?? Text(d, "TYPE_OF_DOCUMENT2") ?? "Identity document";
            var country = Text(d, "ISSUING_COUNTRY") ?? Text(d, "COUNTRY_OF_ISSUE");
            var detail = Text(d, "TYPE_OF_DOCUMENT2") is { } detailType && detailType != type ? detailType : null;
            var issued = Text(d, "DATE_OF_ISSUE") is { } date ? "issued " + date : null;
            var city = Text(d, "CITY_OF_ISSUE") is { } c ? "in " + c : null;
            var note = Join(detail, issued is not null && city is not null ? issued + " " + city : issued ?? city, Text(d, "NOTE"));
            var document = new IdentityDocument(type, number, country, note);
            if (byKey.TryGetValue((number, country), out var index))
            {
                documents[index] = document;
            }
            else
            {
                byKey[(number, country)] = documents.Count;
                documents.Add(document);
            }
        }

        return documents;
    }

    private static PostalAddress? MapAddress(XElement a)
    {
        var address = new PostalAddress(
            Text(a, "STREET"), Text(a, "CITY"), Text(a, "STATE_PROVINCE"), Text(a, "ZIP_CODE"), Text(a, "COUNTRY"), Text(a, "NOTE"));
        return address == new PostalAddress() ? null : address;
    }

    private static List<string> Values(XElement e, string name) =>
        e.Elements(name).Elements("VALUE").Select(v => Clean(v.Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The child's text with runs of whitespace (the UN wraps long values) collapsed; null when empty.</summary>
    internal static string? Text(XElement e, string name) => e.Element(name) is { } child ? Clean(child.Value) : null;

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Join(params string?[] parts)
    {
        var joined = string.Join(", ", parts.Where(p => p is not null));
        return joined.Length == 0 ? null : joined;
    }

    private static DateTimeOffset? ParseTimestamp(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
