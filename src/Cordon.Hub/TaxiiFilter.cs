using System.Globalization;
using Cordon.Stix.Model;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// The URL parameters of the TAXII 2.1 endpoints that read objects (section 3.4): <c>added_after</c>, <c>limit</c>,
/// <c>next</c>, <c>match[id]</c>, <c>match[type]</c>, <c>match[version]</c> and <c>match[spec_version]</c>, each
/// <c>match</c> taking a comma-separated list.
/// </summary>
/// <param name="AddedAfter">Only objects added strictly after this time.</param>
/// <param name="Limit">Page size asked for, if any.</param>
/// <param name="Next">The cursor of the previous page, if any.</param>
/// <param name="Ids">match[id] values.</param>
/// <param name="Types">match[type] values.</param>
/// <param name="Versions">match[version], or null when absent.</param>
/// <param name="SpecVersions">match[spec_version] values.</param>
public sealed record TaxiiFilter(
    DateTimeOffset? AddedAfter,
    int? Limit,
    string? Next,
    IReadOnlyList<string>? Ids,
    IReadOnlyList<string>? Types,
    HubVersionFilter? Versions,
    IReadOnlyList<string>? SpecVersions)
{
    /// <summary>No filter at all.</summary>
    public static TaxiiFilter None { get; } = new(null, null, null, null, null, null, null);

    /// <summary>Parses the query string parameters (first value of each wins); unknown parameters are ignored.</summary>
    /// <exception cref="TaxiiException">A parameter is malformed (400).</exception>
    public static TaxiiFilter Parse(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        DateTimeOffset? addedAfter = null;
        if (parameter("added_after") is { } after)
        {
            addedAfter = StixTimestamp.TryParseInstant(after) ?? throw TaxiiException.BadParameter("added_after", "not a timestamp of the form YYYY-MM-DDTHH:MM:SS[.s+]Z.");
        }

        int? limit = null;
        if (parameter("limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                throw TaxiiException.BadParameter("limit", "must be a positive integer.");
            }

            limit = parsed;
        }

        HubVersionFilter? versions = null;
        if (List(parameter("match[version]")) is { } versionList)
        {
            bool first = false, last = false, all = false;
            var exact = new List<DateTimeOffset>();
            foreach (var value in versionList)
            {
                switch (value)
                {
                    case "first": first = true; break;
                    case "last": last = true; break;
                    case "all": all = true; break;
                    default:
                        exact.Add(StixTimestamp.TryParseInstant(value)
                            ?? throw TaxiiException.BadParameter("match[version]", $"'{Clip(value)}' is not first, last, all or a timestamp."));
                        break;
                }
            }

            versions = new HubVersionFilter(first, last, all, exact);
        }

        var next = parameter("next");
        return new TaxiiFilter(
            addedAfter,
            limit,
            string.IsNullOrEmpty(next) ? null : next,
            List(parameter("match[id]"))?.Select(StixIdCase.Normalize).Distinct(StringComparer.Ordinal).ToList(),
            List(parameter("match[type]")),
            versions,
            List(parameter("match[spec_version]")));
    }

    /// <summary>A canonical text of the filters (not limit or next), to which a paging cursor is bound.</summary>
    public string Canonical()
    {
        static string Join(IReadOnlyList<string>? values) => values is null ? "-" : string.Join(",", values.Order(StringComparer.Ordinal));
        var versions = Versions is null
            ? "-"
            : $"{Versions.First}{Versions.Last}{Versions.All}:" + string.Join(",", Versions.Exact.Select(v => v.UtcTicks).Order());
        return string.Join(
            "|",
            AddedAfter?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-",
            Join(Ids),
            Join(Types),
            versions,
            Join(SpecVersions));
    }

    private static List<string>? List(string? text) =>
        text is null ? null : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
