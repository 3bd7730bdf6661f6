using System.Globalization;
using System.Xml.Linq;
using Cordon.Core;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.OfacAdvanced;

/// <summary>
/// Reads OFAC's ADVANCED XML (<c>SDN_ADVANCED.XML</c>, <c>CONS_ADVANCED.XML</c>; root <c>Sanctions</c>, namespace
/// <c>…/exports/ADVANCED_XML</c>, or <c>http://www.un.org/sanctions/1.0</c> in the files of before 2024), the
/// UN-derived data model OFAC publishes as its most complete export. Everything is normalised: a party's names, features
/// and documents point by id into the <c>ReferenceValueSets</c>, <c>Locations</c> and <c>IDRegDocuments</c> sections,
/// and its programs and listing date live in a separate <c>SanctionsEntry</c>.
/// </summary>
/// <remarks>
/// One <c>DistinctParty</c> is one entry (its <c>FixedRef</c> is the OFAC uid every other OFAC format uses). Names are
/// assembled from their typed parts and written as OFAC's other exports write them, so that the same entry reads the
/// same from any OFAC format: individuals as <c>LAST, First Middle</c> (Latin-script last names in capitals), other
/// names whole. The primary alias's "Primary Latin" name is the primary name; its other-script spellings are strong
/// "original script" aliases; an alias flagged <c>LowQuality</c> is weak. Features are mapped by their type's name
/// with the enhanced XML's rules (<see cref="OfacFeatures"/>); a "Location" feature is an address. Dates are
/// <c>DatePeriod</c>s: a whole year (1 Jan to 31 Dec) reads as a bare year, a whole month as year and month, a span of
/// years as a range. The file is the SDN list when any entry is on "SDN List", else OFAC's consolidated non-SDN list.
/// A party that cannot be read (no id, no name, an unknown party type) is skipped and reported.
/// </remarks>
public sealed class OfacAdvancedXmlReader : IListReader
{
    private const string RootName = "Sanctions";

    /// <inheritdoc />
    public string Format => "ofac-advanced-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 1 && (SourceFileXml.RootIs(files[0], RootName, "/exports/ADVANCED_XML") || SourceFileXml.RootIs(files[0], RootName, "www.un.org/sanctions/1.0"));
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "OFAC ADVANCED XML is one file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name.LocalName != RootName || !(root.Name.NamespaceName.EndsWith("/exports/ADVANCED_XML", StringComparison.Ordinal) || root.Name.NamespaceName.EndsWith("www.un.org/sanctions/1.0", StringComparison.Ordinal)))
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}> in '{root.Name.NamespaceName}': not OFAC ADVANCED XML");
        }

        var ns = root.Name.Namespace;
        var document = new AdvancedDocument(file, ns, root);
        var listNames = document.Entries.Values.Select(e => e.List).ToHashSet(StringComparer.Ordinal);
        var listId = listNames.Contains("SDN List") ? ListIds.OfacSdn : ListIds.OfacConsolidated;

        var records = new RecordSkipper(file.Name);
        foreach (var party in Section(root, ns, "DistinctParties", "DistinctParty"))
        {
            records.Add(SourceFileXml.LineOf(party), Attr(party, "FixedRef"), () => document.Map(party, listId));
        }

        return new ListSnapshot(
            listId,
            listId == ListIds.OfacSdn ? "OFAC SDN" : "OFAC Consolidated (non-SDN)",
            Format,
            ContentHash.Compute(files),
            AdvancedDocument.DateOf(root.Element(ns + "DateOfIssue"), ns) is { } issued ? new DateTimeOffset(issued.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            [file.Name],
            records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static IEnumerable<XElement> Section(XElement root, XNamespace ns, string section, string item) =>
        root.Elements(ns + section).SelectMany(s => s.Elements(ns + item));

    private static string? Attr(XElement? e, string name) => Clean((string?)e?.Attribute(name));

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>What a <c>SanctionsEntry</c> says about one profile.</summary>
    private sealed record Entry(string List, List<string> Programs, DateOnly? ListedOn, List<string> Notes);

    /// <summary>The document's look-up sections, read once, and the mapping of one party against them.</summary>
    private sealed class AdvancedDocument
    {
        private readonly SourceFile file;
        private readonly XNamespace ns;
        private readonly Dictionary<string, Dictionary<string, XElement>> values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PostalAddress> locations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<IdentityDocument>> documentsByIdentity = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Relation, string Target)>> relations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> partyNames = new(StringComparer.Ordinal);

        public AdvancedDocument(SourceFile file, XNamespace ns, XElement root)
        {
            this.file = file;
            this.ns = ns;
            foreach (var set in root.Elements(ns + "ReferenceValueSets").Elements())
            {
                var byId = new Dictionary<string, XElement>(StringComparer.Ordinal);
                foreach (var value in set.Elements())
                {
                    if (Attr(value, "ID") is { } id)
                    {
                        byId[id] = value;
                    }
                }

                // "AliasTypeValues" holds "AliasType" elements: keyed by the item name, as the ids that point at them are named.
                values[set.Name.LocalName.EndsWith("Values", StringComparison.Ordinal) ? set.Name.LocalName[..^"Values".Length] : set.Name.LocalName] = byId;
            }

            foreach (var location in Section(root, ns, "Locations", "Location"))
            {
                if (Attr(location, "ID") is { } id)
                {
                    locations[id] = Address(location);
                }
            }

            foreach (var document in Section(root, ns, "IDRegDocuments", "IDRegDocument"))
            {
                if (Attr(document, "IdentityID") is { } identity && Document(document) is { } mapped)
                {
                    (documentsByIdentity.TryGetValue(identity, out var list) ? list : documentsByIdentity[identity] = []).Add(mapped);
                }
            }

            foreach (var entry in Section(root, ns, "SanctionsEntries", "SanctionsEntry"))
            {
                if (Attr(entry, "ProfileID") is { } profile)
                {
                    Entries[profile] = EntryOf(entry);
                }
            }

            foreach (var party in Section(root, ns, "DistinctParties", "DistinctParty"))
            {
                foreach (var profile in party.Elements(ns + "Profile"))
                {
                    if (Attr(profile, "ID") is { } id && PrimaryLatinName(profile) is { } name)
                    {
                        partyNames[id] = name;
                    }
                }
            }

            foreach (var relationship in Section(root, ns, "ProfileRelationships", "ProfileRelationship"))
            {
                if (Attr(relationship, "From-ProfileID") is { } from && Attr(relationship, "To-ProfileID") is { } to &&
                    Value("RelationType", Attr(relationship, "RelationTypeID")) is { } relation)
                {
                    (relations.TryGetValue(from, out var list) ? list : relations[from] = []).Add((relation, to));
                }
            }
        }

        /// <summary>The sanctions entries, by profile id.</summary>
        public Dictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);

        public ListedEntity Map(XElement party, string listId)
        {
            var id = Attr(party, "FixedRef") ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(party), "a <DistinctParty> has no FixedRef");
            var profile = party.Element(ns + "Profile") ?? throw new ListFormatException(file.Name, SourceFileXml.LineOf(party), $"party {id} has no <Profile>");
            var profileId = Attr(profile, "ID") ?? id;
            var subType = Reference("PartySubType", Attr(profile, "PartySubTypeID"));
            var type = Clean(subType?.Value) switch
            {
                "Vessel" => EntityType.Vessel,
                "Aircraft" => EntityType.Aircraft,
                _ => Value("PartyType", Attr(subType, "PartyTypeID")) switch
                {
                    "Individual" => EntityType.Individual,
                    "Entity" => EntityType.Entity,
                    var other => throw new ListFormatException(file.Name, SourceFileXml.LineOf(profile), $"party {id} has the unknown party type '{other ?? Attr(profile, "PartySubTypeID")}'"),
                },
            };

            var (primary, aliases) = Names(profile);
            if (primary is null)
            {
                throw new ListFormatException(file.Name, SourceFileXml.LineOf(profile), $"party {id} has no primary name");
            }

            var features = new OfacFeatures();
            var addresses = new List<PostalAddress>();
            foreach (var feature in profile.Elements(ns + "Feature"))
            {
                var label = Value("FeatureType", Attr(feature, "FeatureTypeID"));
                if (label is null)
                {
                    continue;
                }

                foreach (var version in feature.Elements(ns + "FeatureVersion"))
                {
                    var location = Attr(version.Element(ns + "VersionLocation"), "LocationID") is { } locationId && locations.TryGetValue(locationId, out var found) ? found : null;
                    if (label == "Location")
                    {
                        // A location whose only content is OFAC's "undetermined" area says nothing.
                        if (location is not null && location != new PostalAddress())
                        {
                            addresses.Add(location);
                        }

                        continue;
                    }

                    var date = version.Element(ns + "DatePeriod") is { } period ? PeriodOf(period) : null;
                    var detail = version.Element(ns + "VersionDetail");
                    var value = Clean(detail?.Value)
                        ?? Value("DetailReference", Attr(detail, "DetailReferenceID"))
                        ?? date?.Text
                        ?? (location is null ? null : LocationText(location));
                    if (value is not null)
                    {
                        features.Add(label, value, date);
                    }
                }
            }

            var documents = profile.Elements(ns + "Identity")
                .SelectMany(i => Attr(i, "ID") is { } identity && documentsByIdentity.TryGetValue(identity, out var list) ? list : [])
                .Concat(features.Documents)
                .Distinct()
                .ToList();
            var entry = Entries.GetValueOrDefault(profileId);
            var remarks = features.Remarks.Concat(entry?.Notes ?? []).Append(Clean(party.Element(ns + "Comment")?.Value)).OfType<string>().ToList();
            return new ListedEntity
            {
                ListId = listId,
                SourceId = id,
                Type = type,
                PrimaryName = primary,
                Aliases = aliases,
                DatesOfBirth = features.Dates.Distinct().ToList(),
                PlacesOfBirth = features.PlacesOfBirth.Distinct(StringComparer.Ordinal).ToList(),
                Nationalities = features.Nationalities.Distinct(StringComparer.Ordinal).ToList(),
                Citizenships = features.Citizenships.Distinct(StringComparer.Ordinal).ToList(),
                Gender = features.Gender,
                Titles = features.Titles.Distinct(StringComparer.Ordinal).ToList(),
                Documents = documents,
                Addresses = addresses.Distinct().ToList(),
                Programs = entry?.Programs ?? [],
                EmailAddresses = features.Emails.Distinct(StringComparer.Ordinal).ToList(),
                Websites = features.Websites.Distinct(StringComparer.Ordinal).ToList(),
                PhoneNumbers = features.Phones.Distinct(StringComparer.Ordinal).ToList(),
                DigitalCurrencyAddresses = features.Wallets.Distinct().ToList(),
                Links = relations.GetValueOrDefault(profileId)?
                    .Select(r => new EntityLink(r.Relation, partyNames.GetValueOrDefault(r.Target) ?? r.Target, partyNames.ContainsKey(r.Target) ? r.Target : null))
                    .ToList() ?? [],
                Particulars = features.Particulars,
                ListedOn = entry?.ListedOn,
                Remarks = remarks.Count == 0 ? null : string.Join("; ", remarks),
                SourceRecord = party.ToString(SaveOptions.DisableFormatting),
            };
        }

        private (string? Primary, List<Alias> Aliases) Names(XElement profile)
        {
            string? primary = null;
            var aliases = new List<Alias>();
            foreach (var identity in profile.Elements(ns + "Identity"))
            {
                var partTypes = PartTypes(identity);
                foreach (var alias in identity.Elements(ns + "Alias"))
                {
                    var isPrimary = Attr(alias, "Primary") == "true";
                    var strength = Attr(alias, "LowQuality") == "true" ? AliasStrength.Weak : AliasStrength.Strong;
                    var kind = Value("AliasType", Attr(alias, "AliasTypeID")) switch
                    {
                        "A.K.A." => "aka",
                        "F.K.A." => "fka",
                        "N.K.A." => "nka",
                        _ => "aka",
                    };
                    foreach (var documented in alias.Elements(ns + "DocumentedName"))
                    {
                        var name = NameOf(documented, partTypes);
                        if (name is null)
                        {
                            continue;
                        }

                        var latinPrimary = Value("DocNameStatus", Attr(documented, "DocNameStatusID")) == "Primary Latin";
                        if (isPrimary && latinPrimary && primary is null && Attr(identity, "Primary") != "false")
                        {
                            primary = name;
                        }
                        else if (!aliases.Any(a => a.Name == name))
                        {
                            // Other-script spellings of the primary name are as strong as the name itself.
                            aliases.Add(new Alias(name, strength, isPrimary || !IsLatin(documented) ? "original script" : kind));
                        }
                    }
                }
            }

            if (primary is null && aliases.Count > 0)
            {
                // Without a name marked primary, the first name given stands in for it.
                primary = aliases[0].Name;
                aliases.RemoveAt(0);
            }

            aliases.RemoveAll(a => a.Name == primary);
            return (primary, aliases);
        }

        private string? PrimaryLatinName(XElement profile) => Names(profile).Primary;

        private Dictionary<string, string> PartTypes(XElement identity) =>
            identity.Elements(ns + "NamePartGroups").Elements(ns + "MasterNamePartGroup").Elements(ns + "NamePartGroup")
                .Where(g => Attr(g, "ID") is not null)
                .GroupBy(g => Attr(g, "ID")!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Value("NamePartType", Attr(g.First(), "NamePartTypeID")) ?? "", StringComparer.Ordinal);

        /// <summary>A documented name from its parts: <c>LAST, First Middle</c> when it has a last name, else the parts in order.</summary>
        private string? NameOf(XElement documented, Dictionary<string, string> partTypes)
        {
            var parts = documented.Elements(ns + "DocumentedNamePart").Elements(ns + "NamePartValue")
                .Select(v => (Type: partTypes.GetValueOrDefault(Attr(v, "NamePartGroupID") ?? "") ?? "", Value: Clean(v.Value)))
                .Where(p => p.Value is not null)
                .ToList();
            if (parts.Count == 0)
            {
                return null;
            }

            var last = parts.Where(p => p.Type == "Last Name").Select(p => p.Value!).ToList();
            var rest = parts.Where(p => p.Type != "Last Name").Select(p => p.Value!).ToList();
            if (last.Count == 0 || rest.Count == 0)
            {
                return string.Join(' ', parts.Select(p => p.Value));
            }

            var surname = string.Join(' ', last);
            return IsLatin(documented)
                ? surname.ToUpperInvariant() + ", " + string.Join(' ', rest)
                : surname + " " + string.Join(' ', rest);
        }

        private bool IsLatin(XElement documented) =>
            documented.Elements(ns + "DocumentedNamePart").Elements(ns + "NamePartValue")
                .All(v => Attr(v, "ScriptID") is not { } script || Value("Script", script) is null or "Latin");

        private PostalAddress Address(XElement location)
        {
            var street = new List<string>();
            string? city = null, region = null, postal = null, unknown = null;
            foreach (var part in location.Elements(ns + "LocationPart"))
            {
                var value = part.Elements(ns + "LocationPartValue")
                    .OrderByDescending(v => Attr(v, "Primary") == "true")
                    .Select(v => Clean(v.Element(ns + "Value")?.Value))
                    .FirstOrDefault(v => v is not null);
                if (value is null)
                {
                    continue;
                }

                switch (Value("LocPartType", Attr(part, "LocPartTypeID")))
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
                    case "ADDRESS1":
                    case "ADDRESS2":
                    case "ADDRESS3":
                        street.Add(value);
                        break;
                    default:
                        unknown = value;
                        break;
                }
            }

            var country = location.Elements(ns + "LocationCountry").Select(c => Value("Country", Attr(c, "CountryID"))).FirstOrDefault(c => c is not null)
                ?? location.Elements(ns + "LocationAreaCode").Select(a => Attr(Reference("AreaCode", Attr(a, "AreaCodeID")), "Description")).FirstOrDefault(c => c is not null);

            // OFAC's "undetermined" area code is no country.
            country = country is "undetermined" ? null : country;

            // A location made of one untyped part (a nationality's "Egypt") is a country.
            country ??= street.Count == 0 && city is null && region is null && postal is null ? unknown : null;
            if (unknown is not null && unknown != country)
            {
                street.Add(unknown);
            }

            return new PostalAddress(street.Count == 0 ? null : string.Join(", ", street), city, region, postal, country);
        }

        private static string? LocationText(PostalAddress a) =>
            a.Street is null && a.City is null && a.Region is null && a.PostalCode is null
                ? a.Country
                : string.Join(", ", new[] { a.Street, a.City, a.Region, a.PostalCode, a.Country }.OfType<string>());

        private IdentityDocument? Document(XElement document)
        {
            var number = Clean(document.Element(ns + "IDRegistrationNo")?.Value);
            var type = Value("IDRegDocType", Attr(document, "IDRegDocTypeID"));
            if (number is null || type is null)
            {
                return null;
            }

            var notes = new List<string>();
            if (Clean(document.Element(ns + "IssuingAuthority")?.Value) is { } authority)
            {
                notes.Add("issued by " + authority);
            }

            foreach (var date in document.Elements(ns + "DocumentDate"))
            {
                if (date.Element(ns + "DatePeriod") is { } period && PeriodOf(period) is { } read)
                {
                    notes.Add((Value("IDRegDocDateType", Attr(date, "IDRegDocDateTypeID")) ?? "Date") + " " + read.Text);
                }
            }

            if (Value("Validity", Attr(document, "ValidityID")) is { } validity && validity != "Valid")
            {
                notes.Add(validity);
            }

            if (Clean(document.Element(ns + "Comment")?.Value) is { } comment)
            {
                notes.Add(comment);
            }

            var country = Value("Country", Attr(document, "IssuedBy-CountryID"));
            return new IdentityDocument(type, number, country, notes.Count == 0 ? null : string.Join("; ", notes));
        }

        private Entry EntryOf(XElement entry)
        {
            var programs = new List<string>();
            var notes = new List<string>();
            foreach (var measure in entry.Elements(ns + "SanctionsMeasure"))
            {
                var comment = Clean(measure.Element(ns + "Comment")?.Value);
                if (comment is null)
                {
                    continue;
                }

                // A measure of type "Program" names the sanctions program in its comment; other measures are notes.
                if (Value("SanctionsType", Attr(measure, "SanctionsTypeID")) == "Program")
                {
                    programs.Add(comment);
                }
                else
                {
                    notes.Add(comment);
                }
            }

            var listed = entry.Elements(ns + "EntryEvent").Select(e => DateOf(e.Element(ns + "Date"), ns)).Where(d => d is not null).Min();
            return new Entry(Value("List", Attr(entry, "ListID")) ?? "", programs.Distinct(StringComparer.Ordinal).ToList(), listed, notes);
        }

        private XElement? Reference(string set, string? id) =>
            id is not null && values.TryGetValue(set, out var byId) && byId.TryGetValue(id, out var value) ? value : null;

        private string? Value(string set, string? id) => Clean(Reference(set, id)?.Value);

        /// <summary>
        /// A <c>DatePeriod</c> as a partial date in OFAC's notation: the earliest day it can start and the latest it can end
        /// tell whether it is a day, a month, a year or a span of years.
        /// </summary>
        private PartialDate? PeriodOf(XElement period)
        {
            var start = period.Element(ns + "Start");
            var end = period.Element(ns + "End");
            var from = DateOf(start?.Element(ns + "From"), ns) ?? DateOf(start, ns);
            var to = DateOf(end?.Element(ns + "To"), ns) ?? DateOf(end, ns) ?? DateOf(start?.Element(ns + "To"), ns) ?? from;
            if (from is not { } first || to is not { } last)
            {
                return null;
            }

            var approximate = Attr(start, "Approximate") == "true" || Attr(end, "Approximate") == "true";
            var prefix = approximate ? "circa " : "";
            if (first == last)
            {
                return new PartialDate(prefix + first.ToString("dd MMM yyyy", CultureInfo.InvariantCulture), first.Year, first.Month, first.Day, Approximate: approximate);
            }

            var wholeMonths = first.Day == 1 && last.Day == DateTime.DaysInMonth(last.Year, last.Month);
            if (wholeMonths && first.Year == last.Year && first.Month == last.Month)
            {
                return new PartialDate(prefix + first.ToString("MMM yyyy", CultureInfo.InvariantCulture), first.Year, first.Month, Approximate: approximate);
            }

            if (wholeMonths && first.Month == 1 && last.Month == 12)
            {
                return first.Year == last.Year
                    ? new PartialDate(prefix + first.Year.ToString(CultureInfo.InvariantCulture), first.Year, Approximate: approximate)
                    : new PartialDate(prefix + $"{first.Year} to {last.Year}", first.Year, YearTo: last.Year, Approximate: approximate);
            }

            return new PartialDate(
                prefix + first.ToString("dd MMM yyyy", CultureInfo.InvariantCulture) + " to " + last.ToString("dd MMM yyyy", CultureInfo.InvariantCulture),
                first.Year,
                YearTo: last.Year != first.Year ? last.Year : null,
                Approximate: approximate);
        }

        /// <summary>An element's <c>Year</c>, <c>Month</c> and <c>Day</c> children as a day, when they name a real one.</summary>
        public static DateOnly? DateOf(XElement? e, XNamespace ns)
        {
            if (e is null ||
                !int.TryParse(e.Element(ns + "Year")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
                !int.TryParse(e.Element(ns + "Month")?.Value ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
                !int.TryParse(e.Element(ns + "Day")?.Value ?? "1", NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
                year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            return new DateOnly(year, month, day);
        }
    }
}
