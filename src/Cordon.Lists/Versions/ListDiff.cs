using System.Globalization;
using Cordon.Core;

namespace Cordon.Lists.Versions;

/// <summary>
/// Compares two versions of a list entry by entry (matched by <see cref="ListedEntity.SourceId"/>) and field by field.
/// Pure: no I/O, no state.
/// </summary>
/// <remarks>
/// Only mapped fields count: an entry whose <see cref="ListedEntity.SourceRecord"/> alone differs (reformatted source,
/// reordered CSV columns) is unchanged. Collections compare as sets: reordering or repeating items is no change,
/// and a change lists the items added and removed.
/// </remarks>
public static class ListDiff
{
    /// <summary>Longest text kept for a value before it is cut with an ellipsis.</summary>
    public const int MaxTextLength = 200;

    private static readonly IReadOnlyList<Func<ListedEntity, ListedEntity, FieldChange?>> Fields =
    [
        (o, n) => Scalar(nameof(ListedEntity.ListId), o.ListId, n.ListId),
        (o, n) => Scalar(nameof(ListedEntity.Type), o.Type.ToString(), n.Type.ToString()),
        (o, n) => Scalar(nameof(ListedEntity.PrimaryName), o.PrimaryName, n.PrimaryName),
        (o, n) => Set(nameof(ListedEntity.Aliases), o.Aliases, n.Aliases, Describe),
        (o, n) => Set(nameof(ListedEntity.DatesOfBirth), o.DatesOfBirth, n.DatesOfBirth, Describe),
        (o, n) => Set(nameof(ListedEntity.PlacesOfBirth), o.PlacesOfBirth, n.PlacesOfBirth, s => s),
        (o, n) => Set(nameof(ListedEntity.Nationalities), o.Nationalities, n.Nationalities, s => s),
        (o, n) => Set(nameof(ListedEntity.Citizenships), o.Citizenships, n.Citizenships, s => s),
        (o, n) => Scalar(nameof(ListedEntity.Gender), o.Gender, n.Gender),
        (o, n) => Set(nameof(ListedEntity.Titles), o.Titles, n.Titles, s => s),
        (o, n) => Set(nameof(ListedEntity.Documents), o.Documents, n.Documents, Describe),
        (o, n) => Set(nameof(ListedEntity.Addresses), o.Addresses, n.Addresses, Describe),
        (o, n) => Set(nameof(ListedEntity.Programs), o.Programs, n.Programs, s => s),
        (o, n) => Set(nameof(ListedEntity.EmailAddresses), o.EmailAddresses, n.EmailAddresses, s => s),
        (o, n) => Set(nameof(ListedEntity.Websites), o.Websites, n.Websites, s => s),
        (o, n) => Set(nameof(ListedEntity.PhoneNumbers), o.PhoneNumbers, n.PhoneNumbers, s => s),
        (o, n) => Set(nameof(ListedEntity.DigitalCurrencyAddresses), o.DigitalCurrencyAddresses, n.DigitalCurrencyAddresses, d => d.Currency + " " + d.Address),
        (o, n) => Set(nameof(ListedEntity.Links), o.Links, n.Links, Describe),
        (o, n) => Set(nameof(ListedEntity.Particulars), o.Particulars, n.Particulars, kv => kv.Key + ": " + kv.Value),
        (o, n) => Scalar(nameof(ListedEntity.ListedOn), Describe(o.ListedOn), Describe(n.ListedOn)),
        (o, n) => Scalar(nameof(ListedEntity.Remarks), o.Remarks, n.Remarks),
    ];

    /// <summary>Compares the entries of two snapshots of one list.</summary>
    /// <param name="older">The earlier version.</param>
    /// <param name="newer">The later version.</param>
    /// <returns>Added, removed and changed entries.</returns>
    /// <exception cref="ArgumentException">A snapshot repeats a source id.</exception>
    public static ListDiffResult Compare(ListSnapshot older, ListSnapshot newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Compare(older.Entities, newer.Entities);
    }

    /// <summary>Compares two sets of entries of one list.</summary>
    /// <param name="older">The earlier entries.</param>
    /// <param name="newer">The later entries.</param>
    /// <returns>Added, removed and changed entries.</returns>
    /// <exception cref="ArgumentException">A side repeats a source id.</exception>
    public static ListDiffResult Compare(IReadOnlyList<ListedEntity> older, IReadOnlyList<ListedEntity> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldById = Index(older, nameof(older));
        var newIds = Index(newer, nameof(newer));

        var added = new List<ListedEntity>();
        var changed = new List<EntityChange>();
        var unchanged = 0;
        foreach (var entity in newer)
        {
            if (!oldById.TryGetValue(entity.SourceId, out var old))
            {
                added.Add(entity);
                continue;
            }

            var fields = CompareEntities(old, entity);
            if (fields.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new EntityChange(old, entity, fields));
            }
        }

        var removed = older.Where(e => !newIds.ContainsKey(e.SourceId)).ToList();
        return new ListDiffResult(added, removed, changed, unchanged);
    }

    /// <summary>The mapped fields that differ between two versions of one entry (its source record is ignored).</summary>
    /// <param name="older">The entry before.</param>
    /// <param name="newer">The entry after.</param>
    /// <returns>The differing fields in declaration order; empty when equal.</returns>
    public static IReadOnlyList<FieldChange> CompareEntities(ListedEntity older, ListedEntity newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var result = new List<FieldChange>();
        foreach (var field in Fields)
        {
            if (field(older, newer) is { } change)
            {
                result.Add(change);
            }
        }

        return result;
    }

    private static Dictionary<string, ListedEntity> Index(IReadOnlyList<ListedEntity> entities, string side)
    {
        var index = new Dictionary<string, ListedEntity>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!index.TryAdd(entity.SourceId, entity))
            {
                throw new ArgumentException($"Source id '{entity.SourceId}' occurs more than once in the {side} entries.", side);
            }
        }

        return index;
    }

    private static FieldChange? Scalar(string field, string? older, string? newer) =>
        string.Equals(older, newer, StringComparison.Ordinal) ? null : new FieldChange(field, Short(older), Short(newer), [], []);

    private static FieldChange? Set<T>(string field, IEnumerable<T> older, IEnumerable<T> newer, Func<T, string> describe)
    {
        var oldSet = older.ToHashSet();
        var newSet = newer.ToHashSet();
        if (oldSet.SetEquals(newSet))
        {
            return null;
        }

        var addedItems = newer.Distinct().Where(x => !oldSet.Contains(x)).Select(x => Short(describe(x))!).ToList();
        var removedItems = older.Distinct().Where(x => !newSet.Contains(x)).Select(x => Short(describe(x))!).ToList();
        return new FieldChange(field, Join(older, describe), Join(newer, describe), addedItems, removedItems);
    }

    private static string? Join<T>(IEnumerable<T> items, Func<T, string> describe)
    {
        var text = string.Join("; ", items.Distinct().Select(describe));
        return text.Length == 0 ? null : Short(text);
    }

    private static string? Short(string? text) =>
        text is null || text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");

    private static string Describe(Alias alias)
    {
        var text = alias.Name;
        if (alias.Strength == AliasStrength.Weak)
        {
            text += " (weak)";
        }

        return alias.Kind is null ? text : text + " [" + alias.Kind + "]";
    }

    private static string Describe(PartialDate date)
    {
        // The parsed parts are shown when they say more than the text, so that two dates written alike still read apart.
        var parts = string.Join(
            "-",
            new[] { date.Year, date.Month, date.Day }.TakeWhile(p => p is not null).Select((p, i) => p!.Value.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)));
        if (date.YearTo is { } to)
        {
            parts += " to " + to.ToString(CultureInfo.InvariantCulture);
        }

        if (date.Approximate)
        {
            parts = "circa " + parts;
        }

        return parts.Length == 0 || parts == date.Text ? date.Text : $"{date.Text} ({parts})";
    }

    private static string Describe(IdentityDocument document)
    {
        var details = string.Join("; ", new[] { document.Country, document.Note }.Where(s => !string.IsNullOrEmpty(s)));
        var text = document.Type + " " + document.Number;
        return details.Length == 0 ? text : $"{text} ({details})";
    }

    private static string Describe(PostalAddress address)
    {
        var text = string.Join(", ", new[] { address.Street, address.City, address.Region, address.PostalCode, address.Country }.Where(s => !string.IsNullOrEmpty(s)));
        return string.IsNullOrEmpty(address.Note) ? text : $"{text} ({address.Note})";
    }

    private static string Describe(EntityLink link) =>
        link.TargetSourceId is null ? $"{link.Relation}: {link.TargetName}" : $"{link.Relation}: {link.TargetName} (#{link.TargetSourceId})";

    private static string? Describe(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
