using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Lists;

/// <summary>Sanctions list versions, importing a new version, and the difference between two versions.</summary>
public sealed class IndexModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>Largest total upload, in bytes (the largest official files are a few tens of MB).</summary>
    public const long MaxUploadBytes = 200L << 20;

    /// <summary>Every list with its version in force.</summary>
    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<ListVersionInfo> Versions { get; private set; } = [];

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
            var (older, newer) = await VersionComparison.ResolveAsync(cordon.Store, null, From, To, cancellationToken);
            Difference = await VersionComparison.CompareAsync(cordon.Store, older, newer, cancellationToken);
        }
        catch (Exception e) when (e is NotFoundException or ArgumentException)
        {
            ErrorMessage = e.Message;
        }
    }

    /// <summary>Imports uploaded list files (one list, possibly several files such as the OFAC CSV set) as a new version.</summary>
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> OnPostImportAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Core.Access.CordonRoles.Admin))
        {
            return Forbid();
        }

        if (files.Count == 0)
        {
            ErrorMessage = "Choose the list file(s) to import.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var folder = Path.Combine(Path.GetTempPath(), "cordon-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in files)
            {
                var name = Path.GetFileName(file.FileName);
                if (string.IsNullOrEmpty(name) || name.StartsWith('.'))
                {
                    throw new ListFormatException(file.FileName, null, "the file has no usable name");
                }

                await using var target = System.IO.File.Create(Path.Combine(folder, name));
                await file.CopyToAsync(target, cancellationToken);
            }

            var loaded = ListLoader.Default.Load(folder);
            var outcome = await cordon.Importer.ImportAsync(loaded.Snapshots, cancellationToken);
            await AuditAsync(Cordon.Accounts.AuditActions.ListImport, "list", string.Join(",", outcome.Lists.Select(l => l.Version.ListId)), new { versions = outcome.Lists.Where(l => !l.Unchanged).Select(l => l.Version.Id), alerts = outcome.Alerts.Count }, cancellationToken);
            Flash = string.Join("; ", outcome.Lists.Select(l => l.Unchanged
                ? $"{l.Version.ListName}: unchanged (same content as version {l.Version.Id})"
                : $"{l.Version.ListName}: version {l.Version.Id} imported with {l.Version.EntityCount:N0} entries")) + $"; {outcome.Alerts.Count} alert(s) raised.";
            return RedirectToPage();
        }
        catch (Exception e) when (e is ListFormatException or ArgumentException or InvalidDataException or IOException)
        {
            ErrorMessage = "Nothing was imported: " + e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Lists = await cordon.Store.GetListsAsync(cancellationToken);
        Versions = await cordon.Store.GetListVersionsAsync(null, cancellationToken);
    }
}
