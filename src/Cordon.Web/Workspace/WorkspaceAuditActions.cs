namespace Cordon.Web.Workspace;

/// <summary>Audit actions recorded by the workspace, beside the account service's own.</summary>
public static class WorkspaceAuditActions
{
    /// <summary>A case was opened.</summary>
    public const string CaseOpen = "case.open";

    /// <summary>A case was viewed.</summary>
    public const string CaseView = "case.view";

    /// <summary>A case was assigned.</summary>
    public const string CaseAssign = "case.assign";

    /// <summary>A case was commented.</summary>
    public const string CaseComment = "case.comment";

    /// <summary>Evidence was attached to a case.</summary>
    public const string CaseAttach = "case.attach";

    /// <summary>An evidence file was downloaded.</summary>
    public const string CaseEvidenceDownload = "case.evidence-download";

    /// <summary>A case was decided.</summary>
    public const string CaseDecide = "case.decide";

    /// <summary>A case was reopened.</summary>
    public const string CaseReopen = "case.reopen";

    /// <summary>A CSV batch screening was started.</summary>
    public const string ScreeningBatch = "screening.batch";

    /// <summary>Batch screening results were downloaded.</summary>
    public const string ScreeningExport = "screening.export";

    /// <summary>Alerts changed state in the queue (false positive, cleared, back to new), with the reason.</summary>
    public const string AlertState = "alert.state";

    /// <summary>Alerts were assigned or unassigned.</summary>
    public const string AlertAssign = "alert.assign";

    /// <summary>A network group was viewed.</summary>
    public const string NetworkView = "network.view";
}
