namespace Cordon.Lists;

/// <summary>A list with its version in force.</summary>
/// <param name="ListId">The list.</param>
/// <param name="ListName">Human-readable list name.</param>
/// <param name="VersionCount">How many versions are stored.</param>
/// <param name="Current">The version in force.</param>
public sealed record ListSummary(string ListId, string ListName, int VersionCount, ListVersionInfo Current);
