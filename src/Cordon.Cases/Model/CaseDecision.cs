namespace Cordon.Cases;

/// <summary>The outcomes an analyst can decide on a case.</summary>
public enum CaseDecision
{
    /// <summary>A false positive or no risk: the subject may go ahead.</summary>
    Cleared,

    /// <summary>The applicant or account is refused.</summary>
    Rejected,

    /// <summary>Reported to the authorities (e.g. a suspicious activity report) and refused.</summary>
    Reported,

    /// <summary>Handed up for an admin's decision; the case stays open.</summary>
    Escalated,
}
