using System.Security.Claims;
using Cordon.Core.Access;

namespace Cordon.Hub;

/// <summary>Who is calling the hub, from the claims every authenticated Cordon caller carries.</summary>
/// <param name="OrganisationId">The caller's organisation: the unit of ownership and of access.</param>
/// <param name="UserId">The caller's user (for the record).</param>
/// <param name="MayWrite">False for reviewers, who read only.</param>
public sealed record HubCaller(string OrganisationId, string? UserId, bool MayWrite)
{
    /// <summary>The caller behind <paramref name="principal"/>, or null when it carries no organisation.</summary>
    public static HubCaller? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || string.IsNullOrWhiteSpace(principal.OrganisationId()))
        {
            return null;
        }

        var writes = principal.HasRole(CordonRoles.Admin) || principal.HasRole(CordonRoles.Analyst) || principal.HasRole(CordonRoles.ApiClient);
        return new HubCaller(principal.OrganisationId()!, principal.UserId(), writes);
    }
}
