using System.Diagnostics;
using System.Text.Json;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;
using Cordon.Storage;

namespace Cordon.Hub.Correlation;

/// <summary>
/// The indicators in force, built by following the store's indicator versions in sequence order: per (collection, id,
/// owner) only the latest version counts, and it is indexed (<see cref="PatternIndex{TKey}"/>) unless it is revoked or its
/// pattern is not a STIX pattern. Expiry (<c>valid_from</c>/<c>valid_until</c>) is judged at match time, so an expired
/// indicator stops matching at once without any write. Keeps the count and sum of the sequences it has seen, so its owner
/// can tell from <see cref="ICordonStore.GetHubIndicatorChecksumAsync"/> whether versions were deleted or committed late
/// and a rebuild is due. Not thread-safe: <see cref="HubCorrelation"/> guards it.
/// </summary>
public sealed class HubIndicatorIndex
{
    private readonly Dictionary<(string Collection, string Id, string Owner), (DateTimeOffset Version, HubIndicator? Active)> latest = [];
    private readonly Dictionary<long, HubIndicator> active = [];
    private readonly PatternIndex<long> patterns = new();

    /// <summary>The highest sequence applied.</summary>
    public long Watermark { get; private set; }

    /// <summary>What has been applied: the count and sum of the sequences.</summary>
    public HubSequenceChecksum Checksum { get; private set; } = new(0, 0);

    /// <summary>How many indicators are indexed (latest versions, not revoked; expired ones included).</summary>
    public int Count => active.Count;

    /// <summary>Applies one stored indicator version (with its JSON), in sequence order.</summary>
    public void Apply(HubStoredObject version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Watermark = Math.Max(Watermark, version.Sequence);
        Checksum = new HubSequenceChecksum(Checksum.Count + 1, Checksum.Sum + version.Sequence);
        var key = (version.CollectionId, version.ObjectId, version.OwnerOrganisation);
        if (latest.TryGetValue(key, out var current) && current.Version >= version.Version)
        {
            return;
        }

        if (current.Active is { } previous)
        {
            active.Remove(previous.Sequence);
            patterns.Remove(previous.Sequence);
        }

        var indicator = version.Revoked ? null : Read(version);
        latest[key] = (version.Version, indicator);
        if (indicator is not null)
        {
            active[indicator.Sequence] = indicator;
            patterns.Add(indicator.Sequence, indicator.Pattern);
        }
    }

    /// <summary>The latest version of an indicator of one owner in one collection, when it is in force at <paramref name="now"/>.</summary>
    public HubIndicator? ActiveVersionOf(string collectionId, string id, string owner, DateTimeOffset now) =>
        latest.TryGetValue((collectionId, id, owner), out var entry) && entry.Active is { } indicator && indicator.IsActiveAt(now) ? indicator : null;

    /// <summary>
    /// The indicators in force at <paramref name="now"/> that <paramref name="mayRead"/> admits and that match the record's
    /// observables (seen together, as one observation).
    /// </summary>
    public IReadOnlyList<HubIndicatorMatch> Match(IReadOnlyList<RecordObservable> observables, DateTimeOffset now, Func<HubIndicator, bool> mayRead)
    {
        ArgumentNullException.ThrowIfNull(observables);
        ArgumentNullException.ThrowIfNull(mayRead);
        if (observables.Count == 0 || active.Count == 0)
        {
            return [];
        }

        // Only indicators this reader may read and that are in force are evaluated at all: another organisation's
        // patterns it cannot read cost it nothing. Anchored candidates (the index found one of their values in the record)
        // are evaluated first and always; unanchored ones (MATCHES and != only) are candidates for every record, so they
        // are evaluated, oldest first, only while the record's pattern budget lasts.
        var observation = new PatternObservation(observables.Select(o => o.Observable).ToArray());
        var anchored = new List<HubIndicator>();
        var unanchored = new List<HubIndicator>();
        foreach (var sequence in patterns.Candidates([observation]))
        {
            var indicator = active[sequence];
            if (indicator.IsActiveAt(now) && mayRead(indicator))
            {
                (patterns.IsUnanchored(sequence) ? unanchored : anchored).Add(indicator);
            }
        }

        anchored.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        unanchored.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var result = new List<HubIndicatorMatch>();
        foreach (var indicator in anchored)
        {
            if (indicator.Pattern.Matches([observation]))
            {
                result.Add(new HubIndicatorMatch(indicator, MatchedAlone(indicator, observables)));
            }
        }

        var started = Stopwatch.GetTimestamp();
        foreach (var indicator in unanchored)
        {
            if (Stopwatch.GetElapsedTime(started) >= UnanchoredBudget)
            {
                break;
            }

            if (indicator.Pattern.Matches([observation]))
            {
                result.Add(new HubIndicatorMatch(indicator, MatchedAlone(indicator, observables)));
            }
        }

        result.Sort((a, b) => a.Indicator.Sequence.CompareTo(b.Indicator.Sequence));
        return result;
    }

    /// <summary>
    /// Time one record may spend on evaluating unanchored patterns (those without an equality, CIDR or LIKE anchor, such
    /// as MATCHES-only patterns, which are candidates for every record); the ones left when it is spent are not evaluated
    /// for that record. Anchored candidates are always evaluated. Default 250 ms.
    /// </summary>
    public TimeSpan UnanchoredBudget { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The observables that match the indicator's pattern on their own.</summary>
    public static IReadOnlyList<RecordObservable> MatchedAlone(HubIndicator indicator, IReadOnlyList<RecordObservable> observables)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observables);
        return [.. observables.Where(o => indicator.Pattern.Matches([o.Observable]))];
    }

    /// <summary>The indicator a stored version describes; null when it has no STIX pattern that parses.</summary>
    public static HubIndicator? Read(HubStoredObject version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(version.Json);
            var root = document.RootElement;
            if (Text(root, "pattern_type") is { } type && type != "stix")
            {
                return null;
            }

            if (Text(root, "pattern") is not { } text || StixPattern.TryParse(text, out _) is not { } pattern)
            {
                return null;
            }

            int? confidence = root.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            return new HubIndicator(
                version.Sequence,
                version.CollectionId,
                version.ObjectId,
                version.OwnerOrganisation,
                version.Tlp,
                Text(root, "name"),
                confidence,
                pattern,
                StixTimestamp.TryParseInstant(Text(root, "valid_from")),
                version.ValidUntil ?? StixTimestamp.TryParseInstant(Text(root, "valid_until")))
            {
                Recipients = HubRecipients.Of(version.Tlp, version.Json),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
