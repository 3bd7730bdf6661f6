using System.Security.Claims;
using Cordon.Core.Access;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Web.Security;

/// <summary>Builds the principal every way in produces, with the claims of <see cref="CordonClaims"/> (and, for users, their security stamp).</summary>
public static class CordonPrincipals
{
    /// <summary>Claim type holding the user's security stamp when the session began (a session cookie is valid only while it matches).</summary>
    public const string SecurityStampClaim = "cordon:security-stamp";

    /// <summary>A signed-in user (cookie or HTTP Basic with a password), with the security stamp the session is bound to.</summary>
    public static ClaimsPrincipal ForUser(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var principal = Principal(scheme, user.OrganisationId, user.Id, user.UserName, user.Role, null);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SecurityStampClaim, user.SecurityStamp));
        return principal;
    }

    /// <summary>A caller with an API key: the key's role (never more than its user's) and id.</summary>
    public static ClaimsPrincipal ForApiKey(ApiKeyRecord key, UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(user);
        return Principal(scheme, key.OrganisationId, user.Id, user.UserName, key.Role, key.Id);
    }

    private static ClaimsPrincipal Principal(string scheme, string organisationId, string userId, string userName, string role, string? apiKeyId)
    {
        var claims = new List<Claim>
        {
            new(CordonClaims.Organisation, organisationId),
            new(CordonClaims.User, userId),
            new(CordonClaims.UserName, userName),
            new(ClaimTypes.Role, role),
        };
        if (apiKeyId is not null)
        {
            claims.Add(new Claim(CordonClaims.ApiKey, apiKeyId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, CordonClaims.UserName, ClaimTypes.Role));
    }
}
