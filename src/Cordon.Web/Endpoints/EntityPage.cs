namespace Cordon.Web.Endpoints;

/// <summary>A page of entry summaries.</summary>
/// <param name="Total">Entries matching the filter.</param>
/// <param name="Offset">Index of the first returned entry.</param>
/// <param name="Items">The entries.</param>
public sealed record EntityPage(int Total, int Offset, IReadOnlyList<EntitySummary> Items);
