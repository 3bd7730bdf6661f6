using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Web.Workspace;

/// <summary>The analysts' web workspace: server-rendered Razor Pages over Cordon's services.</summary>
public static class WorkspaceSetup
{
    /// <summary>Registers the pages and the services they use.</summary>
    public static void AddWorkspace(this WebApplicationBuilder builder, CordonServices services)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(services);
        builder.Services.AddSingleton(new CaseService(services.Store, services.Time));
        builder.Services.AddSingleton(provider => new BatchScreeningJobs(services.Store, services.Catalog, services.Time, provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BatchScreeningJobs>>()));
        builder.Services
            .AddRazorPages(options =>
            {
                // Every page needs a signed-in user of an organisation, except signing in itself.
                options.Conventions.AuthorizeFolder("/", CordonPolicies.Read);
                options.Conventions.AllowAnonymousToPage("/SignIn");
                options.Conventions.AuthorizeFolder("/Audit", CordonPolicies.Admin);
                options.Conventions.AuthorizeFolder("/Risk", CordonPolicies.Admin);
            })
            .AddApplicationPart(typeof(WorkspaceSetup).Assembly);
    }

    /// <summary>Maps the pages and the workspace's static files (<c>/assets/…</c>).</summary>
    public static void MapWorkspace(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            // Pages hold personal data: never cached, never framed, no referrer leaking record ids.
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                var headers = context.Response.Headers;
                headers["X-Content-Type-Options"] = "nosniff";
                headers["X-Frame-Options"] = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
                if (!context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
                {
                    // The exact values anti-forgery sets itself, so that it need not override (and log) them.
                    headers.CacheControl = "no-cache, no-store";
                    headers.Pragma = "no-cache";
                }
            }

            await next(context);
        });
        app.MapRazorPages();
        var assembly = typeof(WorkspaceSetup).Assembly;
        app.MapGet("/assets/{file}", (string file) =>
        {
            var stream = file.Contains("..", StringComparison.Ordinal) || file.Contains('/', StringComparison.Ordinal)
                ? null
                : assembly.GetManifestResourceStream("wwwroot/" + file);
            if (stream is null)
            {
                return Results.NotFound();
            }

            var type = Path.GetExtension(file) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            return Results.Stream(stream, type);
        }).ExcludeFromDescription().AllowAnonymous();
    }
}
