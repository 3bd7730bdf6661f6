using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Web.Security;
using Cordon.Cases;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Cordon.Core;

namespace Cordon.Web.Pages.Cases;

/// <summary>One case: its facts, its history, and the forms that change it.</summary>
public sealed class CaseModel(CaseService cases, AccountService accounts, Cordon.Screening.CordonServices cordon) : WorkspacePageModel
{
    /// <summary>The alert the case was opened from, with its evidence, or null.</summary>
    public AlertEvidence? Evidence { get; private set; }

    /// <summary>The assessed record's id (a case of an assessment or of a hub indicator alert), or null.</summary>
    public string? RecordId { get; private set; }

    /// <summary>The record's newest assessment, for a case opened from one, or null.</summary>
    public Cordon.Risk.Assessment? Applicant { get; private set; }

    /// <summary>The record's network, or null.</summary>
    public NetworkSummary? Network { get; private set; }

    /// <summary>The case.</summary>
    public CaseRecord Case { get; private set; } = null!;

    /// <summary>Users of the organisation a case can be assigned to (admins and analysts, not disabled), by name.</summary>
    public IReadOnlyList<UserAccount> Assignees { get; private set; } = [];

    /// <summary>Its history, oldest first.</summary>
    public IReadOnlyList<CaseEvent> History { get; private set; } = [];

    /// <summary>Shows the case.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await AuditAsync(WorkspaceAuditActions.CaseView, "case", Key(id), cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>Assigns to a user of the organisation (by user id), or unassigns (empty).</summary>
    public async Task<IActionResult> OnPostAssignAsync(long id, int version, string? assignee, CancellationToken cancellationToken)
    {
        string? name = null;
        if (!string.IsNullOrEmpty(assignee))
        {
            // Only users of the caller's own organisation who work cases: a posted id of anyone else is refused.
            name = (await LoadAssigneesAsync(cancellationToken)).FirstOrDefault(u => u.Id == assignee)?.DisplayName;
            if (name is null)
            {
                return await FailAsync(id, "Choose a user of your organisation who works cases.", cancellationToken);
            }
        }

        return await ChangeAsync(id, WorkspaceAuditActions.CaseAssign, "Assignment saved.", audit => cases.AssignAsync(Actor, id, version, assignee, name, audit, cancellationToken), cancellationToken);
    }

    /// <summary>Adds a comment.</summary>
    [ReviewersMay]
    public Task<IActionResult> OnPostCommentAsync(long id, int version, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(id, WorkspaceAuditActions.CaseComment, "Comment added.", audit => cases.CommentAsync(Actor, id, version, comment ?? string.Empty, audit, cancellationToken), cancellationToken);

    /// <summary>Attaches a file (with an optional note) or, without a file, a note.</summary>
    public async Task<IActionResult> OnPostAttachAsync(long id, int version, IFormFile? file, string? title, string? note, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > CaseWorkflow.MaxFileBytes)
            {
                return await FailAsync(id, $"The file '{file.FileName}' is larger than {CaseWorkflow.MaxFileBytes / (1 << 20)} MB.", cancellationToken);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            return await ChangeAsync(id, WorkspaceAuditActions.CaseAttach, "File attached.", audit => cases.AttachFileAsync(Actor, id, version, file.FileName, file.ContentType, buffer.ToArray(), note, audit, cancellationToken), cancellationToken);
        }

        return await ChangeAsync(id, WorkspaceAuditActions.CaseAttach, "Note attached.", audit => cases.AttachNoteAsync(Actor, id, version, title ?? string.Empty, note ?? string.Empty, audit, cancellationToken), cancellationToken);
    }

    /// <summary>Decides, with a reason.</summary>
    public Task<IActionResult> OnPostDecideAsync(long id, int version, CaseDecision? decision, string? reason, CancellationToken cancellationToken) =>
        decision is null
            ? FailAsync(id, "Choose a decision.", cancellationToken)
            : ChangeAsync(id, WorkspaceAuditActions.CaseDecide, "Decision recorded.", audit => cases.DecideAsync(Actor, id, version, decision.Value, reason ?? string.Empty, audit, cancellationToken), cancellationToken);

    /// <summary>Reopens, with a reason.</summary>
    public Task<IActionResult> OnPostReopenAsync(long id, int version, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, WorkspaceAuditActions.CaseReopen, "Case reopened.", audit => cases.ReopenAsync(Actor, id, version, reason ?? string.Empty, audit, cancellationToken), cancellationToken);

    /// <summary>Downloads an attached file.</summary>
    public async Task<IActionResult> OnGetFileAsync(long id, int sequence, CancellationToken cancellationToken)
    {
        var found = await cases.GetAsync(Actor, id, cancellationToken);
        var evidence = found?.History.FirstOrDefault(e => e.Sequence == sequence)?.Evidence;
        var content = evidence is { IsFile: true } ? await cases.GetFileAsync(Actor, id, sequence, cancellationToken) : null;
        if (content is null)
        {
            return NotFound();
        }

        await AuditAsync(WorkspaceAuditActions.CaseEvidenceDownload, "case", Key(id), new { sequence, sha256 = evidence!.Sha256 }, cancellationToken);

        // Served as an attachment of a neutral type so that an uploaded HTML or SVG file never runs in the workspace's origin.
        return File(content, "application/octet-stream", evidence!.Name);
    }

    private async Task<IActionResult> ChangeAsync(long id, string action, string done, Func<Func<CaseRecord, AuditEntry>, Task<CaseRecord>> change, CancellationToken cancellationToken)
    {
        try
        {
            // The audit entry is written in the change's own transaction: a crash can never keep one without the other.
            var auditLog = HttpContext.RequestServices.GetRequiredService<AuditLog>();
            var actor = HttpContext.Actor();
            await change(changed => auditLog.Entry(
                actor,
                action,
                targetType: "case",
                targetId: Key(id),
                details: new { state = changed.State.ToString().ToLowerInvariant(), decision = changed.Decision?.ToString().ToLowerInvariant() }));
            Flash = done;
            return RedirectToPage(new { id });
        }
        catch (CaseNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is CaseRuleException or CaseConflictException)
        {
            return await FailAsync(id, e.Message, cancellationToken);
        }
    }

    private async Task<IActionResult> FailAsync(long id, string message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ErrorMessage = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IReadOnlyList<UserAccount>> LoadAssigneesAsync(CancellationToken cancellationToken) =>
        [.. (await accounts.GetUsersAsync(HttpContext.Actor(), OrganisationId, cancellationToken))
            .Where(u => !u.Disabled && (u.Role == CordonRoles.Admin || u.Role == CordonRoles.Analyst))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)];

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var found = await cases.GetAsync(Actor, id, cancellationToken);
        if (found is null)
        {
            return false;
        }

        (Case, History) = found.Value;
        Assignees = await LoadAssigneesAsync(cancellationToken);
        await LoadEvidenceAsync(cancellationToken);
        return true;
    }

    /// <summary>What the case decides about: the alert's evidence, or the applicant's signals, and the record's network.</summary>
    private async Task LoadEvidenceAsync(CancellationToken cancellationToken)
    {
        if (Case.SourceKind == CaseSourceKind.Alert
            && long.TryParse(Case.SourceId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var alertId)
            && await cordon.Store.GetAlertAsync(OrganisationId, alertId, cancellationToken) is { } alert)
        {
            Evidence = await AlertEvidence.LoadAsync(cordon, OrganisationId, alert, cancellationToken);
            RecordId = alert.Kind == AlertKind.HubIndicatorMatch ? alert.SubjectId : null;
        }
        else if (Case.SourceKind == CaseSourceKind.Assessment && await cordon.Store.GetAssessmentAsync(OrganisationId, Case.SourceId, cancellationToken) is { } stored)
        {
            RecordId = stored.RecordId;
            try
            {
                Applicant = System.Text.Json.JsonSerializer.Deserialize<Cordon.Risk.Assessment>(stored.AssessmentJson, Cordon.Assessments.AssessmentJson.Options);
            }
            catch (System.Text.Json.JsonException)
            {
                // An assessment of an older engine's shape: the profile link still leads to the record.
            }
        }

        if (RecordId is not null)
        {
            Network = await NetworkSummary.LoadAsync(cordon, OrganisationId, RecordId, cancellationToken);
        }
    }
}
