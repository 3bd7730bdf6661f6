namespace Cordon.Accounts;

/// <summary>An API key as stored: everything but its secret, of which only a hash is kept.</summary>
/// <param name="Id">Public key id, the middle part of <c>cordon_&lt;id&gt;_&lt;secret&gt;</c>; used to find the key.</param>
/// <param name="UserId">The user the key acts for.</param>
/// <param name="OrganisationId">The user's organisation (kept here so that listing and checks need no join).</param>
/// <param name="Name">What the key is for, given by its creator.</param>
/// <param name="Prefix">The part of the key shown to humans (<c>cordon_&lt;id&gt;</c>), to recognise it in lists and logs.</param>
/// <param name="SecretHash">Hash of the secret part (hex SHA-256); never the secret.</param>
/// <param name="Role">The role the key grants; never more than its user's.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ExpiresAt">When it stops working; null for never.</param>
/// <param name="RevokedAt">When it was revoked; null while in force.</param>
/// <param name="LastUsedAt">When it was last accepted (updated at most once a minute).</param>
public sealed record ApiKeyRecord(
    string Id,
    string UserId,
    string OrganisationId,
    string Name,
    string Prefix,
    string SecretHash,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt);
