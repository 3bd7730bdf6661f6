namespace Cordon.Cases;

/// <summary>Where a case stands.</summary>
public enum CaseState
{
    /// <summary>Being worked: nothing decided yet, or reopened after a decision.</summary>
    Open,

    /// <summary>Escalated: an analyst asked for an admin's decision; still being worked.</summary>
    Escalated,

    /// <summary>Decided (cleared, rejected or reported); reopening needs a reason.</summary>
    Closed,
}
