using Cordon.Accounts;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Workspace;

/// <summary>What every workspace page knows about its caller: the organisation whose data it may show, and who is acting.</summary>
public abstract class WorkspacePageModel : PageModel
{
    /// <summary>The caller's organisation (the pages' authorisation policy guarantees one).</summary>
    public string OrganisationId => User.OrganisationId() ?? throw new InvalidOperationException("The caller has no organisation claim.");

    /// <summary>The caller as a case actor.</summary>
    public CaseActor Actor => CaseActor.FromClaims(User) ?? throw new InvalidOperationException("The caller has no user or organisation claim.");

    /// <summary>The caller's user name.</summary>
    public string UserName => User.FindFirst(CordonClaims.UserName)?.Value ?? User.UserId() ?? "unknown";

    /// <summary>True when the caller may change things (admins and analysts); reviewers read and comment.</summary>
    public bool CanWork => Actor.CanWork;

    /// <summary>A message shown once after a redirect (post/redirect/get).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Flash { get; set; }

    /// <summary>An error shown on this rendering.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>
    /// Refuses (403) every handler that changes something to callers who may not work (reviewers), before it runs, unless
    /// the handler is marked <see cref="ReviewersMayAttribute"/>: one rule for every page, so that a new form cannot forget it.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod is { } handler
            && !HttpMethods.IsGet(handler.HttpMethod)
            && !HttpMethods.IsHead(handler.HttpMethod)
            && !CanWork
            && !handler.MethodInfo.IsDefined(typeof(ReviewersMayAttribute), inherit: false))
        {
            context.Result = Forbid();
            return;
        }

        await next();
    }

    /// <summary>Records what the caller did in the organisation's audit log (never the screened names themselves).</summary>
    protected Task AuditAsync(string action, string? targetType = null, string? targetId = null, object? details = null, CancellationToken cancellationToken = default) =>
        HttpContext.RequestServices.GetRequiredService<AuditLog>()
            .RecordAsync(HttpContext.Actor(), action, targetType: targetType, targetId: targetId, details: details, cancellationToken: cancellationToken);
}
