using System.Globalization;
using System.Xml.Linq;
using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.OfacXml;

/// <summary>
/// Reads OFAC's XML of the Sanctions List Service (<c>SDN.XML</c>, <c>CONS.XML</c>; formerly <c>sdn.xml</c> in the
/// <c>http://tempuri.org/sdnList.xsd</c> namespace): root <c>sdnList</c>, one <c>sdnEntry</c> per listing with its
/// <c>akaList</c>, <c>addressList</c>, <c>idList</c>, <c>dateOfBirthList</c>, <c>placeOfBirthList</c>,
/// <c>nationalityList</c>, <c>citizenshipList</c>, <c>programList</c> and <c>vesselInfo</c>.
/// </summary>
/// <remarks>
/// Names are written as the CSV set writes them (individuals <c>LAST, First</c>), so that the same entry read from either
/// format is the same. An a.k.a. of category "weak" is weak (<see cref="AliasQuality"/>). The <c>idList</c> carries, beside
/// documents, OFAC's features: digital currency addresses, e-mail, website, gender and sanctions notes. SDN and non-SDN
/// are told apart as for the CSV set, by the file name (<c>CONS</c>…); the namespace is not checked, OFAC has used several.
/// </remarks>
public sealed class OfacSdnXmlReader : IListReader
{
    private static readonly string[] AddressLines = ["address1", "address2", "address3"];

    /// <inheritdoc />
    public string Format => "ofac-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileXml.RootLocalName(files[0]) == "sdnList";
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "OFAC's XML list is one file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name.LocalName != "sdnList")
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}>, not <sdnList>: not OFAC's XML list");
        }

        var ns = root.Name.Namespace;
        var bare = Path.GetFileName(file.Name.Replace("!/", "/", StringComparison.Ordinal));
        var listId = bare.StartsWith("cons", StringComparison.OrdinalIgnoreCase) ? ListIds.OfacConsolidated : ListIds.OfacSdn;
        var records = new RecordSkipper(file.Name);
        foreach (var entry in root.Elements(ns + "sdnEntry"))
        {
            records.Add(SourceFileXml.LineOf(entry), Text(entry, ns, "uid"), () => Map(file, ns, listId, entry));
        }

        var published = Text(root.Element(ns + "publshInformation"), ns, "Publish_Date");
        return new ListSnapshot(
            listId,
            listId == ListIds.OfacSdn ? "OFAC SDN" : "OFAC Consolidated (non-SDN)",
            Format,
            ContentHash.Compute(files),
            DateTime.TryParseExact(published, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                ? new DateTimeOffset(at, TimeSpan.Zero)
                : null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static ListedEntity Map(SourceFile file, XNamespace ns, string listId, XElement e)
    {
        var uid = Text(e, ns, "uid") ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), "an <sdnEntry> has no <uid>");
        var typeText = Text(e, ns, "sdnType");
        var type = typeText switch
        {
            "Individual" => EntityType.Individual,
            "Entity" or null => EntityType.Entity,
            "Vessel" => EntityType.Vessel,
            "Aircraft" => EntityType.Aircraft,
            _ => throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), $"entry {uid} has the unknown sdnType '{typeText}'"),
        };
        var name = NameOf(e, ns) ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), $"entry {uid} has no name");

        var aliases = Items(e, ns, "akaList", "aka")
            .Select(a => (Name: NameOf(a, ns), Category: Text(a, ns, "category"), Kind: Text(a, ns, "type")))
            .Where(a => a.Name is not null && a.Name != name)
            .Select(a => new Alias(a.Name!, AliasQuality.Of(a.Category), a.Kind?.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant()))
            .DistinctBy(a => a.Name)
            .ToList();

        var documents = new List<IdentityDocument>();
        var wallets = new List<DigitalCurrencyAddress>();
        var emails = new List<string>();
        var websites = new List<string>();
        var phones = new List<string>();
        var notes = new List<string>();
        string? gender = null;
        foreach (var id in Items(e, ns, "idList", "id"))
        {
            var idType = Text(id, ns, "idType");
            var number = Text(id, ns, "idNumber");
            if (idType is null || number is null)
            {
                continue;
            }

            if (idType.StartsWith("Digital Currency Address - ", StringComparison.Ordinal))
            {
                wallets.Add(new DigitalCurrencyAddress(idType["Digital Currency Address - ".Length..].Trim(), number));
            }
            else if (idType == "Email Address")
            {
                emails.Add(number);
            }
            else if (idType == "Website")
            {
                websites.Add(number);
            }
            else if (idType is "Phone Number" or "Telephone")
            {
                phones.Add(number);
            }
            else if (idType == "Gender")
            {
                gender = number;
            }
            else if (idType.EndsWith(':') || idType.EndsWith('-') || idType.StartsWith("Additional Sanctions Information", StringComparison.Ordinal) || idType.StartsWith("Secondary sanctions", StringComparison.Ordinal))
            {
                notes.Add($"{idType} {number}");
            }
            else
            {
                var dates = string.Join("; ", new[] { Text(id, ns, "issueDate") is { } issued ? "issued " + issued : null, Text(id, ns, "expirationDate") is { } expires ? "expires " + expires : null }.OfType<string>());
                documents.Add(new IdentityDocument(idType, number, Text(id, ns, "idCountry"), dates.Length > 0 ? dates : null));
            }
        }

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        var vessel = e.Element(ns + "vesselInfo");
        foreach (var (element, label) in new[] { ("callSign", "Call Sign"), ("vesselType", "Vessel Type"), ("vesselFlag", "Vessel Flag"), ("vesselOwner", "Vessel Owner"), ("tonnage", "Tonnage"), ("grossRegisteredTonnage", "GRT") })
        {
            if (Text(vessel, ns, element) is { } value)
            {
                particulars[label] = value;
            }
        }

        var remarks = string.Join("; ", new[] { Text(e, ns, "remarks") }.OfType<string>().Concat(notes));
        return new ListedEntity
        {
            ListId = listId,
            SourceId = uid,
            Type = type,
            PrimaryName = name,
            Aliases = aliases,
            DatesOfBirth = Items(e, ns, "dateOfBirthList", "dateOfBirthItem").Select(d => Text(d, ns, "dateOfBirth")).OfType<string>().Select(OfacDates.Parse).Distinct().ToList(),
            PlacesOfBirth = Items(e, ns, "placeOfBirthList", "placeOfBirthItem").Select(p => Text(p, ns, "placeOfBirth")).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Nationalities = Items(e, ns, "nationalityList", "nationality").Select(n => Text(n, ns, "country")).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Citizenships = Items(e, ns, "citizenshipList", "citizenship").Select(c => Text(c, ns, "country")).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Gender = gender,
            Titles = new[] { Text(e, ns, "title") }.OfType<string>().ToList(),
            Documents = documents.Distinct().ToList(),
            Addresses = Items(e, ns, "addressList", "address").Select(a => new PostalAddress(
                    string.Join(", ", AddressLines.Select(l => Text(a, ns, l)).OfType<string>()) is { Length: > 0 } street ? street : null,
                    Text(a, ns, "city"),
                    Text(a, ns, "stateOrProvince"),
                    Text(a, ns, "postalCode"),
                    Text(a, ns, "country")))
                .Where(a => a != new PostalAddress())
                .Distinct()
                .ToList(),
            Programs = Items(e, ns, "programList", "program").Select(p => Clean(p.Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            EmailAddresses = emails,
            Websites = websites,
            PhoneNumbers = phones,
            DigitalCurrencyAddresses = wallets,
            Particulars = particulars,
            Remarks = remarks.Length > 0 ? remarks : null,
            SourceRecord = e.ToString(SaveOptions.DisableFormatting),
        };
    }

    // OFAC writes individuals "LAST, First" in its CSV; the XML splits them, so they are joined the same way.
    private static string? NameOf(XElement e, XNamespace ns)
    {
        var last = Text(e, ns, "lastName");
        var first = Text(e, ns, "firstName");
        return last is null ? first : first is null ? last : last + ", " + first;
    }

    private static IEnumerable<XElement> Items(XElement e, XNamespace ns, string list, string item) =>
        e.Element(ns + list)?.Elements(ns + item) ?? [];

    private static string? Text(XElement? e, XNamespace ns, string name) => Clean(e?.Element(ns + name)?.Value);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
