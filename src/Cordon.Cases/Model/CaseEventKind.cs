namespace Cordon.Cases;

/// <summary>The kinds of change kept in a case's history.</summary>
public enum CaseEventKind
{
    /// <summary>The case was opened.</summary>
    Opened,

    /// <summary>The case was assigned to a user (or unassigned).</summary>
    Assigned,

    /// <summary>A comment was added.</summary>
    Commented,

    /// <summary>Evidence (a note or a file) was attached.</summary>
    EvidenceAttached,

    /// <summary>A decision was made, with its reason.</summary>
    Decided,

    /// <summary>A decided case was reopened, with its reason.</summary>
    Reopened,
}
