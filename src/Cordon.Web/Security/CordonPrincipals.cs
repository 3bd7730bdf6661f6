using System.Security.Claims;
using Cordon.Core.Access;
using Cordon.Storage;

namespace Cordon.Web.Security;

/// <summary>Builds the principal every way in produces, with exactly the claims of <see cref="CordonClaims"/>.</summary>
public static class CordonPrincipals
{
    /// <summary>A signed-in user (cookie or HTTP Basic with a password).</summary>
    public static ClaimsPrincipal ForUser(UserAccount user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Principal(scheme, user.OrganisationId, user.Id, user.UserName, user.Role, null);
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
