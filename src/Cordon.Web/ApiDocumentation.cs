using Cordon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cordon.Web;

/// <summary>
/// What the OpenAPI document says beyond the endpoints themselves: how to authenticate (the three security schemes Cordon
/// accepts, declared on every operation that needs one) and the answers every protected operation may give (401, 403).
/// </summary>
public static class ApiDocumentation
{
    /// <summary>Name of the API-key scheme in the document.</summary>
    public const string ApiKeyScheme = "apiKey";

    /// <summary>Name of the HTTP Basic scheme in the document.</summary>
    public const string BasicScheme = "basic";

    /// <summary>Name of the session-cookie scheme in the document.</summary>
    public const string SessionScheme = "session";

    /// <summary>Adds the transformers to the document's options.</summary>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Cordon API";
            document.Info.Description =
                "Sanctions screening, list versions, watch-list alerts, applicant assessments, cases, networks and the STIX/TAXII sharing hub. "
                + "Every call but signing in and this document needs credentials: an API key (`Authorization: Bearer cordon_…`, made with "
                + "`cordon keys create` or `POST /api/keys`), HTTP Basic with a user's own name and password, or the session cookie that "
                + "`POST /api/session` sets. Data belongs to the caller's organisation; another organisation's ids answer 404. Errors are "
                + "`application/problem+json` (RFC 9457) with a `detail` saying what to change.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "cordon_…",
                Description = "An API key of a user: `Authorization: Bearer cordon_…`. Made by an admin (`POST /api/keys`) or `cordon keys create`; it carries its user's role and organisation.",
            };
            document.Components.SecuritySchemes[BasicScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "basic",
                Description = "A user's own name and password, checked as a sign-in is (rate limited, locked out after repeated failures).",
            };
            document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = CordonSecurity.CookieName,
                Description = "The session cookie set by `POST /api/session` or the sign-in page. Calls that change state with it must come from Cordon's own pages and send JSON (cross-site requests are refused); programs use an API key.",
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                return Task.CompletedTask;
            }

            operation.Security ??= [];
            foreach (var scheme in new[] { ApiKeyScheme, BasicScheme, SessionScheme })
            {
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
            }

            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No credentials, or credentials that are not valid (unknown, revoked or expired key; wrong password; ended session)." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The caller's role does not allow this operation, or a cross-site call with the session cookie was refused." });
            return Task.CompletedTask;
        });
    }
}
