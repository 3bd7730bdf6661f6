using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Uk;

/// <summary>
/// Reads the FCDO "UK Sanctions List" XML (<c>UK-Sanctions-List.xml</c>): root <c>Designations</c>, one
/// <c>Designation</c> per listed individual, entity or ship, all data in child elements.
/// </summary>
/// <remarks>
/// Names are written in six parts (<c>Name1</c>…<c>Name6</c>, Name6 being the surname or the whole entity name) and
/// joined in that order. <c>NameType</c> "Primary Name" gives the primary name; "Primary Name Variation" and "Alias"
/// become aliases, weak when <c>AliasStrength</c> says low quality. Address lines are kept together as the street:
/// the list does not use its six lines consistently for town and region.
/// Dates are <c>dd/MM/yyyy</c>, with <c>dd</c> and <c>mm</c> written literally when unknown, or a bare year.
/// A designation that cannot be read (no id, no name, a type the reader does not know) is skipped and reported.
/// </remarks>
public sealed class UkSanctionsXmlReader : IListReader
{
    /// <inheritdoc />
    public string Format => "uk-sanctions-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileXml.RootIs(files[0], "Designations");
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the UK sanctions list is one XML file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name.LocalName != "Designations")
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}>, not <Designations>: not a UK sanctions list");
        }

        var records = new RecordSkipper(file.Name);
        foreach (var element in Children(root, "Designation"))
        {
            records.Add(SourceFileXml.LineOf(element), Text(element, "UniqueID"), () => Map(file, element));
        }

        var generated = Text(root, "DateGenerated");
        return new ListSnapshot(
            ListIds.UkSanctions,
            "UK Sanctions List",
            Format,
            ContentHash.Compute(files),
            Date(generated) is { } day
                ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : DateTimeOffset.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp) ? stamp : null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static ListedEntity Map(SourceFile file, XElement d)
    {
        var id = Text(d, "UniqueID")
            ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(d), "<Designation> without UniqueID");
        var typeText = Text(d, "IndividualEntityShip");
        var type = typeText?.ToUpperInvariant() switch
        {
            "INDIVIDUAL" => EntityType.Individual,
            "ENTITY" => EntityType.Entity,
            "SHIP" => EntityType.Vessel,
            "AIRCRAFT" => EntityType.Aircraft,
            _ => throw new ListFormatException(file.Name, SourceFileXml.LineOf(d), $"designation {id} has the unknown IndividualEntityShip '{typeText}'"),
        };

        string? primary = null;
        var aliases = new List<Alias>();
        foreach (var name in Path(d, "Names", "Name"))
        {
            var full = string.Join(' ', Enumerable.Range(1, 6).Select(i => Text(name, "Name" + i.ToString(CultureInfo.InvariantCulture))).OfType<string>());
            if (full.Length == 0)
            {
                continue;
            }

            var nameType = Text(name, "NameType")?.ToUpperInvariant();
            if (nameType == "PRIMARY NAME" && primary is null)
            {
                primary = full;
                continue;
            }

            var strength = Text(name, "AliasStrength");
            aliases.Add(new Alias(full, AliasQuality.Of(strength), "aka", strength));
        }

        if (primary is null)
        {
            if (aliases.Count == 0)
            {
                throw new ListFormatException(file.Name, SourceFileXml.LineOf(d), $"designation {id} has no name");
            }

            // Without a name marked primary, the first name given stands in for it.
            primary = aliases[0].Name;
            aliases.RemoveAt(0);
        }

        aliases.AddRange(Path(d, "NonLatinNames", "NonLatinName")
            .Select(n => Text(n, "NameNonLatinScript"))
            .OfType<string>()
            .Select(n => new Alias(n, AliasStrength.Strong, "original script")));

        var individual = Path(d, "IndividualDetails", "Individual").FirstOrDefault();
        var entityDetails = Path(d, "EntityDetails", "Entity").FirstOrDefault();
        var ship = Path(d, "ShipDetails", "Ship").FirstOrDefault();

        var documents = new List<IdentityDocument>();
        if (individual is not null)
        {
            documents.AddRange(Path(individual, "PassportDetails", "Passport")
                .Where(p => Text(p, "PassportNumber") is not null)
                .Select(p => new IdentityDocument("Passport", Text(p, "PassportNumber")!, null, Text(p, "PassportAdditionalInformation"))));
            documents.AddRange(Path(individual, "NationalIdentifierDetails", "NationalIdentifier")
                .Where(n => Text(n, "NationalIdentifierNumber") is not null)
                .Select(n => new IdentityDocument("National Identification Number", Text(n, "NationalIdentifierNumber")!, null, Text(n, "NationalIdentifierAdditionalInformation"))));
        }

        documents.AddRange(Values(entityDetails, "BusinessRegistrationNumbers", "BusinessRegistrationNumber").Select(n => new IdentityDocument("Business Registration Number", n)));
        documents.AddRange(Values(ship, "IMONumbers", "IMONumber").Select(n => new IdentityDocument("IMO Number", n)));

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string label, IEnumerable<string> values)
        {
            var joined = string.Join("; ", values.Distinct(StringComparer.Ordinal));
            if (joined.Length > 0)
            {
                particulars[label] = joined;
            }
        }

        Put("OFSI group id", Values(d, "OFSIGroupID"));
        Put("UN reference number", Values(d, "UNReferenceNumber"));
        Put("designation source", Values(d, "DesignationSource"));
        Put("sanctions imposed", Values(d, "SanctionsImposed"));
        Put("last updated", Values(d, "LastUpdated"));
        Put("type of entity", Values(entityDetails, "TypeOfEntities", "TypeOfEntity"));
        Put("current owner/operator", Values(ship, "CurrentOwnerOperators", "CurrentOwnerOperator"));
        Put("previous owner/operator", Values(ship, "PreviousOwnerOperators", "PreviousOwnerOperator"));
        Put("flag", Values(ship, "CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip"));
        Put("previous flags", Values(ship, "PreviousFlags", "PreviousFlag"));
        Put("type of ship", Values(ship, "TypeOfShipDetails", "TypeOfShip"));
        Put("tonnage", Values(ship, "TonnageOfShipDetails", "TonnageOfShip"));
        Put("length", Values(ship, "LengthOfShipDetails", "LengthOfShip"));
        Put("year built", Values(ship, "YearsBuilt", "YearBuilt"));

        var reasons = Text(d, "UKStatementofReasons");
        var remarks = string.Join("\n", new[] { Text(d, "OtherInformation"), reasons is null ? null : "Statement of reasons: " + reasons }.OfType<string>());
        return new ListedEntity
        {
            ListId = ListIds.UkSanctions,
            SourceId = id,
            Type = type,
            PrimaryName = primary,
            Aliases = aliases.Distinct().ToList(),
            DatesOfBirth = Values(individual, "DOBs", "DOB").Select(Dob).Distinct().ToList(),
            PlacesOfBirth = Path(individual, "BirthDetails", "Location")
                .Select(l => string.Join(", ", new[] { Text(l, "TownOfBirth"), Text(l, "CountryOfBirth") }.OfType<string>()))
                .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Nationalities = Values(individual, "Nationalities", "Nationality").Distinct(StringComparer.Ordinal).ToList(),
            Gender = Values(individual, "Genders", "Gender").FirstOrDefault(),
            Titles = Values(d, "Titles", "Title").Concat(Values(individual, "Positions", "Position")).Distinct(StringComparer.Ordinal).ToList(),
            Documents = documents.Distinct().ToList(),
            Addresses = Path(d, "Addresses", "Address").Select(Address).OfType<PostalAddress>().Distinct().ToList(),
            Programs = Values(d, "RegimeName").Distinct(StringComparer.Ordinal).ToList(),
            EmailAddresses = Values(d, "EmailAddresses", "EmailAddress").Distinct(StringComparer.Ordinal).ToList(),
            Websites = Values(d, "Websites", "Website").Distinct(StringComparer.Ordinal).ToList(),
            PhoneNumbers = Values(d, "PhoneNumbers", "PhoneNumber").Distinct(StringComparer.Ordinal).ToList(),
            Links = Values(entityDetails, "ParentCompanies", "ParentCompany").Select(p => new EntityLink("Parent company", p))
                .Concat(Values(entityDetails, "Subsidiaries", "Subsidiary").Select(s => new EntityLink("Subsidiary", s)))
                .ToList(),
            Particulars = particulars,
            ListedOn = Date(Text(d, "DateDesignated")),
            Remarks = remarks.Length > 0 ? remarks : null,
            SourceRecord = d.ToString(SaveOptions.DisableFormatting),
        };
    }

    private static PostalAddress? Address(XElement a)
    {
        var street = string.Join(", ", Enumerable.Range(1, 6).Select(i => Text(a, "AddressLine" + i.ToString(CultureInfo.InvariantCulture))).OfType<string>());
        var address = new PostalAddress(street.Length > 0 ? street : null, PostalCode: Text(a, "AddressPostalCode"), Country: Text(a, "AddressCountry"));
        return address == new PostalAddress() ? null : address;
    }

    /// <summary>
    /// Reads <c>15/03/1970</c>, <c>dd/03/1970</c>, <c>dd/mm/1945</c> and a bare year <c>1946</c>; other text is kept
    /// without numbers.
    /// </summary>
    internal static PartialDate Dob(string text)
    {
        if (Number(text.Trim(), 2200) is { } bareYear && bareYear >= 1800)
        {
            return new PartialDate(text, bareYear);
        }

        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || Number(parts[2], 2200) is not { } year || year < 1800)
        {
            return new PartialDate(text, null);
        }

        var month = Number(parts[1], 12);
        var day = month is null ? null : Number(parts[0], 31);
        return new PartialDate(text, year, month, day);
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, ["dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Number(string text, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;

    private static IEnumerable<XElement> Children(XElement? e, string name) =>
        e is null ? [] : e.Elements().Where(c => c.Name.LocalName == name);

    private static IEnumerable<XElement> Path(XElement? e, string group, string item) => Children(e, group).SelectMany(g => Children(g, item));

    private static IEnumerable<string> Values(XElement? e, string group, string item) =>
        Path(e, group, item).Select(v => Clean(v.Value)).OfType<string>();

    private static IEnumerable<string> Values(XElement? e, string name) =>
        Children(e, name).Select(v => Clean(v.Value)).OfType<string>();

    private static string? Text(XElement e, string name) => Clean(Children(e, name).FirstOrDefault()?.Value);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

}
