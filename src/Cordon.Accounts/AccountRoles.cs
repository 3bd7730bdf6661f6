using Cordon.Core.Access;

namespace Cordon.Accounts;

/// <summary>How the roles of <see cref="CordonRoles"/> compare, for deciding which roles a user may hand on to a key or another user.</summary>
public static class AccountRoles
{
    /// <summary>
    /// Rank of a role within its organisation: admin 3, analyst and api-client 2 (both may write data), reviewer and
    /// operator 1 (an operator only reads its organisation's data); −1 for an unknown role.
    /// </summary>
    public static int Rank(string role) => role switch
    {
        CordonRoles.Admin => 3,
        CordonRoles.Analyst or CordonRoles.ApiClient => 2,
        CordonRoles.Reviewer or CordonRoles.Operator => 1,
        _ => -1,
    };

    /// <summary>Whether <paramref name="role"/> is one of <see cref="CordonRoles.All"/>.</summary>
    public static bool IsKnown(string? role) => role is not null && CordonRoles.All.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// Whether a holder of <paramref name="holder"/> may grant <paramref name="granted"/> (never more than it has). The
    /// platform role <see cref="CordonRoles.Operator"/> is held only by those the command line made operators (and their keys):
    /// no organisation's admin grants it.
    /// </summary>
    public static bool MayGrant(string holder, string granted) =>
        IsKnown(granted)
        && Rank(granted) <= Rank(holder)
        && (holder == CordonRoles.Admin || granted != CordonRoles.Admin)
        && (holder == CordonRoles.Operator || granted != CordonRoles.Operator);
}
