namespace Cordon.Core.Access;

/// <summary>
/// Names of the authorization policies the server registers, to put on endpoints (<c>RequireAuthorization(CordonPolicies.Write)</c>).
/// Every endpoint without a policy of its own gets <see cref="Read"/>; open endpoints say so with <c>AllowAnonymous</c>.
/// </summary>
public static class CordonPolicies
{
    /// <summary>Any signed-in caller of an organisation, whatever the role: reading its data.</summary>
    public const string Read = "cordon.read";

    /// <summary>Admins, analysts and API clients: changing data (storing assessments, watch subjects, sharing).</summary>
    public const string Write = "cordon.write";

    /// <summary>Admins of the caller's organisation: users, keys, audit log.</summary>
    public const string Admin = "cordon.admin";

    /// <summary>Platform operators: changing the data every organisation shares (importing sanctions lists).</summary>
    public const string Operator = "cordon.operator";
}
