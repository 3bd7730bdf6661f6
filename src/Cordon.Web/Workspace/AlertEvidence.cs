using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Assessments;
using Cordon.Core;
using Cordon.Lists;
using Cordon.Matching;
using Cordon.Matching.Explanation;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Web.Workspace;

/// <summary>
/// What an alert is about, as the analyst needs it where they decide: the watched customer and the list entry (with the match's
/// explanation), or the hub indicator with the values of the record it matched and where they sit in it (the session, the
/// contact…), the record's own signals, and the allow-list decision about the pair.
/// </summary>
public sealed record AlertEvidence(Alert Alert)
{
    /// <summary>The watched customer (watch alerts; null once no longer watched).</summary>
    public WatchSubject? Subject { get; init; }

    /// <summary>The entry as it was in the version the alert names (watch alerts).</summary>
    public ListedEntity? Entry { get; init; }

    /// <summary>The version the alert names.</summary>
    public ListVersionInfo? Version { get; init; }

    /// <summary>The current match of the pair as a card (entry, score, explanation), or null when they no longer match.</summary>
    public MatchCard? Match { get; init; }

    /// <summary>The hub indicator's facts (hub alerts).</summary>
    public HubAlertFacts? Hub { get; init; }

    /// <summary>The assessed record's newest assessment (hub alerts).</summary>
    public Assessment? RecordAssessment { get; init; }

    /// <summary>The allow-list decision that holds for the pair, or null.</summary>
    public AlertSuppression? Decision { get; init; }

    /// <summary>Why the alert was raised again after a false-positive decision lapsed, or null.</summary>
    public string? Reopened { get; init; }

    /// <summary>Loads the evidence of one of the organisation's alerts.</summary>
    public static async Task<AlertEvidence> LoadAsync(CordonServices cordon, string organisationId, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cordon);
        ArgumentNullException.ThrowIfNull(alert);
        var store = cordon.Store;
        string? reopened = null;
        JsonObject? details = null;
        try
        {
            details = alert.Details is null ? null : JsonNode.Parse(alert.Details) as JsonObject;
            reopened = details?["reopened"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Details of an older shape are shown without their facts rather than breaking the page.
        }

        if (alert.Kind == AlertKind.HubIndicatorMatch)
        {
            var stored = await store.GetAssessmentAsync(organisationId, alert.SubjectId, cancellationToken);
            Assessment? assessment = null;
            JsonNode? record = null;
            if (stored is not null)
            {
                assessment = ReadAssessment(stored.AssessmentJson);
                record = JsonNode.Parse(stored.RecordJson);
            }

            return new AlertEvidence(alert) { Hub = details is null ? null : HubAlertFacts.From(details, record), RecordAssessment = assessment };
        }

        var subject = await store.GetWatchSubjectAsync(organisationId, alert.SubjectId, cancellationToken);
        var version = await store.GetListVersionAsync(alert.ListVersionId, cancellationToken);
        var entry = await store.GetEntityAsync(alert.ListVersionId, alert.EntitySourceId, cancellationToken);
        var current = (await store.GetWatchMatchesAsync(organisationId, alert.SubjectId, cancellationToken))
            .FirstOrDefault(m => m.ListId == alert.ListId && m.EntitySourceId == alert.EntitySourceId);
        MatchCard? card = null;
        if (current is not null && ReadExplanation(current.ExplanationJson) is { } explanation)
        {
            var matchedEntity = current.ListVersionId == alert.ListVersionId ? entry : await store.GetEntityAsync(current.ListVersionId, current.EntitySourceId, cancellationToken);
            var matchedVersion = current.ListVersionId == alert.ListVersionId ? version : await store.GetListVersionAsync(current.ListVersionId, cancellationToken);
            if (matchedEntity is not null)
            {
                card = new MatchCard(new ScreeningMatch(matchedEntity, current.Score, current.MatchedName, explanation), matchedVersion, "alert-" + alert.Id.ToString(CultureInfo.InvariantCulture), CanWork: false);
            }
        }

        var decision = (await store.GetAlertSuppressionsAsync(organisationId, alert.SubjectId, cancellationToken))
            .FirstOrDefault(d => d.ListId == alert.ListId && d.EntitySourceId == alert.EntitySourceId);
        return new AlertEvidence(alert) { Subject = subject, Entry = entry, Version = version, Match = card, Decision = decision, Reopened = reopened };
    }

    private static Assessment? ReadAssessment(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Assessment>(json, AssessmentJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static MatchExplanation? ReadExplanation(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MatchExplanation>(json, CordonJson.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>A hub indicator alert's facts: the indicator and each value of the record it matched, with where it sits.</summary>
/// <param name="IndicatorId">STIX id.</param>
/// <param name="Name">The indicator's name, or null.</param>
/// <param name="Pattern">Its STIX pattern.</param>
/// <param name="Confidence">Its confidence (0–100), or null.</param>
/// <param name="Tlp">Its TLP marking, or null.</param>
/// <param name="Collection">The hub collection it came from.</param>
/// <param name="Matched">The record's values it matched.</param>
public sealed record HubAlertFacts(string IndicatorId, string? Name, string? Pattern, int? Confidence, string? Tlp, string? Collection, IReadOnlyList<HubMatchedValue> Matched)
{
    /// <summary>Reads the facts an alert stored, and the context of each value from the record (null when it is gone).</summary>
    public static HubAlertFacts From(JsonObject details, JsonNode? record)
    {
        ArgumentNullException.ThrowIfNull(details);
        var matched = new List<HubMatchedValue>();
        foreach (var item in details["matched"] as JsonArray ?? [])
        {
            if (item is not JsonObject value)
            {
                continue;
            }

            var path = value["path"]?.GetValue<string>() ?? string.Empty;
            matched.Add(new HubMatchedValue(value["kind"]?.GetValue<string>() ?? string.Empty, path, value["value"]?.GetValue<string>() ?? string.Empty, Context(record, path)));
        }

        return new HubAlertFacts(
            details["indicator"]?.GetValue<string>() ?? string.Empty,
            details["name"]?.GetValue<string>(),
            details["pattern"]?.GetValue<string>(),
            details["confidence"] is JsonValue c && c.TryGetValue<int>(out var confidence) ? confidence : null,
            details["tlp"]?.ToString(),
            details["collection"]?.GetValue<string>(),
            matched);
    }

    /// <summary>
    /// The object holding a matched value (for <c>$.sessions[2].ip</c>, session 2: its time, device, address…) as field and
    /// value pairs, nested values left out; empty when the path does not lead to one.
    /// </summary>
    public static IReadOnlyList<(string Field, string Value)> Context(JsonNode? record, string path)
    {
        var node = record;
        var steps = path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < steps.Length - 1 && node is not null; i++)
        {
            var step = steps[i];
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            node = node is JsonObject o ? o[name] : null;
            if (bracket >= 0 && int.TryParse(step[(bracket + 1)..].TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                node = node is JsonArray a && index < a.Count ? a[index] : null;
            }
        }

        return node is JsonObject holder && steps.Length > 1
            ? [.. holder.Where(p => p.Value is JsonValue).Select(p => (p.Key, p.Value!.ToString()))]
            : [];
    }
}

/// <summary>One value of the record a hub indicator matched.</summary>
/// <param name="Kind">What kind of value (ip, email, domain…).</param>
/// <param name="Path">Where it is in the record.</param>
/// <param name="Value">The value.</param>
/// <param name="Context">The fields beside it (e.g. the session it was seen in).</param>
public sealed record HubMatchedValue(string Kind, string Path, string Value, IReadOnlyList<(string Field, string Value)> Context);
