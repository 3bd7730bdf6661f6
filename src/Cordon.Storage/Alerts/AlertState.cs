namespace Cordon.Storage;

/// <summary>Where an alert stands in the organisation's triage queue.</summary>
public enum AlertState
{
    /// <summary>Raised and not looked at yet: the queue's default view.</summary>
    New,

    /// <summary>A case was opened from it; the case carries the decision.</summary>
    InCase,

    /// <summary>
    /// Decided not to be the listed party (with a reason). For a watch match the pair (customer, entry) is remembered in the
    /// organisation's allow-list and does not alert again until the customer's details or the entry change.
    /// </summary>
    FalsePositive,

    /// <summary>Looked at and needing nothing further (with a reason), e.g. a "match gone" alert after a delisting.</summary>
    Cleared,
}
