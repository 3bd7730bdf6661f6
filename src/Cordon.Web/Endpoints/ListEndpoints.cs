using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Lists;
using Cordon.Screening;
using Cordon.Web.Operations;
using Cordon.Web.Security;
using Cordon.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Cordon.Web.Endpoints;

/// <summary>Lists, their stored versions, their entries and the differences between versions.</summary>
public static class ListEndpoints
{
    /// <summary>Largest page of entries returned at once.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Maps the list endpoints under <c>/api/lists</c> and <c>/api/versions</c>.</summary>
    public static void MapListEndpoints(this IEndpointRouteBuilder app)
    {
        var lists = app.MapGroup("/api/lists").WithTags("Lists");
        lists.MapGet("/", async (IListStore listStore, CancellationToken ct) =>
                Results.Ok(await listStore.GetListsAsync(ct)))
            .WithSummary("Every stored list with the version in force.");

        lists.MapPost("/import", async (bool? acceptIncomplete, HttpContext context, CordonServices cordon, ListLoader loader, AuditLog audit, CancellationToken ct) =>
            {
                if (!context.Request.HasFormContentType)
                {
                    return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the list file(s) as multipart/form-data (curl -F files=@sdn.csv …).");
                }

                try
                {
                    context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = ListUploads.MaxUploadBytes }));
                    var form = await context.Request.ReadFormAsync(ct);
                    if (form.Files.Count == 0)
                    {
                        return Problem(StatusCodes.Status400BadRequest, "No file was sent: send the list file(s) as multipart/form-data.");
                    }

                    var sources = await ListUploads.ReadAsync(form.Files, ct);
                    var (outcome, warnings) = await PlatformListImport.ImportAsync(cordon, audit, context.Actor(), [.. sources.Select(f => f.Name)], () => loader.Load(sources), acceptIncomplete == true, ct);
                    return Results.Ok(new ListImportResponse(
                        [.. outcome.Lists.Select(l => new ListImportResponse.Imported(l.Version, l.Unchanged))],
                        outcome.Alerts.Count,
                        warnings));
                }
                catch (Exception e) when (e is ListFormatException or InvalidDataException or ArgumentException)
                {
                    return Problem(StatusCodes.Status400BadRequest, "Nothing was imported: " + e.Message);
                }
            })
            .RequireAuthorization(CordonPolicies.Operator)
            .WithRequestBodyLimit(ListUploads.MaxUploadBytes)
            .DisableAntiforgery()
            .WithSummary("Imports list files as new versions in force for every organisation (platform operators only; audited for all). A list read from part of its set (OFAC's sdn.csv alone) is refused, naming the missing files, unless ?acceptIncomplete=true.");

        lists.MapGet("/{listId}/versions", async (string listId, IListStore listStore, CancellationToken ct) =>
            {
                var versions = await listStore.GetListVersionsAsync(listId, ct);
                return versions.Count == 0 ? NoSuchList(listId) : Results.Ok(versions);
            })
            .WithSummary("The stored versions of one list, newest first.");

        lists.MapGet("/{listId}/entities/{sourceId}", async (string listId, string sourceId, IListStore listStore, CancellationToken ct) =>
            {
                var current = (await listStore.GetListsAsync(ct)).FirstOrDefault(l => l.ListId == listId);
                if (current is null)
                {
                    return NoSuchList(listId);
                }

                var entity = await listStore.GetEntityAsync(current.Current.Id, sourceId, ct);
                return entity is null
                    ? Problem(StatusCodes.Status404NotFound, $"List '{listId}' has no entry '{sourceId}' in its version in force ({current.Current.Id}).")
                    : Results.Ok(entity);
            })
            .WithSummary("One entry of the version in force, with every field and its source record.");

        lists.MapGet("/{listId}/diff", async (string listId, long? from, long? to, IListStore listStore, CancellationToken ct) =>
            {
                try
                {
                    var (older, newer) = await VersionComparison.ResolveAsync(listStore, listId, from, to, ct);
                    return Results.Ok(DiffResponse.Of(await VersionComparison.CompareAsync(listStore, older, newer, ct)));
                }
                catch (NotFoundException e)
                {
                    return Problem(StatusCodes.Status404NotFound, e.Message);
                }
                catch (ArgumentException e)
                {
                    return Problem(StatusCodes.Status400BadRequest, e.Message);
                }
            })
            .WithSummary("Entries added, removed and changed between two versions (default: the two newest).");

        var versionsGroup = app.MapGroup("/api/versions").WithTags("Lists");
        versionsGroup.MapGet("/{versionId:long}", async (long versionId, IListStore listStore, CancellationToken ct) =>
            {
                var version = await listStore.GetListVersionAsync(versionId, ct);
                return version is null ? NoSuchVersion(versionId) : Results.Ok(version);
            })
            .WithSummary("One stored list version.");

        versionsGroup.MapGet("/{versionId:long}/entities", async (long versionId, int? offset, int? limit, string? q, IListStore listStore, CancellationToken ct) =>
            {
                if (await listStore.GetListVersionAsync(versionId, ct) is null)
                {
                    return NoSuchVersion(versionId);
                }

                var take = Math.Clamp(limit ?? 100, 1, MaxPageSize);
                var skip = Math.Max(offset ?? 0, 0);
                var page = await listStore.GetEntityPageAsync(versionId, skip, take, q, ct);
                return Results.Ok(new EntityPage(page.Total, skip, page.Items.Select(EntitySummary.From).ToList()));
            })
            .WithSummary("A page of a version's entries (summaries), optionally filtered by name.");

        versionsGroup.MapGet("/{versionId:long}/entities/{sourceId}", async (long versionId, string sourceId, IListStore listStore, CancellationToken ct) =>
            {
                var entity = await listStore.GetEntityAsync(versionId, sourceId, ct);
                return entity is null
                    ? Problem(StatusCodes.Status404NotFound, $"Version {versionId} has no entry '{sourceId}'.")
                    : Results.Ok(entity);
            })
            .WithSummary("One entry of one version, with every field and its source record.");
    }

    internal static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    private static IResult NoSuchList(string listId) => Problem(StatusCodes.Status404NotFound, $"No list '{listId}' is stored.");

    private static IResult NoSuchVersion(long versionId) => Problem(StatusCodes.Status404NotFound, $"No list version {versionId} is stored.");
}
