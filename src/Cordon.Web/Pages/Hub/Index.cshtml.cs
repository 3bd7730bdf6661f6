using System.Text.Json.Nodes;
using Cordon.Hub;
using Cordon.Stix.Markings;
using Cordon.Stix.Model;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Hub;

/// <summary>
/// The sharing hub as analysts use it: the collections the organisation may read, their indicators and sightings,
/// sharing an indicator with a TLP marking, and revoking one. Every read goes through the hub's access rules.
/// </summary>
public sealed class IndexModel(SharingHub hub) : WorkspacePageModel
{
    /// <summary>TLP levels offered when sharing: the stored level name, the marking-definition id, and who may read.</summary>
    public static readonly IReadOnlyList<(string Name, string Marking, string Meaning)> Tlp = Enum.GetValues<TlpLevel>()
        .Select(level => (HubMarkings.StoredLevelOf(level), TlpMarkings.IdOf(level), level switch
        {
            TlpLevel.Clear => "anyone",
            TlpLevel.Green => "the community",
            TlpLevel.Amber => "member organisations of the sharing community",
            TlpLevel.AmberStrict => "your organisation only",
            _ => "your organisation only, named recipients",
        }))
        .ToArray();

    /// <summary>Observable kinds offered when sharing, with their STIX pattern object path.</summary>
    public static readonly IReadOnlyList<(string Name, string Path)> Kinds =
    [
        ("e-mail address", "email-addr:value"),
        ("domain", "domain-name:value"),
        ("IPv4 address", "ipv4-addr:value"),
        ("IPv6 address", "ipv6-addr:value"),
        ("URL", "url:value"),
        ("cryptocurrency wallet", "cryptocurrency-wallet:value"),
        ("IBAN", "bank-account:iban"),
        ("phone number", "phone-number:value"),
    ];

    /// <summary>API root name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Root { get; set; }

    /// <summary>Collection id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Collection { get; set; }

    /// <summary>Collections the organisation may read, by API root.</summary>
    public IReadOnlyList<(HubApiRoot Root, TaxiiCollectionView View)> Collections { get; private set; } = [];

    /// <summary>The selected collection.</summary>
    public TaxiiCollectionView? Selected { get; private set; }

    /// <summary>Its indicators (newest version of each).</summary>
    public IReadOnlyList<(HubStoredObject Stored, JsonObject Object)> Indicators { get; private set; } = [];

    /// <summary>Its sightings.</summary>
    public IReadOnlyList<(HubStoredObject Stored, JsonObject Object)> Sightings { get; private set; } = [];

    /// <summary>Lists collections and the selected one's content.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Shares an indicator in the selected collection.</summary>
    public async Task<IActionResult> OnPostShareAsync(string? kind, string? value, string? name, string? tlp, int? validDays, CancellationToken cancellationToken)
    {
        var chosen = Kinds.FirstOrDefault(k => k.Path == kind);
        var path = chosen.Path;
        var marking = Tlp.FirstOrDefault(t => t.Name == tlp).Marking;
        var given = value?.Trim() ?? string.Empty;
        if (path is null || marking is null || given.Length is 0 or > 2048 || given.Any(char.IsControl))
        {
            return await FailAsync("Choose a kind and a TLP level, and give a value (at most 2,048 characters, no control characters).", cancellationToken);
        }

        if (HubCaller.From(User) is not { } caller || Root is null || Collection is null)
        {
            return NotFound();
        }

        try
        {
            var shared = await hub.ShareIndicatorAsync(caller, Root, Collection, path, given, name, marking, validDays is > 0 and <= 3650 ? TimeSpan.FromDays(validDays.Value) : null, cancellationToken);
            await AuditAsync("hub.share", "stix-object", shared["id"]!.GetValue<string>(), new { collection = Collection }, cancellationToken);
            Flash = "Indicator shared as TLP:" + tlp!.ToUpperInvariant() + ".";
            return RedirectToPage(new { Root, Collection });
        }
        catch (TaxiiException e) when (e.HttpStatus is 403 or 404)
        {
            return NotFound();
        }
        catch (TaxiiException e) when (e.HttpStatus == 422)
        {
            return await FailAsync($"Not shared: as {chosen.Name}, {e.Description}", cancellationToken);
        }
        catch (TaxiiException e)
        {
            return await FailAsync("Not shared: " + e.Description, cancellationToken);
        }
    }

    /// <summary>The indicator waiting for the caller to confirm its revocation, or null.</summary>
    public (HubStoredObject Stored, JsonObject Object)? RevokePending { get; private set; }

    /// <summary>
    /// Revokes one of the organisation's own indicators: a new version with <c>revoked: true</c>, which every reader sees.
    /// Partners cannot be made to forget a revocation, so the first post only asks for confirmation (<paramref name="confirm"/>).
    /// </summary>
    public async Task<IActionResult> OnPostRevokeAsync(string? objectId, bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || string.IsNullOrEmpty(objectId))
        {
            return NotFound();
        }

        var current = Indicators.FirstOrDefault(i => i.Stored.ObjectId == objectId);
        if (current.Object is null || current.Stored.OwnerOrganisation != OrganisationId)
        {
            return NotFound();
        }

        if (current.Stored.Revoked)
        {
            return await FailAsync("That indicator is already revoked.", cancellationToken);
        }

        if (!confirm)
        {
            RevokePending = current;
            return Page();
        }

        if (HubCaller.From(User) is not { } caller || Root is null || Collection is null)
        {
            return NotFound();
        }

        try
        {
            await hub.RevokeIndicatorAsync(caller, Root, Collection, objectId, cancellationToken);
            await AuditAsync("hub.revoke", "stix-object", objectId, new { collection = Collection }, cancellationToken);
            Flash = "Indicator revoked: readers see the revoked version on their next poll.";
            return RedirectToPage(new { Root, Collection });
        }
        catch (TaxiiException e) when (e.HttpStatus is 403 or 404)
        {
            return NotFound();
        }
        catch (TaxiiException e)
        {
            return await FailAsync(e.Description, cancellationToken);
        }
    }

    private async Task<IActionResult> FailAsync(string message, CancellationToken cancellationToken)
    {
        ErrorMessage = message;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (HubCaller.From(User) is not { } caller)
        {
            return false;
        }

        var collections = new List<(HubApiRoot, TaxiiCollectionView)>();
        foreach (var root in await hub.GetApiRootsAsync(cancellationToken))
        {
            collections.AddRange((await hub.GetCollectionsAsync(caller, root.Name, cancellationToken)).Where(v => v.CanRead).Select(v => (root, v)));
        }

        Collections = collections;
        if (Root is null || Collection is null)
        {
            return true;
        }

        Selected = Collections.FirstOrDefault(c => c.Root.Name == Root && c.View.Collection.Id == Collection).View;
        if (Selected is null)
        {
            return false;
        }

        var latest = new HubVersionFilter(false, true, false, []);
        Indicators = await ReadAsync(caller, new TaxiiFilter(null, 200, null, null, ["indicator"], latest, null), cancellationToken);
        Sightings = await ReadAsync(caller, new TaxiiFilter(null, 200, null, null, ["sighting"], latest, null), cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<(HubStoredObject, JsonObject)>> ReadAsync(HubCaller caller, TaxiiFilter filter, CancellationToken cancellationToken)
    {
        var page = await hub.GetObjectsAsync(caller, Root!, Collection!, filter, cancellationToken);
        var result = new List<(HubStoredObject, JsonObject)>();
        foreach (var stored in page.Objects.OrderByDescending(o => o.DateAdded))
        {
            if (stored.Json is not null && JsonNode.Parse(stored.Json) is JsonObject json)
            {
                result.Add((stored, json));
            }
        }

        return result;
    }

    /// <summary>A string property of a STIX object, or empty.</summary>
    public static string Text(JsonObject stix, string property) =>
        stix.TryGetPropertyValue(property, out var node) && node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? string.Empty;
}
