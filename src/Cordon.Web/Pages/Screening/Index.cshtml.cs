using Cordon.Lists;
using Cordon.Accounts;
using Cordon.Matching;
using Cordon.Screening;
using Cordon.Screening.Batch;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Screening;

/// <summary>Screens one name, or starts a CSV batch.</summary>
public sealed class IndexModel(CordonServices cordon, IListStore lists, BatchScreeningJobs jobs) : WorkspacePageModel
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

    /// <summary>The threshold chosen for this search (the algorithm's recommended one when absent).</summary>
    [BindProperty]
    public double? ChosenThreshold { get; set; }

    /// <summary>The uploaded batch.</summary>
    [BindProperty]
    public IFormFile? Batch { get; set; }

    /// <summary>Matches of the last screening, or null when none was run.</summary>
    public IReadOnlyList<ScreeningMatch>? Matches => Result?.Matches;

    /// <summary>The last screening's matches and near misses, or null when none was run.</summary>
    public ThresholdScreeningResult? Result { get; private set; }

    /// <summary>The algorithm's recommended threshold.</summary>
    public double DefaultThreshold => cordon.Matcher.DefaultThreshold;

    /// <summary>The threshold used (chosen for this search, or the recommended one).</summary>
    public double Threshold => ChosenThreshold ?? DefaultThreshold;

    /// <summary>The list versions screened against (those in force; after a screening, those of the index it used).</summary>
    public IReadOnlyList<Cordon.Lists.ListVersionInfo> Versions { get; private set; } = [];

    /// <summary>This organisation's recent batches.</summary>
    public IReadOnlyList<Cordon.Storage.ScreeningBatch> Jobs { get; private set; } = [];

    /// <summary>True when a running batch's instance stopped reporting.</summary>
    public bool GoneSilent(Cordon.Storage.ScreeningBatch batch) => jobs.HasGoneSilent(batch);

    /// <summary>Lowest threshold an analyst may choose: under it nearly every name matches something.</summary>
    public const double MinThreshold = 0.5;

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

        if (ChosenThreshold is { } chosen && (double.IsNaN(chosen) || chosen is < MinThreshold or > 1))
        {
            ErrorMessage = $"Cannot screen: the threshold must be between {MinThreshold:0.00} and 1.00.";
            return;
        }

        var catalog = await cordon.Catalog.GetIndexAsync(cancellationToken);
        Versions = catalog.Versions;
        Result = ThresholdScreening.Screen(catalog.Index, subject, 10, Threshold);
        await AuditAsync(AuditActions.Screening, details: new { matches = Result.Matches.Count, belowThreshold = Result.BelowThreshold.Count, threshold = Threshold }, cancellationToken: cancellationToken);
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

    /// <summary>A hit as a card, with the version of its list that was searched.</summary>
    public MatchCard Card(ScreeningMatch match, string domId) =>
        new(match, Versions.FirstOrDefault(v => v.ListId == match.Entity.ListId), domId, CanWork);

    /// <summary>A list version in words: name, version, publication and import dates, size.</summary>
    public static string Describe(Cordon.Lists.ListVersionInfo version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var published = version.PublishedAt is { } at ? "published " + at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "publication date not stated in its files";
        return $"{version.ListName}: version {version.Id}, {published}, imported {version.ImportedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC, {version.EntityCount:N0} entries";
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = (await lists.GetListsAsync(cancellationToken)).Select(l => l.Current).ToList();
        Jobs = await cordon.Store.GetScreeningBatchesAsync(OrganisationId, BatchScreeningJobs.RecentShown, cancellationToken);
    }
}
