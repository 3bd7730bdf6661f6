namespace Cordon.Hub;

/// <summary>
/// What a caller may know about the sightings of one indicator: totals over the sightings it may count, and (only for the
/// indicator's owner) who reported each one, unless the reporter asked to stay anonymous.
/// </summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Sightings">Number of sightings counted.</param>
/// <param name="TotalCount">Sum of their counts.</param>
/// <param name="Reports">Each sighting, for the indicator's owner; empty for everyone else.</param>
public sealed record SightingSummary(string IndicatorId, int Sightings, long TotalCount, IReadOnlyList<SightingReport> Reports);
