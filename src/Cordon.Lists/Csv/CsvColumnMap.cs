namespace Cordon.Lists.Csv;

/// <summary>
/// Which column of a user's own CSV list holds which field: <c>name=Name,dob=DOB,alias=Other names</c>. Parsed from the
/// command line's <c>--map</c>; every field may name one column, <c>name</c> is required.
/// </summary>
public sealed class CsvColumnMap
{
    /// <summary>The fields a column can be mapped to, with what each means.</summary>
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "the entry's identifier in the list (default: the row number)",
        ["name"] = "the primary name (required)",
        ["alias"] = "other names, several separated by ';'",
        ["weak_alias"] = "low-quality names, never a match on their own, several separated by ';'",
        ["type"] = "individual/person, entity/organisation/company, vessel or aircraft (default: entity)",
        ["dob"] = "dates of birth (1970, 1970-03, 1970-03-15, 15/03/1970, 15 Mar 1970), several separated by ';'",
        ["pob"] = "places of birth, several separated by ';'",
        ["nationality"] = "nationalities, several separated by ';'",
        ["citizenship"] = "citizenships, several separated by ';'",
        ["gender"] = "male or female",
        ["title"] = "titles or positions, several separated by ';'",
        ["passport"] = "passport numbers, several separated by ';'",
        ["national_id"] = "national identification numbers, several separated by ';'",
        ["document"] = "other document or registration numbers, several separated by ';'",
        ["address"] = "addresses as one text each, several separated by ';'",
        ["city"] = "the city of the address",
        ["country"] = "the country of the address",
        ["email"] = "e-mail addresses, several separated by ';'",
        ["phone"] = "phone numbers, several separated by ';'",
        ["website"] = "websites or domains, several separated by ';'",
        ["wallet"] = "digital currency addresses, several separated by ';'",
        ["program"] = "programs or reasons for listing, several separated by ';'",
        ["listed_on"] = "the date the entry was listed (yyyy-MM-dd)",
        ["remarks"] = "free text",
    };

    private readonly Dictionary<string, string> columns;

    private CsvColumnMap(Dictionary<string, string> columns) => this.columns = columns;

    /// <summary>The column mapped to each field given.</summary>
    public IReadOnlyDictionary<string, string> Columns => columns;

    /// <summary>Parses <c>field=Column,field=Column</c>. Column names may contain spaces; commas inside them are not supported.</summary>
    /// <param name="text">The mapping as given.</param>
    /// <exception cref="ArgumentException">A part has no '=', a field is unknown or given twice, or <c>name</c> is missing; the message lists the fields.</exception>
    public static CsvColumnMap Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new ArgumentException($"'{part}' is not field=Column (the fields are {string.Join(", ", Fields.Keys)})");
            }

            var field = part[..eq].Trim().ToLowerInvariant();
            if (!Fields.ContainsKey(field))
            {
                throw new ArgumentException($"'{field}' is not a field a column can be mapped to (the fields are {string.Join(", ", Fields.Keys)})");
            }

            if (!columns.TryAdd(field, part[(eq + 1)..].Trim()))
            {
                throw new ArgumentException($"the field '{field}' is mapped twice");
            }
        }

        return columns.ContainsKey("name")
            ? new CsvColumnMap(columns)
            : throw new ArgumentException("the mapping must say which column holds the name (name=Column)");
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(",", columns.Select(c => c.Key + "=" + c.Value));
}
