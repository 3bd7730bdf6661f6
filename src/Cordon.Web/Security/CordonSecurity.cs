using Cordon.Accounts;
using Cordon.Core.Access;
using Cordon.Screening;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Cordon.Web.Operations;

namespace Cordon.Web.Security;

/// <summary>
/// Wires authentication and authorization: a session cookie for browsers, API keys and HTTP Basic for programs, one policy
/// scheme choosing between them by the <c>Authorization</c> header, and role policies. Every endpoint requires a signed-in
/// caller unless it says <c>AllowAnonymous</c>.
/// </summary>
public static class CordonSecurity
{
    /// <summary>Name of the session cookie.</summary>
    public const string CookieName = "cordon.session";

    /// <summary>Where browsers are sent to sign in (the workspace serves it).</summary>
    public const string SignInPath = "/sign-in";

    /// <summary>Registers the account services, schemes, policies and anti-forgery.</summary>
    public static IServiceCollection AddCordonSecurity(this IServiceCollection services, CordonServices cordon, AccountOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cordon);

        // The limits come from the operations options (configuration), read when the service is first needed.
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<OperationsOptions>>().Value;
            var throttle = new SignInThrottle(settings.SignInAttemptsPerMinute, settings.SignInFailuresPerAccountPerMinute, settings.RateLimitWindow, cordon.Time);
            var cache = settings.VerifiedPasswordCacheSeconds > 0
                ? new VerifiedPasswordCache(TimeSpan.FromSeconds(settings.VerifiedPasswordCacheSeconds), time: cordon.Time)
                : null;
            return new AccountService(cordon.Store, cordon.Store, cordon.Time, options, throttle, cache);
        });
        services.AddSingleton(provider => provider.GetRequiredService<AccountService>().Audit);
        services.AddAntiforgery();

        // One key ring for every instance, whatever machine or folder each runs from.
        services.AddDataProtection().SetApplicationName("Cordon");
        services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new DatabaseKeyRing(cordon.Store));

        services.AddAuthentication(CordonSchemes.Default)
            .AddPolicyScheme(CordonSchemes.Default, "Cookie or API credentials", policy =>
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.Count > 0 ? CordonSchemes.Api : CordonSchemes.Cookie)
            .AddScheme<ApiAuthenticationOptions, ApiAuthenticationHandler>(CordonSchemes.Api, null)
            .AddCookie(CordonSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInPath;
                cookie.AccessDeniedPath = SignInPath;
                cookie.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateSessionAsync,
                    OnRedirectToLogin = context => IsApiRequest(context.Request) ? Challenge(context.Response) : Redirect(context),
                    OnRedirectToAccessDenied = context =>
                    {
                        if (!IsApiRequest(context.Request))
                        {
                            return Redirect(context);
                        }

                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    },
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(CordonPolicies.Read, SignedIn(CordonRoles.All))
            .AddPolicy(CordonPolicies.Write, SignedIn([CordonRoles.Admin, CordonRoles.Analyst, CordonRoles.ApiClient]))
            .AddPolicy(CordonPolicies.Admin, SignedIn([CordonRoles.Admin]))
            .AddPolicy(CordonPolicies.Operator, SignedIn([CordonRoles.Operator]))
            .SetFallbackPolicy(SignedIn(CordonRoles.All));
        return services;
    }

    /// <summary>
    /// Adds authentication, the forgery check of cookie-authenticated API calls (<see cref="CookieRequestForgery"/>) and
    /// authorization to the pipeline (after routing, before the endpoints).
    /// </summary>
    public static WebApplication UseCordonSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseMiddleware<CookieRequestForgery>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Requests that get status codes rather than redirects: the REST API, TAXII, and anything not asking for HTML.</summary>
    public static bool IsApiRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase)
            || !request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static AuthorizationPolicy SignedIn(IReadOnlyList<string> roles) =>
        new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(CordonClaims.Organisation)
            .RequireRole(roles)
            .Build();

    private static Task Challenge(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = CordonSchemes.Challenges;
        return Task.CompletedTask;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A session ends at once when its user is disabled or deleted, its role or organisation changed, or its security stamp
    /// changed (sign-out, password change or reset, disable): one read of the user by primary key per request, on whichever
    /// instance serves it, so the end is immediate everywhere.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.UserId();
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
        var user = userId is null ? null : await accounts.GetActiveUserAsync(userId, context.HttpContext.RequestAborted);
        if (user is null
            || principal is null
            || !string.Equals(user.OrganisationId, principal.OrganisationId(), StringComparison.Ordinal)
            || !principal.IsInRole(user.Role)
            || user.SecurityStamp.Length == 0
            || !string.Equals(principal.FindFirst(CordonPrincipals.SecurityStampClaim)?.Value, user.SecurityStamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CordonSchemes.Cookie);
        }
    }
}
