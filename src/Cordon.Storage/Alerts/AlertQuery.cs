namespace Cordon.Storage;

/// <summary>Order of an alert queue page.</summary>
public enum AlertOrder
{
    /// <summary>Newest first.</summary>
    Newest,

    /// <summary>Oldest first: what has waited longest.</summary>
    Oldest,

    /// <summary>Highest score first, then newest.</summary>
    Score,
}

/// <summary>
/// Filters of the alert queue. Every filter left null matches everything; filters combine with AND.
/// </summary>
public sealed record AlertQuery
{
    /// <summary>Most alerts one page may hold.</summary>
    public const int MaxLimit = 500;

    /// <summary>Kinds to show, or null for all.</summary>
    public IReadOnlyList<AlertKind>? Kinds { get; init; }

    /// <summary>States to show, or null for all.</summary>
    public IReadOnlyList<AlertState>? States { get; init; }

    /// <summary>One list (e.g. <c>ofac-sdn</c>, or <c>hub:</c>collection), or null.</summary>
    public string? ListId { get; init; }

    /// <summary>Lowest score shown, or null.</summary>
    public double? MinScore { get; init; }

    /// <summary>Only alerts raised at or after this time, or null.</summary>
    public DateTimeOffset? RaisedFrom { get; init; }

    /// <summary>Only alerts raised before this time (e.g. waiting longer than a day), or null.</summary>
    public DateTimeOffset? RaisedBefore { get; init; }

    /// <summary>Only alerts assigned to this user id, or null.</summary>
    public string? AssigneeId { get; init; }

    /// <summary>Only alerts assigned to nobody (ignored when <see cref="AssigneeId"/> is set).</summary>
    public bool Unassigned { get; init; }

    /// <summary>Only the alerts of one subject (watch customer or assessed record), or null.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Order of the page.</summary>
    public AlertOrder Order { get; init; } = AlertOrder.Newest;

    /// <summary>Alerts skipped before the page starts.</summary>
    public int Offset { get; init; }

    /// <summary>Alerts on the page (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = 50;
}

/// <summary>One page of the alert queue.</summary>
/// <param name="Alerts">The alerts on the page, in the query's order.</param>
/// <param name="Total">How many alerts match the filters in all.</param>
public sealed record AlertPage(IReadOnlyList<Alert> Alerts, int Total);

/// <summary>How many of an organisation's alerts share a kind, a state and a list.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="State">The state.</param>
/// <param name="ListId">The list (or hub collection).</param>
/// <param name="Count">How many.</param>
public sealed record AlertCount(AlertKind Kind, AlertState State, string ListId, int Count);

/// <summary>A triage decision applied to one or more alerts.</summary>
/// <param name="State">The new state.</param>
/// <param name="Reason">Why (required for <see cref="AlertState.FalsePositive"/> and <see cref="AlertState.Cleared"/>).</param>
/// <param name="ChangedBy">User name of whoever decided.</param>
/// <param name="At">When.</param>
public sealed record AlertStateChange(AlertState State, string? Reason, string ChangedBy, DateTimeOffset At);
