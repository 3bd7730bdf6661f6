using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Screening;

/// <summary>Progress and downloads of one batch screening.</summary>
public sealed class BatchModel(BatchScreeningJobs jobs) : WorkspacePageModel
{
    /// <summary>The job shown.</summary>
    public BatchScreeningJob Job { get; private set; } = null!;

    /// <summary>Shows progress; while the job runs the answer asks the browser to load it again in a second.</summary>
    public IActionResult OnGet(string id)
    {
        var job = jobs.Find(OrganisationId, id);
        if (job is null)
        {
            return NotFound();
        }

        Job = job;
        if (!job.IsFinished)
        {
            // The Refresh header, not a script: it needs no asset to load, works without JavaScript, and the browser
            // stops asking once the finished page comes without it.
            Response.Headers["Refresh"] = "1";
        }

        return Page();
    }

    /// <summary>Downloads the results CSV.</summary>
    public Task<IActionResult> OnGetResultsAsync(string id, CancellationToken cancellationToken) => DownloadAsync(id, j => j.Results, "results", cancellationToken);

    /// <summary>Downloads the rejected rows CSV.</summary>
    public Task<IActionResult> OnGetErrorsAsync(string id, CancellationToken cancellationToken) => DownloadAsync(id, j => j.Errors, "rejected", cancellationToken);

    private async Task<IActionResult> DownloadAsync(string id, Func<BatchScreeningJob, byte[]?> pick, string suffix, CancellationToken cancellationToken)
    {
        var job = jobs.Find(OrganisationId, id);
        var content = job is null || !job.IsFinished ? null : pick(job);
        if (content is null)
        {
            return NotFound();
        }

        await AuditAsync(WorkspaceAuditActions.ScreeningExport, "batch", id, new { file = suffix }, cancellationToken);
        var stem = Path.GetFileNameWithoutExtension(job!.FileName);
        return File(content, "text/csv; charset=utf-8", $"{stem}-{suffix}.csv");
    }
}
