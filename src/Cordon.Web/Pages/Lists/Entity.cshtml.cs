using Cordon.Core;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Cordon.Lists;

namespace Cordon.Web.Pages.Lists;

/// <summary>
/// One listed entry as the version in force has it, every field, with the stored versions of its list it appears in:
/// what an analyst checks before deciding whether a hit is the person in front of them.
/// </summary>
public sealed class EntityModel(IListStore lists) : WorkspacePageModel
{
    /// <summary>Most stored versions looked through for the entry's history.</summary>
    public const int MaxVersions = 50;

    /// <summary>The entry in the version shown.</summary>
    public ListedEntity Entity { get; private set; } = null!;

    /// <summary>The version shown (the one in force unless another is asked for).</summary>
    public ListVersionInfo Version { get; private set; } = null!;

    /// <summary>The stored versions of the list, newest first, each with whether the entry is in it.</summary>
    public IReadOnlyList<(ListVersionInfo Version, bool Present)> Appearances { get; private set; } = [];

    /// <summary>Shows the entry.</summary>
    /// <param name="listId">The list.</param>
    /// <param name="sourceId">The entry's id in its list.</param>
    /// <param name="version">A stored version to show instead of the one in force.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnGetAsync(string listId, string sourceId, long? version, CancellationToken cancellationToken)
    {
        var versions = (await lists.GetListVersionsAsync(listId, cancellationToken)).Take(MaxVersions).ToList();
        var shown = version is { } id ? versions.FirstOrDefault(v => v.Id == id) : versions.FirstOrDefault(v => v.IsCurrent);
        if (shown is null || await lists.GetEntityAsync(shown.Id, sourceId, cancellationToken) is not { } entity)
        {
            return NotFound();
        }

        Entity = entity;
        Version = shown;
        var appearances = new List<(ListVersionInfo, bool)>(versions.Count);
        foreach (var v in versions)
        {
            appearances.Add((v, v.Id == shown.Id || await lists.GetEntityAsync(v.Id, sourceId, cancellationToken) is not null));
        }

        Appearances = appearances;
        return Page();
    }

    /// <summary>An address on one line.</summary>
    public static string Describe(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return string.Join(", ", new[] { address.Street, address.City, address.Region, address.PostalCode, address.Country, address.Note }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
