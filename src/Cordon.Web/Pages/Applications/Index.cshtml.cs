using Cordon.Accounts;
using System.Text;
using System.Text.Json;
using Cordon.Screening;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Applications;

/// <summary>Assesses applicant or account records pasted or uploaded as JSON, JSON array or JSON Lines.</summary>
public sealed class IndexModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>Most records assessed from one page submission; larger files belong to <c>cordon assess</c>.</summary>
    public const int MaxRecords = 2_000;

    /// <summary>Largest upload accepted, in bytes.</summary>
    public const int MaxBytes = 10 << 20;

    /// <summary>Pasted text.</summary>
    [BindProperty]
    public string? Records { get; set; }

    /// <summary>Uploaded file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Outcomes of the last submission.</summary>
    public IReadOnlyList<AssessmentOutcome>? Outcomes { get; private set; }

    /// <summary>The organisation's latest assessments (newest of each record), for the page without a submission.</summary>
    public IReadOnlyList<Cordon.Storage.StoredAssessment> Recent { get; private set; } = [];

    /// <summary>Shows the form and the latest assessments.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Recent = (await cordon.Store.GetRecentAssessmentsAsync(OrganisationId, DateTimeOffset.UnixEpoch, 500, cancellationToken))
            .DistinctBy(a => a.RecordId)
            .Take(50)
            .ToList();

    /// <summary>Assesses and stores the records.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanWork)
        {
            return Forbid();
        }

        string text;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxBytes)
            {
                ErrorMessage = $"{Upload.FileName} is larger than {MaxBytes >> 20} MB; use `cordon assess` for such files.";
                return Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        else
        {
            text = Records ?? string.Empty;
        }

        if (!TrySplit(text, out var records, out var error))
        {
            ErrorMessage = error;
            return Page();
        }

        Outcomes = await cordon.Assessments.AssessAsync(OrganisationId, records, store: true, cancellationToken);
        await AuditAsync(AuditActions.AssessmentStore, details: new { assessed = Outcomes.Count(o => o.Assessment is not null), rejected = Outcomes.Count(o => o.Assessment is null) }, cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>
    /// Splits input into one JSON text per record: a single object, an array of objects, or JSON Lines.
    /// </summary>
    public static bool TrySplit(string text, out IReadOnlyList<string> records, out string error)
    {
        records = [];
        error = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "Paste a record or choose a file.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            records = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList()
                : [document.RootElement.GetRawText()];
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines, one record per non-empty line (each line is checked by the assessment).
            records = trimmed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        }

        if (records.Count > MaxRecords)
        {
            error = $"{records.Count:N0} records given; at most {MaxRecords:N0} are assessed here (use `cordon assess` for more).";
            return false;
        }

        return true;
    }
}
