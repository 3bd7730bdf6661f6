using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Endpoints;
using Cordon.Web.ListSources;
using Cordon.Web.Security;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Pages.Lists;

/// <summary>Sanctions list versions, importing a new version, and the difference between two versions.</summary>
public sealed class IndexModel(CordonServices cordon, IListStore listStore, ListLoader loader, ListSourceService sources) : WorkspacePageModel
{
    /// <summary>Largest total upload, in bytes (the largest official files are a few tens of MB).</summary>
    public const long MaxUploadBytes = Endpoints.ListUploads.MaxUploadBytes;

    /// <summary>Every list with its version in force.</summary>
    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<ListVersionInfo> Versions { get; private set; } = [];

    /// <summary>Where lists are downloaded from, with each source's last check, last change, next run and error.</summary>
    public IReadOnlyList<ListSource> Sources { get; private set; } = [];

    /// <summary>The compared versions' difference, when asked.</summary>
    public VersionDifference? Difference { get; private set; }

    /// <summary>Older version to compare.</summary>
    [BindProperty(SupportsGet = true)]
    public long? From { get; set; }

    /// <summary>Newer version to compare.</summary>
    [BindProperty(SupportsGet = true)]
    public long? To { get; set; }

    /// <summary>Shows versions, and the difference when two versions are named.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (From is null && To is null)
        {
            return;
        }

        try
        {
            var (older, newer) = await VersionComparison.ResolveAsync(listStore, null, From, To, cancellationToken);
            Difference = await VersionComparison.CompareAsync(listStore, older, newer, cancellationToken);
        }
        catch (Exception e) when (e is NotFoundException or ArgumentException)
        {
            ErrorMessage = e.Message;
        }
    }

    /// <summary>True when the caller may import lists: the platform operator only, since every organisation screens against them.</summary>
    public bool MayImport => User.IsInRole(CordonRoles.Operator);

    /// <summary>Imports uploaded list files (one list, possibly several files such as the OFAC CSV set) as a new version.</summary>
    /// <remarks>Not an organisation's work (the page model's rule for writers): only the platform operator may do it.</remarks>
    [ReviewersMay]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> OnPostImportAsync(List<IFormFile> files, bool acceptIncomplete, CancellationToken cancellationToken)
    {
        if (!MayImport)
        {
            return Forbid();
        }

        if (files.Count == 0)
        {
            ErrorMessage = "Choose the list file(s) to import.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            var sources = await ListUploads.ReadAsync(files, cancellationToken);
            var (outcome, _) = await PlatformListImport.ImportAsync(
                cordon,
                HttpContext.RequestServices.GetRequiredService<AuditLog>(),
                HttpContext.Actor(),
                [.. sources.Select(f => f.Name)],
                () => loader.Load(sources),
                acceptIncomplete,
                cancellationToken);
            Flash = PlatformListImport.Describe(outcome);
            return RedirectToPage();
        }
        catch (Exception e) when (e is ListFormatException or ArgumentException or InvalidDataException or IOException)
        {
            ErrorMessage = "Nothing was imported: " + e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>Checks one source now ("Check now"): downloads it and imports it if it changed, as the schedule would.</summary>
    /// <remarks>Platform work like an import: only the platform operator may do it.</remarks>
    [ReviewersMay]
    public async Task<IActionResult> OnPostCheckAsync(string name, CancellationToken cancellationToken)
    {
        if (!MayImport)
        {
            return Forbid();
        }

        try
        {
            var result = await sources.CheckAsync(HttpContext.Actor(), name ?? string.Empty, cancellationToken);
            if (result.Outcome == ListSourceOutcomes.Failed)
            {
                ErrorMessage = result.Message;
                await LoadAsync(cancellationToken);
                return Page();
            }

            Flash = result.Message;
            return RedirectToPage();
        }
        catch (Exception e) when (e is NotFoundException or ListSourceBusyException)
        {
            ErrorMessage = e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sources = await sources.GetSourcesAsync(cancellationToken);
        Lists = await listStore.GetListsAsync(cancellationToken);
        Versions = await listStore.GetListVersionsAsync(null, cancellationToken);
    }
}
