using System.Globalization;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Eu;

/// <summary>
/// Reads the EU consolidated financial sanctions list in its first XML format, "XML 1.0" (<c>xmlFullSanctionsList</c>,
/// formerly <c>global.xml</c>): root <c>WHOLE</c>, one <c>ENTITY</c> (<c>Type</c> P or E) per listing with
/// <c>NAME</c>, <c>BIRTH</c>, <c>ADDRESS</c>, <c>PASSPORT</c> and <c>CITIZEN</c> children whose data are child elements,
/// each child and the entity carrying the act (<c>legal_basis</c>, <c>reg_date</c>) that last set it.
/// </summary>
/// <remarks>
/// Each <c>ENTITY</c> is turned into the XML 1.1 export's <c>sanctionEntity</c> and mapped by <see cref="EuFsfXmlReader"/>,
/// so the EU's rules hold in every format: the primary name is the one listed first (lowest <c>NAME Id</c>), functions are
/// kept apart from titles, a birth place "-" is dropped. The format has no designation date and marks no act as the
/// listing one, so <see cref="ListedEntity.ListedOn"/> is the earliest <c>reg_date</c> of the entity and its records: an
/// act naming the entity is never older than its listing. Country fields hold ISO 3166 alpha-3 codes as written (IRQ).
/// Dates are <c>yyyy-MM-dd</c>, a written-out date (<c>28 April 1937</c>) or a bare year.
/// </remarks>
public sealed class EuLegacyXmlReader : IListReader
{
    private const string RootName = "WHOLE";

    /// <inheritdoc />
    public string Format => "eu-xml-1.0";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileXml.RootIs(files[0], RootName);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the EU financial sanctions XML is one file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name != RootName)
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}>, not <WHOLE>: not the EU's XML 1.0 list");
        }

        var records = new RecordSkipper(file.Name);
        foreach (var entity in root.Elements("ENTITY"))
        {
            var line = SourceFileXml.LineOf(entity);
            records.Add(line, Attr(entity, "Id"), () =>
                EuFsfXmlReader.Map(file, EuFsfXmlReader.Namespace, Convert(file, line, entity)) with { SourceRecord = entity.ToString(SaveOptions.DisableFormatting) });
        }

        return new ListSnapshot(
            ListIds.EuFsf,
            "EU Consolidated Financial Sanctions List",
            Format,
            ContentHash.Compute(files),
            DateTime.TryParseExact(Attr(root, "Date"), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var on)
                ? new DateTimeOffset(on, TimeSpan.Zero)
                : null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    /// <summary>One <c>ENTITY</c> as the XML 1.1 <c>sanctionEntity</c>.</summary>
    private static XElement Convert(SourceFile file, long? line, XElement e)
    {
        XNamespace ns = EuFsfXmlReader.Namespace;
        var id = Attr(e, "Id") ?? throw new ListFormatException(file.Name, line, "an <ENTITY> has no Id");
        var code = Attr(e, "Type")?.ToUpperInvariant() switch
        {
            "P" => "person",
            "E" => "enterprise",
            var other => throw new ListFormatException(file.Name, line, $"entity {id} has the unknown Type '{other}' (expected P or E)"),
        };

        var result = new XElement(
            ns + "sanctionEntity",
            new XAttribute("logicalId", id),
            new XElement(ns + "subjectType", new XAttribute("code", code)));
        if (Attr(e, "remark") is { } remark)
        {
            result.Add(new XElement(ns + "remark", remark));
        }

        // Every act the entity and its records cite, as listing acts: the earliest is the best date of listing there is.
        foreach (var act in e.DescendantsAndSelf().Where(x => x.Attribute("reg_date") is not null)
                     .Select(x => (Date: Attr(x, "reg_date"), Title: Attr(x, "legal_basis"), Programme: Attr(x, "programme")))
                     .Distinct())
        {
            result.Add(new XElement(
                ns + "regulation",
                new XAttribute("regulationType", "regulation"),
                Optional("publicationDate", act.Date),
                Optional("numberTitle", act.Title),
                Optional("programme", act.Programme)));
        }

        foreach (var name in e.Elements("NAME"))
        {
            result.Add(new XElement(
                ns + "nameAlias",
                Optional("logicalId", Attr(name, "Id")),
                Optional("firstName", Text(name, "FIRSTNAME")),
                Optional("middleName", Text(name, "MIDDLENAME")),
                Optional("lastName", Text(name, "LASTNAME")),
                Optional("wholeName", Text(name, "WHOLENAME")),
                Optional("gender", Text(name, "GENDER")),
                Optional("title", Text(name, "TITLE")),
                Optional("function", Text(name, "FUNCTION")),
                Optional("nameLanguage", Text(name, "LANGUAGE"))));
        }

        foreach (var birth in e.Elements("BIRTH"))
        {
            var element = new XElement(
                ns + "birthdate",
                Optional("place", Text(birth, "PLACE")),
                Optional("countryDescription", Text(birth, "COUNTRY")));
            var date = Text(birth, "DATE");
            if (date is not null && date.Length == 4 && int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                element.Add(new XAttribute("year", date));
            }
            else if (date is not null)
            {
                element.Add(new XAttribute(
                    "birthdate",
                    DateOnly.TryParseExact(date, ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : date));
            }

            if (element.HasAttributes)
            {
                result.Add(element);
            }
        }

        foreach (var address in e.Elements("ADDRESS"))
        {
            var element = new XElement(
                ns + "address",
                Optional("street", string.Join(' ', new[] { Text(address, "NUMBER"), Text(address, "STREET") }.OfType<string>())),
                Optional("zipCode", Text(address, "ZIPCODE")),
                Optional("city", Text(address, "CITY")),
                Optional("countryDescription", Text(address, "COUNTRY")));
            if (Text(address, "OTHER") is { } other)
            {
                element.Add(new XElement(ns + "remark", other));
            }

            result.Add(element);
        }

        foreach (var passport in e.Elements("PASSPORT"))
        {
            result.Add(new XElement(
                ns + "identification",
                new XAttribute("identificationTypeDescription", "Passport"),
                Optional("number", Text(passport, "NUMBER")),
                Optional("countryDescription", Text(passport, "COUNTRY"))));
        }

        foreach (var citizen in e.Elements("CITIZEN"))
        {
            result.Add(new XElement(ns + "citizenship", Optional("countryDescription", Text(citizen, "COUNTRY"))));
        }

        return result;
    }

    private static XAttribute? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XAttribute(name, value);

    private static string? Attr(XElement e, string name) => Clean((string?)e.Attribute(name));

    private static string? Text(XElement e, string name) => Clean(e.Element(name)?.Value);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
