using System.Security.Claims;

namespace Cordon.Core.Access;

/// <summary>
/// The claims every signed-in caller carries, whatever the way in (web session cookie, HTTP Basic, bearer API key).
/// Capabilities decide access from these alone, so they do not depend on how a caller authenticated.
/// </summary>
public static class CordonClaims
{
    /// <summary>Claim type holding the caller's organisation id.</summary>
    public const string Organisation = "cordon:organisation";

    /// <summary>Claim type holding the caller's user id (an API key's owning user for API clients).</summary>
    public const string User = "cordon:user";

    /// <summary>Claim type holding the user name shown in the audit log.</summary>
    public const string UserName = "cordon:user-name";

    /// <summary>Claim type holding the API key id when the caller came in with a key.</summary>
    public const string ApiKey = "cordon:api-key";

    /// <summary>The caller's organisation id, or null for an anonymous caller.</summary>
    public static string? OrganisationId(this ClaimsPrincipal principal) => principal.FindFirst(Organisation)?.Value;

    /// <summary>The caller's user id, or null for an anonymous caller.</summary>
    public static string? UserId(this ClaimsPrincipal principal) => principal.FindFirst(User)?.Value;

    /// <summary>True when the caller holds <paramref name="role"/> (one of <see cref="CordonRoles"/>).</summary>
    public static bool HasRole(this ClaimsPrincipal principal, string role) => principal.IsInRole(role);
}

/// <summary>The roles of Cordon users, carried as <see cref="ClaimTypes.Role"/> claims.</summary>
public static class CordonRoles
{
    /// <summary>Manages the organisation's users, keys and settings; reads the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Screens, assesses, works cases and shares indicators.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads and comments; decides nothing.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>A program calling the REST or TAXII API with a key.</summary>
    public const string ApiClient = "api-client";

    /// <summary>
    /// The platform operator: changes the data every organisation shares (the sanctions lists in force). A user of one
    /// organisation like any other, with a reviewer's rights there; only the command line creates one or grants the role.
    /// </summary>
    public const string Operator = "operator";

    /// <summary>Every role, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Analyst, Reviewer, ApiClient, Operator];
}
