using System.Globalization;
using System.Xml.Linq;
using Cordon.Core;

namespace Cordon.Lists.Sema;

/// <summary>
/// Reads the Consolidated Canadian Autonomous Sanctions List (<c>sema-lmes.xml</c>, Special Economic Measures Act and
/// Justice for Victims of Corrupt Foreign Officials Act listings): root <c>data-set</c>, one flat <c>record</c> per
/// listing, no attributes.
/// </summary>
/// <remarks>
/// Since 2026 the field names are bilingual (<c>Country-Pays</c>, <c>LastName-NomDeFamille</c>,
/// <c>EntityOrShip-EntiteOuNavire</c>…); earlier files used the English half alone (<c>Country</c>, <c>LastName</c>…).
/// Fields are matched on the English half, so both read the same. Values carry both languages ("Russia / Russie",
/// "General Cargo | Cargo classique"); the English half is kept. The regime (the <c>Country</c> field, or the JVCFOR
/// regulation) is the programme. Item numbers restart per regime and schedule part, so an entry's id is regime,
/// schedule and item together. A record with a person's name is an individual; a named record with an IMO number or a
/// ship type is a vessel, else an entity. A record without a name is skipped and reported.
/// </remarks>
public sealed class SemaXmlReader : IListReader
{
    private const string RootName = "data-set";

    /// <inheritdoc />
    public string Format => "sema-xml";

    /// <inheritdoc />
    public bool CanRead(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1 || !SourceFileXml.RootIs(files[0], RootName))
        {
            return false;
        }

        // "data-set" is a generic name: the first record must carry SEMA's fields.
        var head = SourceFileText.Head(files[0], 4096);
        return head.Contains("<record", StringComparison.Ordinal) && (head.Contains("<Country", StringComparison.Ordinal) || head.Contains("<Item", StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public ListSnapshot Read(IReadOnlyList<SourceFile> files)
    {
        var file = SourceFile.Sole(files, "the Canadian sanctions list is one XML file");
        var root = SourceFileXml.Load(file).Root!;
        if (root.Name.LocalName != RootName)
        {
            throw new ListFormatException(file.Name, SourceFileXml.LineOf(root), $"the root element is <{root.Name.LocalName}>, not <{RootName}>: not the Canadian sanctions list");
        }

        var records = new RecordSkipper(file.Name);
        foreach (var record in root.Elements().Where(e => e.Name.LocalName == "record"))
        {
            var fields = Fields(record);
            records.Add(SourceFileXml.LineOf(record), Id(fields), () => Map(file, record, fields));
        }

        return new ListSnapshot(ListIds.CaSema, "Canada Consolidated Autonomous Sanctions List", Format, ContentHash.Compute(files), null, [file.Name], records.Entities)
        {
            SkippedRecords = records.Skipped,
        };
    }

    private static ListedEntity Map(SourceFile file, XElement record, Dictionary<string, string> fields)
    {
        var line = SourceFileXml.LineOf(record);
        string? Field(string name) => fields.GetValueOrDefault(name);

        var person = string.Join(' ', new[] { Field("GivenName"), Field("LastName") }.OfType<string>());
        var entityName = Field("EntityOrShip") ?? Field("Entity");
        var id = Id(fields) ?? throw new ListFormatException(file.Name, line, "a record has no Item number");
        if (person.Length == 0 && entityName is null)
        {
            throw new ListFormatException(file.Name, line, $"record {id} has no name (neither LastName/GivenName nor EntityOrShip)");
        }

        var shipType = English(Field("TitleOrShipType") ?? Field("TitleOrShip"), '|');
        var imo = Field("ShipIMONumber");
        var type = person.Length > 0 ? EntityType.Individual
            : imo is not null || Field("TitleOrShipType") is not null ? EntityType.Vessel
            : EntityType.Entity;

        var particulars = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string label, string? value)
        {
            if (value is not null)
            {
                particulars[label] = value;
            }
        }

        Put("schedule", Field("Schedule"));
        Put("item", Field("Item"));
        var dated = Field("DateOfBirthOrShipBuildDate");
        if (type == EntityType.Vessel)
        {
            Put("ship type", shipType);
            Put("build date", dated);
        }

        var regime = English(Field("Country"), '/');
        var aliases = (Field("Aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => new Alias(a, AliasStrength.Strong, "aka"))
            .ToList();
        return new ListedEntity
        {
            ListId = ListIds.CaSema,
            SourceId = id,
            Type = type,
            PrimaryName = type == EntityType.Individual ? person : entityName!,
            Aliases = aliases,
            DatesOfBirth = type == EntityType.Individual && dated is not null ? [IsoDates.Parse(dated)] : [],
            Titles = type == EntityType.Individual && shipType is not null ? [shipType] : [],
            Documents = imo is null ? [] : [new IdentityDocument("IMO Number", imo)],
            Programs = regime is null ? [] : [regime],
            Particulars = particulars,
            ListedOn = DateOnly.TryParseExact(Field("DateOfListing"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var listed) ? listed : null,
            SourceRecord = record.ToString(SaveOptions.DisableFormatting),
        };
    }

    /// <summary>The record's fields by the English half of their names (<c>LastName-NomDeFamille</c> is <c>LastName</c>).</summary>
    private static Dictionary<string, string> Fields(XElement record)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in record.Elements())
        {
            var name = field.Name.LocalName;
            var cut = name.IndexOf('-', StringComparison.Ordinal);
            var english = cut > 0 ? name[..cut] : name;
            if (Clean(field.Value) is { } value)
            {
                fields.TryAdd(english, value);
            }
        }

        return fields;
    }

    /// <summary>Regime, schedule and item: item numbers restart for each.</summary>
    private static string? Id(Dictionary<string, string> fields) =>
        fields.GetValueOrDefault("Item") is { } item
            ? string.Join(" / ", new[] { English(fields.GetValueOrDefault("Country"), '/'), fields.GetValueOrDefault("Schedule"), item }.OfType<string>())
            : null;

    /// <summary>The English half of "Russia / Russie" or "General Cargo | Cargo classique".</summary>
    private static string? English(string? value, char separator)
    {
        if (value is null)
        {
            return null;
        }

        var cut = value.IndexOf(" " + separator + " ", StringComparison.Ordinal);
        return Clean(cut > 0 ? value[..cut] : value);
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
