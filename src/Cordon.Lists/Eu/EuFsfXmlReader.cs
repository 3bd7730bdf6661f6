using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Eu;

/// <summary>
/// Reads the EU consolidated list of persons, groups and entities subject to financial sanctions, in the
/// "Financial Sanctions Files" XML export (<c>xmlFullSanctionsList_1_1</c>): root <c>export</c>, one
/// <c>sanctionEntity</c> per listing, with the data in attributes of <c>nameAlias</c>, <c>citizenship</c>,
/// <c>birthdate</c>, <c>identification</c>, <c>address</c> and <c>regulation</c> children.
/// </summary>
/// <remarks>
/// The EU does not mark a primary name, and does not write it first: an entry's names come in the order they were last
/// amended, so the first one may be a French misspelling, an Irish translation or the Arabic-script name. The primary
/// name is the one the EU listed first (the lowest <c>nameAlias</c> <c>logicalId</c>), among the strong names in Latin
/// script when there are any; every other name is kept as an alias with its remark. A name whose remark says "low
/// quality alias" is weak even though the EU flags it <c>strong="true"</c> (see <see cref="AliasQuality"/>).
/// <c>citizenship</c> is the EU's only statement of nationality, so it fills both
/// <see cref="ListedEntity.Nationalities"/> and <see cref="ListedEntity.Citizenships"/>. <c>function</c> (a person's
/// position, or what an enterprise does) is kept under <see cref="ListedEntity.Particulars"/> "function", never as a
/// title. <see cref="ListedEntity.ListedOn"/> is the <c>designationDate</c>, else the date of a listing act
/// (<c>regulationType="regulation"</c>), never of an amending one: an amendment's date says nothing about when the
/// entry was listed.
/// An entry that cannot be read (no id, no name) is skipped and reported in <see cref="ListSnapshot.SkippedRecords"/>.
/// The namespace is matched by its path (<c>…/fpi/fsd/export</c>) because the published files use
/// <c>http://eu.europa.ec/fpi/fsd/export</c> while the documentation also spells it <c>eu.europa.eu</c>.
/// </remarks>
public sealed class EuFsfXmlReader : IListReader
{
    private const string NamespaceSuffix = "/fpi/fsd/export";

    /// <summary>The namespace of the published files, which the EU's other formats are mapped into.</summary>
    internal static readonly XNamespace Namespace = "http://eu.europa.ec/fpi/fsd/export";

    /// <inheritdoc />
    public string Format => "eu-fsf-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && SourceFileXml.RootIs(files[0], "export", NamespaceSuffix);
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the EU financial sanctions list is one XML file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name.LocalName != "export" || !root.Name.NamespaceName.EndsWith(NamespaceSuffix, StringComparison.Ordinal))
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}', not the EU <export>: not an EU financial sanctions file");
        }

        var ns = root.Name.Namespace;
        var records = new RecordSkipper(file.Name);
        foreach (var element in root.Elements(ns + "sanctionEntity"))
        {
            records.Add(SourceFileXml.LineOf(element), Attr(element, "logicalId"), () => Map(file, ns, element));
        }

        return new ListSnapshot(
            ListIds.EuFsf,
            "EU Consolidated Financial Sanctions List",
            Format,
            ContentHash.Compute(files),
            DateTimeOffset.TryParse(Attr(root, "generationDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated) ? generated : null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    /// <summary>
    /// Maps one <c>sanctionEntity</c>. The EU's CSV and its legacy XML are read by turning each of their records into this
    /// element, so that every EU format follows the same rules (primary name, weak aliases, listing date).
    /// </summary>
    /// <exception cref="ListFormatException">The entity has no id or no name.</exception>
    internal static ListedEntity Map(SourceFile file, XNamespace ns, XElement e)
    {
        var id = Attr(e, "logicalId")
            ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), "<sanctionEntity> without logicalId");

        var type = Attr(e.Element(ns + "subjectType"), "code")?.ToUpperInvariant() switch
        {
            "PERSON" => EntityType.Individual,
            _ => EntityType.Entity,
        };

        var names = new List<EuName>();
        var titles = new List<string>();
        var functions = new List<string>();
        string? gender = null;
        foreach (var alias in e.Elements(ns + "nameAlias"))
        {
            var whole = Attr(alias, "wholeName")
                ?? JoinNonEmpty(" ", Attr(alias, "firstName"), Attr(alias, "middleName"), Attr(alias, "lastName"));
            if (whole is not null)
            {
                var note = JoinNonEmpty("; ", alias.Elements(ns + "remark").Select(r => Clean(r.Value)).ToArray());
                var strong = !string.Equals(Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase) && !AliasQuality.SaysWeak(note);
                names.Add(new EuName(whole, strong, long.TryParse(Attr(alias, "logicalId"), NumberStyles.None, CultureInfo.InvariantCulture, out var order) ? order : long.MaxValue, note));
            }

            gender ??= Attr(alias, "gender")?.ToUpperInvariant() switch
            {
                "M" => "Male",
                "F" => "Female",
                _ => null,
            };
            titles.AddRange(new[] { Attr(alias, "title") }.OfType<string>());
            functions.AddRange(new[] { Attr(alias, "function") }.OfType<string>());
        }

        if (names.Count == 0)
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(e), $"sanctionEntity {id} has no nameAlias with a name");
        }

        var primary = PrimaryName(names);
        var aliases = names
            .Where(n => n != primary && n.Name != primary.Name)
            .Select(n => new Alias(n.Name, n.Strong ? AliasStrength.Strong : AliasStrength.Weak, "aka", n.Note))
            .DistinctBy(a => a.Name)
            .ToList();

        var countries = e.Elements(ns + "citizenship").Select(Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var births = e.Elements(ns + "birthdate").ToList();

        var emails = new List<string>();
        var phones = new List<string>();
        var websites = new List<string>();
        var addresses = new List<PostalAddress>();
        foreach (var address in e.Elements(ns + "address"))
        {
            foreach (var contact in address.Elements(ns + "contactInfo"))
            {
                var key = Attr(contact, "key")?.ToUpperInvariant() ?? "";
                var values = (Attr(contact, "value") ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var target = key.Contains("MAIL", StringComparison.Ordinal) ? emails
                    : key.Contains("PHONE", StringComparison.Ordinal) || key.Contains("FAX", StringComparison.Ordinal) ? phones
                    : key.Contains("WEB", StringComparison.Ordinal) || key.Contains("URL", StringComparison.Ordinal) ? websites
                    : null;
                target?.AddRange(values);
            }

            var mapped = new PostalAddress(
                JoinNonEmpty(", ", Attr(address, "street"), Attr(address, "poBox") is { } box ? "P.O. Box " + box : null),
                Attr(address, "city"),
                Attr(address, "region"),
                Attr(address, "zipCode"),
                Country(address),
                JoinNonEmpty("; ", Attr(address, "place"), JoinNonEmpty("; ", address.Elements(ns + "remark").Select(r => Clean(r.Value)).ToArray())));
            if (mapped != new PostalAddress())
            {
                addresses.Add(mapped);
            }
        }

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        if (functions.Count > 0)
        {
            particulars["function"] = string.Join("; ", functions.Distinct(StringComparer.Ordinal));
        }

        if (Attr(e, "euReferenceNumber") is { } euReference)
        {
            particulars["EU reference number"] = euReference;
        }

        if (Attr(e, "unitedNationId") is { } unId)
        {
            particulars["UN reference number"] = unId;
        }

        var regulations = e.Elements(ns + "regulation").ToList();
        var remarks = JoinNonEmpty("\n", e.Elements(ns + "remark").Select(r => r.Value.Trim()).Append(Attr(e, "designationDetails")).ToArray());
        return new ListedEntity
        {
            ListId = ListIds.EuFsf,
            SourceId = id,
            Type = type,
            PrimaryName = primary.Name,
            Aliases = aliases,
            DatesOfBirth = births.Select(BirthDate).OfType<PartialDate>().Distinct().ToList(),
            PlacesOfBirth = births
                .Select(b => JoinNonEmpty(", ", Attr(b, "city"), Attr(b, "place"), Attr(b, "region"), Country(b)))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Nationalities = countries,
            Citizenships = countries,
            Gender = gender,
            Titles = titles.Distinct(StringComparer.Ordinal).ToList(),
            Documents = e.Elements(ns + "identification").Select(i => Document(ns, i)).OfType<IdentityDocument>().Distinct().ToList(),
            Addresses = addresses.Distinct().ToList(),
            Programs = regulations.Select(r => Attr(r, "programme")).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            EmailAddresses = emails.Distinct(StringComparer.Ordinal).ToList(),
            PhoneNumbers = phones.Distinct(StringComparer.Ordinal).ToList(),
            Websites = websites.Distinct(StringComparer.Ordinal).ToList(),
            Particulars = particulars,
            ListedOn = Date(Attr(e, "designationDate"))
                ?? regulations.Where(r => string.Equals(Attr(r, "regulationType"), "regulation", StringComparison.OrdinalIgnoreCase))
                    .Select(r => Date(Attr(r, "publicationDate"))).Where(d => d is not null).Min(),
            Remarks = remarks,
            SourceRecord = e.ToString(SaveOptions.DisableFormatting),
        };
    }

    private static PartialDate? BirthDate(XElement b)
    {
        var approximate = string.Equals(Attr(b, "circa"), "true", StringComparison.OrdinalIgnoreCase);
        if (Year(Attr(b, "yearRangeFrom")) is { } from && Year(Attr(b, "yearRangeTo")) is { } to)
        {
            return new PartialDate($"{from} to {to}", from, YearTo: to, Approximate: approximate);
        }

        if (Date(Attr(b, "birthdate")) is { } full)
        {
            return PartialDate.Of(full) with { Approximate = approximate };
        }

        var year = Year(Attr(b, "year"));
        var month = Number(Attr(b, "monthOfYear"), 12);
        var day = month is null ? null : Number(Attr(b, "dayOfMonth"), 31);
        if (year is null && month is null)
        {
            return Attr(b, "birthdate") is { } text ? new PartialDate(text, null, Approximate: approximate) : null;
        }

        var written = Attr(b, "birthdate")
            ?? string.Join('-', new[] { year?.ToString("D4", CultureInfo.InvariantCulture), month?.ToString("D2", CultureInfo.InvariantCulture), day?.ToString("D2", CultureInfo.InvariantCulture) }.OfType<string>());
        return new PartialDate(written, year, month, day, Approximate: approximate);
    }

    private static IdentityDocument? Document(XNamespace ns, XElement i)
    {
        var number = Attr(i, "number") ?? Attr(i, "latinNumber");
        if (number is null)
        {
            return null;
        }

        var flags = new[] { ("knownFalse", "known to be false"), ("knownExpired", "known to be expired"), ("reportedLost", "reported lost"), ("revokedByIssuer", "revoked by issuer"), ("diplomatic", "diplomatic") }
            .Where(f => string.Equals(Attr(i, f.Item1), "true", StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Item2);
        var note = JoinNonEmpty(
            "; ",
            [
                Attr(i, "issuedBy") is { } by ? "issued by " + by : null,
                Attr(i, "issueDate") is { } on ? "issued " + on : null,
                Attr(i, "nameOnDocument") is { } holder ? "name on document: " + holder : null,
                .. flags,
                .. i.Elements(ns + "remark").Select(r => Clean(r.Value)),
            ]);
        return new IdentityDocument(
            Attr(i, "identificationTypeDescription") ?? Attr(i, "identificationTypeCode") ?? "Identification",
            number,
            Country(i),
            note);
    }

    /// <summary>The country of an element: its description, or its ISO code; the EU writes unknown as "UNKNOWN" / "00".</summary>
    private static string? Country(XElement e)
    {
        var description = Attr(e, "countryDescription");
        if (description is not null && !description.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase))
        {
            return description;
        }

        var code = Attr(e, "countryIso2Code");
        return code is null or "00" ? null : code;
    }

    // The EU writes "-" for an unknown city ("-, PAKISTAN"): a placeholder, not a value.
    private static string? Attr(XElement? e, string name) => Clean((string?)e?.Attribute(name)) is { } value && value.Any(char.IsLetterOrDigit) ? value : null;

    /// <summary>The name the EU listed first, among strong Latin-script names when there are any (see the class remarks).</summary>
    private static EuName PrimaryName(List<EuName> names)
    {
        var strong = names.Where(n => n.Strong).ToList();
        var pool = strong.Count > 0 ? strong : names;
        var latin = pool.Where(n => IsLatin(n.Name)).ToList();
        return (latin.Count > 0 ? latin : pool).OrderBy(n => n.Order).First();
    }

    private static bool IsLatin(string name) =>
        name.Where(char.IsLetter).All(c => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF');

    private sealed record EuName(string Name, bool Strong, long Order, string? Note);

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? JoinNonEmpty(string separator, params string?[] parts)
    {
        var joined = string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));
        return joined.Length == 0 ? null : joined;
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Year(string? value) => Number(value, 2200) is { } y && y > 1800 ? y : null;

    private static int? Number(string? value, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;

}
