using System.Text.Json;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Networks;

/// <summary>
/// Groups of the organisation's assessed records that share identifiers (devices, payout accounts, photos, addresses…),
/// one group drawn as a graph, and the laptop-farm view.
/// </summary>
public sealed class IndexModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>A record whose group to show.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    /// <summary>A group id to show.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    /// <summary>Records linked.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Groups of two or more records, largest first.</summary>
    public IReadOnlyList<NetworkGroup> Groups { get; private set; } = [];

    /// <summary>The group shown, or null.</summary>
    public NetworkGroup? Selected { get; private set; }

    /// <summary>Addresses and IPs shared by several identities.</summary>
    public IReadOnlyList<SharedResource> LaptopFarm { get; private set; } = [];

    /// <summary>The shown group as cytoscape elements (JSON).</summary>
    public string GraphJson { get; private set; } = "[]";

    /// <summary>Links the records and picks the group to show.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The organisation's network as Cordon keeps it: every stored record, linked as it was assessed.
        var engine = await cordon.Assessments.GetEngineAsync(cancellationToken);
        RecordCount = await cordon.Networks.RecordCountAsync(engine, OrganisationId, cancellationToken);
        Groups = [.. (await cordon.Networks.GroupsAsync(engine, OrganisationId, cancellationToken)).Select(g => g.Group)
            .OrderByDescending(g => g.Members.Count).ThenBy(g => g.Id, StringComparer.Ordinal)];
        // Hosting and VPN exits are shared by strangers all the time; only residential-looking IPs point to a laptop farm.
        LaptopFarm = await cordon.Networks.LaptopFarmsAsync(engine, OrganisationId, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Record))
        {
            // A record the organisation never assessed is not found; one it assessed but that links to nobody is said so.
            Selected = (await cordon.Networks.GroupOfAsync(engine, Record.Trim(), OrganisationId, cancellationToken))?.Group;
            if (Selected is null && await cordon.Store.GetAssessmentAsync(OrganisationId, Record.Trim(), cancellationToken) is null)
            {
                return NotFound();
            }

            if (Selected is null)
            {
                ErrorMessage = $"{Record.Trim()} shares no identifier with another assessed record of your organisation.";
            }
        }
        else if (!string.IsNullOrWhiteSpace(Group))
        {
            Selected = Groups.FirstOrDefault(g => g.Id == Group);
            if (Selected is null)
            {
                return NotFound();
            }
        }

        if (Selected is not null)
        {
            await AuditAsync(WorkspaceAuditActions.NetworkView, "network", Selected.Id, new { records = Selected.Members.Count }, cancellationToken);
            GraphJson = JsonSerializer.Serialize(Elements(Selected));
        }

        return Page();
    }

    private static List<object> Elements(NetworkGroup group)
    {
        var elements = new List<object>();
        elements.AddRange(group.Members.Select(m => new { data = new { id = m, label = m } }));

        // One edge per pair and kind, labelled with the shared value, so parallel links stay readable.
        foreach (var (link, i) in group.Links.Select((l, i) => (l, i)))
        {
            elements.Add(new { data = new { id = "e" + i, source = link.RecordA, target = link.RecordB, label = link.Kind + ": " + Shorten(link.Value), strength = (int)link.Strength } });
        }

        return elements;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..39] + "…";
}
