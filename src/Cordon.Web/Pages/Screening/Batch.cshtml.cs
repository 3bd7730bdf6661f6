using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Screening;

/// <summary>Progress and downloads of one batch screening.</summary>
public sealed class BatchModel(CordonServices cordon, BatchScreeningJobs jobs) : WorkspacePageModel
{
    /// <summary>The batch shown.</summary>
    public ScreeningBatch Batch { get; private set; } = null!;

    /// <summary>True when the batch still runs but the instance screening it stopped reporting (it died or lost the database).</summary>
    public bool GoneSilent { get; private set; }

    /// <summary>Shows progress; while the batch runs the answer asks the browser to load it again in a second.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var batch = await cordon.Store.GetScreeningBatchAsync(OrganisationId, id, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }

        Batch = batch;
        GoneSilent = jobs.HasGoneSilent(batch);
        if (!batch.IsFinished && !GoneSilent)
        {
            // The Refresh header, not a script: it needs no asset to load, works without JavaScript, and the browser
            // stops asking once the finished page comes without it.
            Response.Headers["Refresh"] = "1";
        }

        return Page();
    }

    /// <summary>Downloads the results CSV.</summary>
    public Task<IActionResult> OnGetResultsAsync(string id, CancellationToken cancellationToken) => DownloadAsync(id, ScreeningBatchFile.Results, "results", cancellationToken);

    /// <summary>Downloads the rejected rows CSV.</summary>
    public Task<IActionResult> OnGetErrorsAsync(string id, CancellationToken cancellationToken) => DownloadAsync(id, ScreeningBatchFile.Errors, "rejected", cancellationToken);

    private async Task<IActionResult> DownloadAsync(string id, ScreeningBatchFile file, string suffix, CancellationToken cancellationToken)
    {
        var batch = await cordon.Store.GetScreeningBatchAsync(OrganisationId, id, cancellationToken);
        var content = batch is null ? null : await cordon.Store.GetScreeningBatchFileAsync(OrganisationId, id, file, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }

        await AuditAsync(WorkspaceAuditActions.ScreeningExport, "batch", id, new { file = suffix }, cancellationToken);
        var stem = Path.GetFileNameWithoutExtension(batch!.FileName);
        return File(content, "text/csv; charset=utf-8", $"{stem}-{suffix}.csv");
    }
}
