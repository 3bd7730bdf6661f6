namespace Cordon.Hub;

/// <summary>One sighting as the sighted indicator's owner sees it.</summary>
/// <param name="SightingId">The sighting's id.</param>
/// <param name="Organisation">The partner that reported it, or null when it asked to stay anonymous.</param>
/// <param name="Count">Times seen (the sighting's <c>count</c>, 1 when absent).</param>
/// <param name="FirstSeen">Its <c>first_seen</c>.</param>
/// <param name="LastSeen">Its <c>last_seen</c>.</param>
/// <param name="Where">Its <c>where_sighted_refs</c> (empty when anonymous).</param>
public sealed record SightingReport(string SightingId, string? Organisation, int Count, string? FirstSeen, string? LastSeen, IReadOnlyList<string> Where);
