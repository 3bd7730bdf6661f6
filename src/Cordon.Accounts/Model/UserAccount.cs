namespace Cordon.Accounts;

/// <summary>A person (or service account) who signs in to Cordon, as stored.</summary>
/// <param name="Id">Store identifier (random, never reused).</param>
/// <param name="OrganisationId">The organisation the user belongs to; the user sees only its data.</param>
/// <param name="UserName">Sign-in name, lower-case, unique across all organisations.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="Role">One of the roles in <c>Cordon.Core.Access.CordonRoles</c>.</param>
/// <param name="PasswordHash">The password hash in the hasher's self-describing format; never the password.</param>
/// <param name="FailedAttempts">Failed sign-ins since the last successful one, from any address (shown to administrators).</param>
/// <param name="LockedUntil">
/// Kept from the account-wide lock-out of earlier versions; sign-in no longer reads it (lock-outs are per user name and client
/// address, see <c>IAccountStore.RecordFailedSignInAsync</c>) and new versions leave it null.
/// </param>
/// <param name="Disabled">True when the account may no longer sign in nor use its keys.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="LastSignInAt">When it last signed in successfully.</param>
public sealed record UserAccount(
    string Id,
    string OrganisationId,
    string UserName,
    string DisplayName,
    string Role,
    string PasswordHash,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    bool Disabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt)
{
    /// <summary>The longest display name accepted (<see cref="Cordon.Core.Access.DisplayNames.MaxLength"/>).</summary>
    public const int MaxDisplayNameLength = Cordon.Core.Access.DisplayNames.MaxLength;

    /// <summary>
    /// A random value that changes whenever the user's sessions must end (sign-out, password change or reset, disable, role
    /// change). Session cookies and cached HTTP Basic checks carry the stamp they were issued with and are refused once it differs.
    /// </summary>
    public string SecurityStamp { get; init; } = string.Empty;
}
