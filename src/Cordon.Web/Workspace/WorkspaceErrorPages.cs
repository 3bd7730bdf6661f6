using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cordon.Web.Workspace;

/// <summary>
/// Errors as a person in a browser should see them: a styled page (<c>Pages/Error.cshtml</c>) for a page request, while
/// the API, TAXII, MISP feeds and operations endpoints keep answering problem+json as their clients expect.
/// </summary>
public static class WorkspaceErrorPages
{
    /// <summary>The error page's address; <c>{0}</c> is the status code.</summary>
    public const string PathFormat = "/error/{0}";

    /// <summary>The property under which ASP.NET Core keeps a WebApplication's route builder for re-executed requests.</summary>
    private const string GlobalRouteBuilderKey = "__GlobalEndpointRouteBuilder";

    /// <summary>The property under which ASP.NET Core keeps how to add routing to a pipeline made for re-execution.</summary>
    private const string UseRoutingKey = "__UseRouting";

    private static readonly string[] MachinePrefixes = ["/api", "/taxii2", "/misp", "/openapi", "/health", "/metrics", "/assets"];

    /// <summary>
    /// True for a request a browser makes to show a page: it accepts HTML and is not addressed to one of the machine
    /// interfaces, whatever it accepts.
    /// </summary>
    public static bool IsPageRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (MachinePrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var accept = context.Request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Shows the error page for a page request that fails (an exception) or ends in an error status with no body; every
    /// other request gets problem+json.
    /// </summary>
    public static void UseCordonErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsPageRequest, pages =>
        {
            // A branch of a WebApplication is made without the application's route builder and before the framework adds
            // its routing, so a re-executed request (now for /error/404) would not be routed again and would end in an
            // empty 404. The framework's own two keys give the branch what the application itself has; ErrorPageTests
            // fails if a new framework version stops reading them.
            pages.Properties[GlobalRouteBuilderKey] = app;
            pages.Properties.TryAdd(UseRoutingKey, (Func<IApplicationBuilder, IApplicationBuilder>)(builder => builder.UseRouting()));
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute(PathFormat);
        });

        // Each branch alone: a problem+json status page further in would write its body before the page could.
        app.UseWhen(context => !IsPageRequest(context), machines =>
        {
            machines.UseExceptionHandler();
            machines.UseStatusCodePages();
        });
    }
}
