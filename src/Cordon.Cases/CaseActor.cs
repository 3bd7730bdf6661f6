using System.Security.Claims;
using Cordon.Core.Access;

namespace Cordon.Cases;

/// <summary>Who is changing a case: a user of an organisation with roles.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="UserName">The user's name, kept in the case history.</param>
/// <param name="OrganisationId">The user's organisation; only its cases can be touched.</param>
/// <param name="Roles">The user's roles (<see cref="CordonRoles"/>).</param>
public sealed record CaseActor(string UserId, string UserName, string OrganisationId, IReadOnlySet<string> Roles)
{
    /// <summary>True for admins and analysts, who work cases; reviewers only read and comment.</summary>
    public bool CanWork => Roles.Contains(CordonRoles.Admin) || Roles.Contains(CordonRoles.Analyst);

    /// <summary>True for admins, who decide escalated cases.</summary>
    public bool IsAdmin => Roles.Contains(CordonRoles.Admin);

    /// <summary>The actor carried by a signed-in caller's claims, or null when a claim is missing.</summary>
    public static CaseActor? FromClaims(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var user = principal.UserId();
        var organisation = principal.OrganisationId();
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(organisation))
        {
            return null;
        }

        var name = principal.FindFirst(CordonClaims.UserName)?.Value ?? user;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CaseActor(user, name, organisation, roles);
    }
}
