using Cordon.Core;

namespace Cordon.Accounts;

/// <summary>
/// The storage port of accounts: organisations, users, sign-in failures and API keys. The SQL store implements it for SQLite
/// and PostgreSQL; the account capability declares it, so accounts depend on no storage provider.
/// </summary>
/// <remarks>
/// Every account change takes an optional <see cref="AuditEntry"/> that is written in the same transaction as the change,
/// so the log never misses a change that happened nor records one that did not.
/// </remarks>
public interface IAccountStore
{
    /// <summary>Creates an organisation. False (and nothing written) when its id is taken.</summary>
    Task<bool> CreateOrganisationAsync(Organisation organisation, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>Every organisation, by id.</summary>
    Task<IReadOnlyList<Organisation>> GetOrganisationsAsync(CancellationToken cancellationToken = default);

    /// <summary>One organisation, or null.</summary>
    Task<Organisation?> GetOrganisationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates a user. False (and nothing written) when the id or the user name is taken.</summary>
    /// <exception cref="ArgumentException">The user's organisation does not exist; nothing was written.</exception>
    Task<bool> CreateUserAsync(UserAccount user, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>One user by id, or null.</summary>
    Task<UserAccount?> GetUserAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One user by user name (stored lower-case; give it lower-case), or null.</summary>
    Task<UserAccount?> GetUserByNameAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>The users of one organisation, or of all when <paramref name="organisationId"/> is null, by user name.</summary>
    Task<IReadOnlyList<UserAccount>> GetUsersAsync(string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>Number of users in all organisations.</summary>
    Task<int> CountUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a user's display name, role, password hash, failed attempts, lock, disabled flag and security stamp (id,
    /// organisation, user name and creation time never change). False when no such user.
    /// </summary>
    Task<bool> UpdateUserAsync(UserAccount user, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The end of the sign-in lock-out of <paramref name="userName"/> from <paramref name="remoteAddress"/> when one is in force at
    /// <paramref name="now"/>, else null. Unknown user names lock as known ones do, so a lock-out never tells whether a name exists.
    /// </summary>
    Task<DateTimeOffset?> GetSignInLockAsync(string userName, string remoteAddress, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a failed sign-in of <paramref name="userName"/> (lower-case, known or not) from <paramref name="remoteAddress"/>
    /// atomically: failures older than <paramref name="forgetBefore"/> are forgotten, the count goes up by one, and when it reaches
    /// <paramref name="maxAttempts"/> that name is locked for that address until <paramref name="lockUntil"/> and the count starts
    /// again. Other addresses (the account's owner) are not locked. When <paramref name="userId"/> names a user, its failure count
    /// (what administrators see) goes up too. Writes <paramref name="audit"/> in the same transaction. Returns the end of the lock
    /// when this failure started one, else null.
    /// </summary>
    Task<DateTimeOffset?> RecordFailedSignInAsync(
        string userName,
        string remoteAddress,
        string? userId,
        int maxAttempts,
        DateTimeOffset forgetBefore,
        DateTimeOffset lockUntil,
        AuditEntry audit,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a successful sign-in from <paramref name="remoteAddress"/>: clears the user's failure count and that address's
    /// failures, sets the last sign-in time; writes <paramref name="audit"/>.
    /// </summary>
    Task RecordSignInAsync(string userId, string remoteAddress, DateTimeOffset at, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Forgets every failed sign-in and lock-out of <paramref name="userName"/> from any address (a password reset lifts them).</summary>
    Task ClearSignInFailuresAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a user's security stamp by <paramref name="stamp"/>, ending every session and cached credential check issued
    /// under the old one, and writes <paramref name="audit"/> in the same transaction. False when no such user.
    /// </summary>
    Task<bool> SetSecurityStampAsync(string userId, string stamp, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a new API key. False (and nothing written) when its id is taken.</summary>
    /// <exception cref="ArgumentException">The key's user does not exist or belongs to another organisation; nothing was written.</exception>
    Task<bool> CreateApiKeyAsync(ApiKeyRecord key, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>One API key by id, or null.</summary>
    Task<ApiKeyRecord?> GetApiKeyAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The keys of one organisation (optionally of one user), newest first, revoked ones included.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> GetApiKeysAsync(string organisationId, string? userId = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key in force. False when no such key or it was already revoked.</summary>
    Task<bool> RevokeApiKeyAsync(string id, DateTimeOffset at, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a key in force with <paramref name="replacement"/> in one transaction: the old one is revoked at
    /// <paramref name="at"/> and the new one stored. False (and nothing written) when the old key is missing or revoked.
    /// </summary>
    Task<bool> RotateApiKeyAsync(string id, ApiKeyRecord replacement, DateTimeOffset at, AuditEntry? audit = null, CancellationToken cancellationToken = default);

    /// <summary>Sets a key's last use to <paramref name="at"/> when the stored one is older by a minute or more (so that busy keys cost no write per request).</summary>
    Task TouchApiKeyAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);
}

/// <summary>
/// The storage port of the audit log: appending entries outside of a change (a change writes its entry through the
/// store of its own data, in the same transaction) and reading them back.
/// </summary>
public interface IAuditStore
{
    /// <summary>Appends one audit row (one insert). Returns it with its id.</summary>
    Task<AuditEntry> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>One page of the audit log, newest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1–<see cref="AuditQuery.MaxLimit"/>.</exception>
    Task<AuditPage> QueryAuditAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
