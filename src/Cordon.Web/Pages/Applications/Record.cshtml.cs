using Cordon.Assessments;
using Cordon.Accounts;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Cordon.Cases;

namespace Cordon.Web.Pages.Applications;

/// <summary>
/// An applicant's profile: the record rendered, the score broken down by family with the caps that held it, the signals with
/// their evidence, the network, the hub alerts and cases about it, and its earlier assessments.
/// </summary>
public sealed class RecordModel(CordonServices cordon, CaseService caseService) : WorkspacePageModel
{
    /// <summary>The newest stored assessment.</summary>
    public StoredAssessment Stored { get; private set; } = null!;

    /// <summary>It, read back.</summary>
    public Assessment Assessment { get; private set; } = null!;

    /// <summary>The record as submitted, or null when it is not a JSON object.</summary>
    public JsonObject? Record { get; private set; }

    /// <summary>The applicant's name as the record gives it, or null.</summary>
    public string? ApplicantName { get; private set; }

    /// <summary>The record, indented for reading.</summary>
    public string RecordText { get; private set; } = string.Empty;

    /// <summary>The score family by family, under the weights in force.</summary>
    public IReadOnlyList<FamilyScore> Breakdown { get; private set; } = [];

    /// <summary>The family decay of the weights in force.</summary>
    public double FamilyDecay { get; private set; }

    /// <summary>True when the breakdown under the weights in force adds up to the stored score (else it was assessed under others).</summary>
    public bool BreakdownAddsUp { get; private set; }

    /// <summary>Every assessment of the record, newest first.</summary>
    public IReadOnlyList<StoredAssessment> History { get; private set; } = [];

    /// <summary>Cases opened from this record.</summary>
    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    /// <summary>Hub indicator alerts about this record, newest first.</summary>
    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    /// <summary>The record's network.</summary>
    public NetworkSummary Network { get; private set; } = null!;

    /// <summary>Shows the profile.</summary>
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
        var node = JsonNode.Parse(stored.RecordJson);
        Record = node as JsonObject;
        ApplicantName = (Record?["person"] as JsonObject)?["full_name"] is JsonValue name && name.TryGetValue<string>(out var text) ? text : null;
        RecordText = node?.ToJsonString(Indented) ?? string.Empty;

        var engine = await cordon.Assessments.GetEngineAsync(OrganisationId, cancellationToken);
        Breakdown = engine.Breakdown(Assessment.Signals);
        FamilyDecay = engine.Configuration.FamilyDecay;
        BreakdownAddsUp = (int)Math.Clamp(Math.Round(Breakdown.Sum(f => f.Counted), MidpointRounding.AwayFromZero), 0, 100) == Assessment.Score;

        History = await cordon.Store.GetAssessmentHistoryAsync(OrganisationId, id, cancellationToken);
        Cases = await caseService.ListBySourceAsync(Actor, CaseSourceKind.Assessment, id, cancellationToken);
        Alerts = (await cordon.Store.QueryAlertsAsync(OrganisationId, new AlertQuery { SubjectId = id, Kinds = [AlertKind.HubIndicatorMatch], Limit = 100 }, cancellationToken)).Alerts;
        Network = await NetworkSummary.LoadAsync(cordon, OrganisationId, id, cancellationToken);
        return Page();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
