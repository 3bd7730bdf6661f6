using Cordon.Storage;
using Cordon.Core;
using Cordon.Accounts;

namespace Cordon.Web.Security;

/// <summary>A user as the API shows it: never the password hash.</summary>
/// <param name="Id">User id.</param>
/// <param name="OrganisationId">Organisation.</param>
/// <param name="UserName">Sign-in name.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="Role">Role.</param>
/// <param name="Disabled">Whether the account is disabled.</param>
/// <param name="LockedUntil">End of a lock-out in force, or null.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="LastSignInAt">Last successful sign-in.</param>
public sealed record UserView(
    string Id,
    string OrganisationId,
    string UserName,
    string DisplayName,
    string Role,
    bool Disabled,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt)
{
    /// <summary>The view of a stored user.</summary>
    public static UserView From(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.OrganisationId, user.UserName, user.DisplayName, user.Role, user.Disabled, user.LockedUntil, user.CreatedAt, user.LastSignInAt);
    }
}

/// <summary>An API key as the API shows it: never its secret nor its hash.</summary>
/// <param name="Id">Key id.</param>
/// <param name="Prefix">What people see of the key (<c>cordon_&lt;id&gt;</c>).</param>
/// <param name="Name">What it is for.</param>
/// <param name="UserId">The user it acts for.</param>
/// <param name="Role">Role it grants.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="ExpiresAt">Expiry, or null.</param>
/// <param name="RevokedAt">Revocation time, or null.</param>
/// <param name="LastUsedAt">Last accepted use (to the minute), or null.</param>
public sealed record ApiKeyView(
    string Id,
    string Prefix,
    string Name,
    string UserId,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    /// <summary>The view of a stored key.</summary>
    public static ApiKeyView From(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Prefix, key.Name, key.UserId, key.Role, key.CreatedAt, key.ExpiresAt, key.RevokedAt, key.LastUsedAt);
    }
}

/// <summary>Sign-in with a user name and password.</summary>
/// <param name="UserName">User name.</param>
/// <param name="Password">Password.</param>
public sealed record SignInRequest(string? UserName, string? Password);

/// <summary>Who the caller is.</summary>
/// <param name="OrganisationId">Organisation.</param>
/// <param name="UserId">User id.</param>
/// <param name="UserName">User name.</param>
/// <param name="Role">Role in force.</param>
/// <param name="ApiKeyId">The key used, when the caller came in with one.</param>
public sealed record SessionView(string? OrganisationId, string? UserId, string? UserName, string? Role, string? ApiKeyId);

/// <summary>A new user of the caller's organisation.</summary>
/// <param name="UserName">Sign-in name (letters, digits, '.', '-', '_', '@').</param>
/// <param name="DisplayName">Name shown to people; the user name when empty.</param>
/// <param name="Role">admin, analyst, reviewer or api-client.</param>
/// <param name="Password">Initial password (12+ characters); generated and returned once when empty.</param>
public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Role, string? Password);

/// <summary>A user just created, with the generated password when none was given (shown once).</summary>
/// <param name="User">The user.</param>
/// <param name="Password">The generated password, or null.</param>
public sealed record CreatedUserView(UserView User, string? Password);

/// <summary>A password reset; generated and returned once when empty.</summary>
/// <param name="Password">New password, or null.</param>
public sealed record ResetPasswordRequest(string? Password);

/// <summary>A change of one's own password.</summary>
/// <param name="CurrentPassword">The password in force.</param>
/// <param name="NewPassword">The new password.</param>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>A change of role.</summary>
/// <param name="Role">The new role.</param>
public sealed record ChangeRoleRequest(string? Role);

/// <summary>A new API key.</summary>
/// <param name="Name">What it is for.</param>
/// <param name="UserName">The user it acts for (the caller when empty).</param>
/// <param name="Role">Role it grants (the user's when empty; never more).</param>
/// <param name="ExpiresAt">Expiry, or null for never.</param>
public sealed record CreateApiKeyRequest(string? Name, string? UserName, string? Role, DateTimeOffset? ExpiresAt);

/// <summary>A key just created or rotated, with its whole text (shown once: only a hash is kept).</summary>
/// <param name="Key">The key.</param>
/// <param name="Secret">The whole key <c>cordon_&lt;id&gt;_&lt;secret&gt;</c>.</param>
public sealed record CreatedApiKeyView(ApiKeyView Key, string Secret);

/// <summary>One page of the audit log.</summary>
/// <param name="Entries">Rows, newest first.</param>
/// <param name="Next">Pass as <c>before</c> for the next page; null on the last.</param>
public sealed record AuditPageView(IReadOnlyList<AuditEntry> Entries, long? Next);
