using System.Security.Claims;
using Cordon.Accounts;
using Cordon.Core.Access;
using Microsoft.AspNetCore.Http;

namespace Cordon.Web.Security;

/// <summary>The signed-in caller of a request, as endpoints need it.</summary>
public static class Caller
{
    /// <summary>
    /// The caller's organisation id. Endpoints behind any Cordon policy always have one; elsewhere this throws rather than
    /// fall back to some organisation.
    /// </summary>
    /// <exception cref="InvalidOperationException">The request is not authenticated.</exception>
    public static string Organisation(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.OrganisationId() ?? throw new InvalidOperationException("The request has no signed-in caller; put the endpoint behind a Cordon policy.");
    }

    /// <summary>The caller as the audit log and the account service see it (organisation, user, key, network address).</summary>
    public static Actor Actor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var remote = context.Connection.RemoteIpAddress?.ToString();
        return user.OrganisationId() is null
            ? Accounts.Actor.Anonymous(remote)
            : new Actor(user.OrganisationId(), user.UserId(), user.FindFirst(CordonClaims.UserName)?.Value, user.FindFirst(CordonClaims.ApiKey)?.Value, remote);
    }

    /// <summary>The caller's role (one of <see cref="CordonRoles"/>), or null.</summary>
    public static string? Role(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirst(ClaimTypes.Role)?.Value;
    }
}
