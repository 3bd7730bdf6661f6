using Cordon.Accounts;
using Cordon.Matching;
using Cordon.Screening;
using Cordon.Screening.Batch;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Screening;

/// <summary>Screens one name, or starts a CSV batch.</summary>
public sealed class IndexModel(CordonServices cordon, BatchScreeningJobs jobs) : WorkspacePageModel
{
    /// <summary>The name screened.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Optional date of birth.</summary>
    [BindProperty]
    public string? DateOfBirth { get; set; }

    /// <summary>Optional nationality.</summary>
    [BindProperty]
    public string? Nationality { get; set; }

    /// <summary>Subject type.</summary>
    [BindProperty]
    public string? Type { get; set; }

    /// <summary>The uploaded batch.</summary>
    [BindProperty]
    public IFormFile? Batch { get; set; }

    /// <summary>Matches of the last screening, or null when none was run.</summary>
    public IReadOnlyList<ScreeningMatch>? Matches { get; private set; }

    /// <summary>The threshold used.</summary>
    public double Threshold => cordon.Matcher.DefaultThreshold;

    /// <summary>The list versions screened against.</summary>
    public IReadOnlyList<Cordon.Storage.ListVersionInfo> Versions { get; private set; } = [];

    /// <summary>This organisation's recent batches.</summary>
    public IReadOnlyList<Cordon.Storage.ScreeningBatch> Jobs { get; private set; } = [];

    /// <summary>True when a running batch's instance stopped reporting.</summary>
    public bool GoneSilent(Cordon.Storage.ScreeningBatch batch) => jobs.HasGoneSilent(batch);

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Screens one subject.</summary>
    [ReviewersMay]
    public async Task OnPostScreenAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var input = new SubjectInput { Name = Name, DateOfBirth = DateOfBirth, Nationality = Nationality, Type = Type };
        if (!input.TryCreate(out var subject, out var error))
        {
            ErrorMessage = "Cannot screen: " + error + ".";
            return;
        }

        var catalog = await cordon.Catalog.GetIndexAsync(cancellationToken);
        Matches = catalog.Index.Screen(subject, 10, Threshold);
        await AuditAsync(AuditActions.Screening, details: new { matches = Matches.Count }, cancellationToken: cancellationToken);
    }

    /// <summary>Starts a batch and shows its progress page.</summary>
    [ReviewersMay]
    public async Task<IActionResult> OnPostBatchAsync(CancellationToken cancellationToken)
    {
        if (Batch is null || Batch.Length == 0)
        {
            await LoadAsync(cancellationToken);
            ErrorMessage = "Choose a CSV file to upload.";
            return Page();
        }

        if (Batch.Length > BatchScreeningJobs.MaxUploadBytes)
        {
            await LoadAsync(cancellationToken);
            ErrorMessage = $"{Batch.FileName} is larger than {BatchScreeningJobs.MaxUploadBytes / (1 << 20)} MB; use `cordon screen` for such files.";
            return Page();
        }

        using var buffer = new MemoryStream();
        await Batch.CopyToAsync(buffer, cancellationToken);
        try
        {
            var job = await jobs.StartAsync(OrganisationId, UserName, Batch.FileName, buffer.ToArray(), cancellationToken);
            await AuditAsync(WorkspaceAuditActions.ScreeningBatch, "batch", job.Id, new { rows = job.Total }, cancellationToken);
            return RedirectToPage("/Screening/Batch", new { id = job.Id });
        }
        catch (BatchInputException e)
        {
            await LoadAsync(cancellationToken);
            ErrorMessage = e.Message;
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = (await cordon.Store.GetListsAsync(cancellationToken)).Select(l => l.Current).ToList();
        Jobs = await cordon.Store.GetScreeningBatchesAsync(OrganisationId, BatchScreeningJobs.RecentShown, cancellationToken);
    }
}
