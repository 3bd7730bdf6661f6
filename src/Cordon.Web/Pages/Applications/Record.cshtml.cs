using Cordon.Accounts;
using System.Text.Json;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Cordon.Cases;

namespace Cordon.Web.Pages.Applications;

/// <summary>One stored assessment: its signals with evidence, the record as submitted, its earlier assessments and cases.</summary>
public sealed class RecordModel(CordonServices cordon, CaseService caseService) : WorkspacePageModel
{
    /// <summary>The newest stored assessment.</summary>
    public StoredAssessment Stored { get; private set; } = null!;

    /// <summary>It, read back.</summary>
    public Assessment Assessment { get; private set; } = null!;

    /// <summary>The record, indented for reading.</summary>
    public string RecordText { get; private set; } = string.Empty;

    /// <summary>Every assessment of the record, newest first.</summary>
    public IReadOnlyList<StoredAssessment> History { get; private set; } = [];

    /// <summary>Cases opened from this record.</summary>
    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    /// <summary>Shows the record.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await cordon.Store.GetAssessmentAsync(OrganisationId, id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Stored = stored;
        await AuditAsync(AuditActions.AssessmentView, "assessment", id, cancellationToken: cancellationToken);
        Assessment = JsonSerializer.Deserialize<Assessment>(stored.AssessmentJson, AssessmentJson.Options)!;
        using (var document = JsonDocument.Parse(stored.RecordJson))
        {
            RecordText = JsonSerializer.Serialize(document.RootElement, Indented);
        }

        History = await cordon.Store.GetAssessmentHistoryAsync(OrganisationId, id, cancellationToken);
        Cases = await caseService.ListBySourceAsync(Actor, CaseSourceKind.Assessment, id, cancellationToken);
        return Page();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
