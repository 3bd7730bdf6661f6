namespace Cordon.Web.Endpoints;

/// <summary>A request to screen many subjects at once.</summary>
/// <param name="Subjects">The subjects, each with the caller's id.</param>
/// <param name="Limit">Most matches per subject (default 5).</param>
/// <param name="Threshold">Lowest score returned (default: recommended threshold).</param>
/// <param name="Algorithm">Name-matching algorithm (cordon-name-v1, cordon-name-v2); the default one when absent.</param>
public sealed record BatchScreenRequest(IReadOnlyList<BatchItem> Subjects, int? Limit = null, double? Threshold = null, string? Algorithm = null);
