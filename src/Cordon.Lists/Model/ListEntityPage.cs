using Cordon.Core;

namespace Cordon.Lists;

/// <summary>One page of a list version's entries.</summary>
/// <param name="Total">Entries matching the filter, all pages together.</param>
/// <param name="Items">The entries of the page, in list order.</param>
public sealed record ListEntityPage(int Total, IReadOnlyList<ListedEntity> Items);
