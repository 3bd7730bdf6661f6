using System.Globalization;
using Cordon.Accounts;
using Cordon.Storage;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Audit;

/// <summary>The organisation's audit log for its admins: filter, page, export.</summary>
public sealed class IndexModel(AuditLog audit) : WorkspacePageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 100;

    /// <summary>From this day (UTC), inclusive.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>To this day (UTC), inclusive.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>User name.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    /// <summary>Action, exact or a prefix ending with <c>.*</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>Target type.</summary>
    [BindProperty(SupportsGet = true)]
    public string? TargetType { get; set; }

    /// <summary>Page cursor.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    /// <summary>The rows shown.</summary>
    public AuditPage Entries { get; private set; } = new([], null);

    /// <summary>The export link with the same filters.</summary>
    public string ExportUrl { get; private set; } = string.Empty;

    /// <summary>The next page's link, or null.</summary>
    public string? NextUrl { get; private set; }

    /// <summary>Shows one page.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var from = From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var to = To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var query = new AuditQuery(OrganisationId, from, to, Blank(UserFilter), Blank(Action), Blank(TargetType), null, PageSize, Before);
        Entries = await audit.QueryAsync(query, cancellationToken);

        var filters = new Dictionary<string, string?>
        {
            ["from"] = from?.ToString("O", CultureInfo.InvariantCulture),
            ["to"] = to?.ToString("O", CultureInfo.InvariantCulture),
            ["user"] = Blank(UserFilter),
            ["action"] = Blank(Action),
            ["targetType"] = Blank(TargetType),
        };
        ExportUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/audit", filters.Where(p => p.Value is not null).Append(new("format", "csv")));
        if (Entries.NextBeforeId is { } next)
        {
            NextUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Audit", new Dictionary<string, string?>
            {
                ["From"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["To"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["user"] = Blank(UserFilter),
                ["Action"] = Blank(Action),
                ["TargetType"] = Blank(TargetType),
                ["Before"] = next.ToString(CultureInfo.InvariantCulture),
            }.Where(p => p.Value is not null));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
