using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Cordon.Core.Access;
using Cordon.Core;

namespace Cordon.Accounts;

/// <summary>
/// Organisations, users and API keys: sign-in with lock-out, key checks, and every account change, each written to the
/// audit log in the same transaction as the change. Access between organisations is enforced here as well as at the edges:
/// an actor confined to one organisation never sees nor changes another's users or keys, which are reported as missing.
/// </summary>
public sealed partial class AccountService
{
    /// <summary>The first administrator's user name, created on first run.</summary>
    public const string BootstrapUserName = "admin";

    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static readonly Actor Bootstrap = new(Organisation.DefaultId, null, "system:bootstrap");

    private readonly IAccountStore _store;
    private readonly IAuditStore _audit;
    private readonly TimeProvider _time;
    private readonly PasswordHashing _hashing;
    private readonly Lazy<string> _decoyHash;
    private readonly SignInThrottle? _throttle;
    private readonly VerifiedPasswordCache? _verified;

    /// <summary>
    /// Creates the service. <paramref name="throttle"/> limits password checks before hashing (the server gives one; the command
    /// line, run by the operator, needs none); <paramref name="verifiedPasswords"/> lets repeated HTTP Basic checks skip PBKDF2.
    /// </summary>
    public AccountService(IAccountStore store, IAuditStore audit, TimeProvider time, AccountOptions? options = null, SignInThrottle? throttle = null, VerifiedPasswordCache? verifiedPasswords = null)
    {
        _store = store;
        _time = time;
        _throttle = throttle;
        _verified = verifiedPasswords;
        Options = options ?? AccountOptions.Default;
        _hashing = new PasswordHashing(Options.HashIterations);
        _audit = audit;
        Audit = new AuditLog(audit, time);

        // Verified against when the user name is unknown, so that the answer takes as long as for a known one.
        _decoyHash = new Lazy<string>(() => _hashing.Hash(RandomNumberGenerator.GetString(PasswordAlphabet, 24)));
    }

    /// <summary>The settings in force.</summary>
    public AccountOptions Options { get; }

    /// <summary>The audit log the service writes to.</summary>
    public AuditLog Audit { get; }

    /// <summary>Lower-cases and trims a user name, the form in which it is stored and compared.</summary>
    public static string NormaliseUserName(string? userName) => (userName ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>A random password of 24 characters (about 140 bits) without look-alike characters.</summary>
    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 24);

    /// <summary>
    /// Checks a user name and password. Before any hashing, the check is refused when the caller's address or the user name is
    /// over its limit (<see cref="SignInThrottle"/>) or when the name is locked out for the caller's address; then unknown user
    /// names and wrong passwords take the same path and give the same answer, and count towards the lock-out of that name for
    /// that address only (a stranger's failures never lock the owner out from elsewhere). A disabled account is reported as such
    /// only to a caller who gave the right password. Every attempt is audited (a flood of throttled ones once per window).
    /// </summary>
    public async Task<SignInResult> SignInAsync(string? userName, string? password, string? remoteAddress = null, CancellationToken cancellationToken = default)
    {
        var name = NormaliseUserName(userName);
        password ??= string.Empty;
        var actorName = name.Length == 0 ? null : Truncate(name);
        if (await RefuseBeforeCheckAsync(name, remoteAddress, AuditActions.SignIn, new Actor(null, null, actorName, null, remoteAddress), cancellationToken) is { } refused)
        {
            return refused;
        }

        var now = _time.GetUtcNow();
        var user = name.Length == 0 ? null : await _store.GetUserByNameAsync(name, cancellationToken);
        var passwordMatches = _hashing.Verify(password, user?.PasswordHash ?? _decoyHash.Value, out var rehash) && user is not null;
        var actor = new Actor(user?.OrganisationId, user?.Id, actorName, null, remoteAddress);

        if (!passwordMatches)
        {
            await RecordFailureAsync(name, remoteAddress, user, Audit.Entry(actor, AuditActions.SignIn, AuditOutcomes.Failure, "user", user?.Id, new { reason = user is null ? "unknown-user" : "wrong-password" }), cancellationToken);
            return new SignInResult(SignInOutcome.WrongCredentials);
        }

        if (user!.Disabled)
        {
            await Audit.RecordAsync(actor, AuditActions.SignIn, AuditOutcomes.Failure, "user", user.Id, new { reason = "disabled" }, cancellationToken: cancellationToken);
            return new SignInResult(SignInOutcome.Disabled);
        }

        if (rehash)
        {
            user = user with { PasswordHash = _hashing.Hash(password) };
            await _store.UpdateUserAsync(user, null, cancellationToken);
        }

        await _store.RecordSignInAsync(user.Id, AddressKey(remoteAddress), now, Audit.Entry(actor, AuditActions.SignIn, AuditOutcomes.Success, "user", user.Id), cancellationToken);
        return new SignInResult(SignInOutcome.Succeeded, user with { FailedAttempts = 0, LockedUntil = null, LastSignInAt = now });
    }

    /// <summary>
    /// Checks a user name and password sent with every request (HTTP Basic). A pair verified in the last
    /// <see cref="VerifiedPasswordCache.Lifetime"/> is accepted without PBKDF2 when the user is still enabled and its security
    /// stamp unchanged (one read by primary key); anything else goes through <see cref="SignInAsync"/>, limits, lock-out and
    /// audit included. Failures are never remembered.
    /// </summary>
    public async Task<SignInResult> AuthenticatePasswordAsync(string? userName, string? password, string? remoteAddress = null, CancellationToken cancellationToken = default)
    {
        var name = NormaliseUserName(userName);
        password ??= string.Empty;
        if (_verified is null || name.Length == 0)
        {
            return await SignInAsync(name, password, remoteAddress, cancellationToken);
        }

        var key = _verified.KeyOf(name, password);
        if (_verified.TryGet(key, out var userId, out var stamp))
        {
            var user = await _store.GetUserAsync(userId, cancellationToken);
            if (user is not null && !user.Disabled && user.UserName == name && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal))
            {
                return new SignInResult(SignInOutcome.Succeeded, user);
            }

            _verified.Remove(key);
        }

        var result = await SignInAsync(name, password, remoteAddress, cancellationToken);
        if (result.User is { } verified)
        {
            _verified.Add(key, verified.Id, verified.SecurityStamp);
        }

        return result;
    }

    /// <summary>
    /// Ends every session of the actor's user at once, on every instance: the security stamp changes, so session cookies and
    /// cached HTTP Basic checks issued before are refused from the next request on. Audited.
    /// </summary>
    public async Task SignOutAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is null)
        {
            return;
        }

        await _store.SetSecurityStampAsync(actor.UserId, NewSecurityStamp(), Audit.Entry(actor, AuditActions.SignOut, targetType: "user", targetId: actor.UserId), cancellationToken);
    }

    /// <summary>A new random security stamp.</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private async Task<SignInResult?> RefuseBeforeCheckAsync(string name, string? remoteAddress, string action, Actor actor, CancellationToken cancellationToken)
    {
        var address = AddressKey(remoteAddress);
        if (_throttle is not null && !_throttle.TryAcquire(address, name, out var retryAfter, out var firstRefusal))
        {
            if (firstRefusal)
            {
                await Audit.RecordAsync(actor, action, AuditOutcomes.Failure, "user", null, new { reason = "throttled", retryAfterSeconds = (int)Math.Ceiling(retryAfter.TotalSeconds) }, cancellationToken: cancellationToken);
            }

            return new SignInResult(SignInOutcome.Throttled, RetryAfter: retryAfter);
        }

        var now = _time.GetUtcNow();
        if (name.Length > 0 && await _store.GetSignInLockAsync(name, address, now, cancellationToken) is { } until)
        {
            await Audit.RecordAsync(actor, action, AuditOutcomes.Failure, "user", null, new { reason = "locked-out", until }, cancellationToken: cancellationToken);
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until, RetryAfter: until - now);
        }

        return null;
    }

    private async Task RecordFailureAsync(string name, string? remoteAddress, UserAccount? user, AuditEntry audit, CancellationToken cancellationToken)
    {
        _throttle?.RecordFailure(name);
        if (name.Length == 0)
        {
            await _audit.AppendAuditAsync(audit, cancellationToken);
            return;
        }

        var now = _time.GetUtcNow();
        var address = AddressKey(remoteAddress);
        var lockUntil = now + Options.Lockout.Duration;
        var lockedUntil = await _store.RecordFailedSignInAsync(name, address, user?.Id, Options.Lockout.MaxFailedAttempts, now - Options.Lockout.Duration, lockUntil, audit, cancellationToken);
        if (lockedUntil is not null)
        {
            await Audit.RecordAsync(
                new Actor(user?.OrganisationId, user?.Id, audit.UserName, null, remoteAddress),
                "user.lock",
                AuditOutcomes.Success,
                "user",
                user?.Id,
                new { until = lockedUntil, address },
                cancellationToken: cancellationToken);
        }
    }

    private static string AddressKey(string? remoteAddress) => string.IsNullOrWhiteSpace(remoteAddress) ? "unknown" : Truncate(remoteAddress.Trim());

    /// <summary>Checks a whole key <c>cordon_&lt;id&gt;_&lt;secret&gt;</c>; null (and an audit row) when it is refused.</summary>
    public Task<ApiKeyIdentity?> AuthenticateApiKeyAsync(string? key, string? remoteAddress = null, CancellationToken cancellationToken = default) =>
        ApiKeys.TryParse(key?.Trim(), out var id, out var secret)
            ? AuthenticateApiKeyAsync(id, secret, remoteAddress, cancellationToken)
            : RejectKeyAsync(null, null, "malformed", remoteAddress, cancellationToken);

    /// <summary>
    /// Checks a key id and its secret: the key must exist, be in force (not revoked, not expired), match in constant time,
    /// and belong to an enabled user whose role still covers the key's. Null (and an audit row) when refused.
    /// </summary>
    public async Task<ApiKeyIdentity?> AuthenticateApiKeyAsync(string keyId, string secret, string? remoteAddress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(secret);
        var key = ApiKeys.IsKeyId(keyId) ? await _store.GetApiKeyAsync(keyId, cancellationToken) : null;
        var matches = ApiKeys.Verify(secret, key?.SecretHash ?? DecoyKeyHash) && key is not null;
        if (key is null || !matches)
        {
            return await RejectKeyAsync(key, key is null ? null : keyId, key is null ? "unknown-key" : "wrong-secret", remoteAddress, cancellationToken);
        }

        var now = _time.GetUtcNow();
        if (key.RevokedAt is not null)
        {
            return await RejectKeyAsync(key, keyId, "revoked", remoteAddress, cancellationToken);
        }

        if (key.ExpiresAt is { } expires && expires <= now)
        {
            return await RejectKeyAsync(key, keyId, "expired", remoteAddress, cancellationToken);
        }

        var user = await _store.GetUserAsync(key.UserId, cancellationToken);
        if (user is null || user.Disabled || !string.Equals(user.OrganisationId, key.OrganisationId, StringComparison.Ordinal))
        {
            return await RejectKeyAsync(key, keyId, "user-disabled", remoteAddress, cancellationToken);
        }

        if (!AccountRoles.MayGrant(user.Role, key.Role))
        {
            return await RejectKeyAsync(key, keyId, "role-exceeds-user", remoteAddress, cancellationToken);
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= TimeSpan.FromMinutes(1))
        {
            await _store.TouchApiKeyAsync(key.Id, now, cancellationToken);
        }

        return new ApiKeyIdentity(key, user);
    }

    /// <summary>The user behind a session, or null when it no longer exists or is disabled (sessions end at once then).</summary>
    public async Task<UserAccount?> GetActiveUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await _store.GetUserAsync(userId, cancellationToken);
        return user is null || user.Disabled ? null : user;
    }

    /// <summary>
    /// First run: when no user exists at all, creates the organisation <c>default</c> (if missing) and its administrator
    /// <c>admin</c> with a random password, and returns that password to be shown once. Null when users already exist.
    /// </summary>
    public async Task<string?> BootstrapAsync(CancellationToken cancellationToken = default)
    {
        if (await _store.CountUsersAsync(cancellationToken) > 0)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        await _store.CreateOrganisationAsync(
            new Organisation(Organisation.DefaultId, "Default organisation", now),
            Audit.Entry(Bootstrap, AuditActions.OrganisationCreate, targetType: "organisation", targetId: Organisation.DefaultId),
            cancellationToken);
        var password = GeneratePassword();
        var user = NewUser(Organisation.DefaultId, BootstrapUserName, "Administrator", CordonRoles.Admin, password, now);
        var created = await _store.CreateUserAsync(
            user,
            Audit.Entry(Bootstrap, AuditActions.UserCreate, targetType: "user", targetId: user.Id, details: new { userName = BootstrapUserName, role = CordonRoles.Admin, bootstrap = true }),
            cancellationToken);

        // Another process may have bootstrapped at the same moment; then its password is the one shown.
        return created ? password : null;
    }

    /// <summary>Creates an organisation (operator only: an organisation's own admins cannot create others).</summary>
    /// <exception cref="AccountException">The id is malformed or taken, or the actor is confined to an organisation.</exception>
    public async Task<Organisation> CreateOrganisationAsync(Actor actor, string id, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOperator)
        {
            throw new AccountException("Only the operator (the cordon command on the server) creates organisations.");
        }

        id = (id ?? string.Empty).Trim().ToLowerInvariant();
        if (!OrganisationIdPattern().IsMatch(id))
        {
            throw new AccountException($"Organisation id '{id}' is not valid: use 1–64 lower-case letters, digits, '-' or '_', starting with a letter or digit.");
        }

        var organisation = new Organisation(id, string.IsNullOrWhiteSpace(name) ? id : name.Trim(), _time.GetUtcNow());
        var created = await _store.CreateOrganisationAsync(
            organisation,
            Audit.Entry(actor, AuditActions.OrganisationCreate, targetType: "organisation", targetId: id, organisationId: id, details: new { name = organisation.Name }),
            cancellationToken);
        return created ? organisation : throw new AccountException($"Organisation '{id}' already exists.");
    }

    /// <summary>The organisations the actor may see: all for the operator, its own otherwise.</summary>
    public async Task<IReadOnlyList<Organisation>> GetOrganisationsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var all = await _store.GetOrganisationsAsync(cancellationToken);
        return actor.IsOperator ? all : [.. all.Where(o => actor.MayActIn(o.Id))];
    }

    /// <summary>
    /// Creates a user in <paramref name="organisationId"/>. With no password, one is generated and returned once.
    /// </summary>
    /// <exception cref="AccountException">Bad user name, role or password; the name is taken; or the actor may not grant the role.</exception>
    /// <exception cref="AccountNotFoundException">No such organisation for the actor.</exception>
    public async Task<CreatedUser> CreateUserAsync(
        Actor actor,
        string organisationId,
        string userName,
        string? displayName,
        string role,
        string? password = null,
        string? actorRole = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.MayActIn(organisationId) || await _store.GetOrganisationAsync(organisationId, cancellationToken) is null)
        {
            throw new AccountNotFoundException($"No organisation '{organisationId}'.");
        }

        var name = NormaliseUserName(userName);
        if (!UserNamePattern().IsMatch(name))
        {
            throw new AccountException($"User name '{name}' is not valid: use 1–64 letters, digits, '.', '-', '_' or '@', starting with a letter or digit.");
        }

        CheckGrant(actor, actorRole, role);
        var generated = password is null ? GeneratePassword() : null;
        var chosen = password ?? generated!;
        if (Options.Passwords.Check(chosen, name) is { } problem)
        {
            throw new AccountException($"Password refused: {problem}.");
        }

        var user = NewUser(organisationId, name, CheckDisplayName(displayName, name), role, chosen, _time.GetUtcNow());
        var created = await _store.CreateUserAsync(
            user,
            Audit.Entry(actor, AuditActions.UserCreate, targetType: "user", targetId: user.Id, organisationId: organisationId, details: new { userName = name, role }),
            cancellationToken);

        // User names are unique across organisations (they are what people sign in with). The answer is the same whether the
        // name is used in the caller's organisation or another, and names neither.
        return created ? new CreatedUser(user, generated) : throw new AccountException(UserNameUnavailableMessage(name));
    }

    /// <summary>The users of an organisation the actor may act in, by user name.</summary>
    /// <exception cref="AccountNotFoundException">The actor may not see that organisation.</exception>
    public async Task<IReadOnlyList<UserAccount>> GetUsersAsync(Actor actor, string? organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (organisationId is null)
        {
            return actor.IsOperator
                ? await _store.GetUsersAsync(null, cancellationToken)
                : await _store.GetUsersAsync(actor.OrganisationId ?? throw new AccountNotFoundException("No organisation."), cancellationToken);
        }

        return actor.MayActIn(organisationId)
            ? await _store.GetUsersAsync(organisationId, cancellationToken)
            : throw new AccountNotFoundException($"No organisation '{organisationId}'.");
    }

    /// <summary>One user the actor may see, by user name.</summary>
    /// <exception cref="AccountNotFoundException">No such user in the actor's organisation.</exception>
    public async Task<UserAccount> GetUserAsync(Actor actor, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await _store.GetUserByNameAsync(NormaliseUserName(userName), cancellationToken);
        return user is not null && actor.MayActIn(user.OrganisationId)
            ? user
            : throw new AccountNotFoundException($"No user '{NormaliseUserName(userName)}'.");
    }

    /// <summary>Disables (or enables again) a user: a disabled user can neither sign in nor use keys, and loses open sessions.</summary>
    /// <exception cref="AccountNotFoundException">No such user in the actor's organisation.</exception>
    /// <exception cref="AccountException">An administrator tried to disable their own account.</exception>
    public async Task<UserAccount> SetDisabledAsync(Actor actor, string userName, bool disabled, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(actor, userName, cancellationToken);
        EnsureMayManage(actor, user);
        if (disabled && string.Equals(user.Id, actor.UserId, StringComparison.Ordinal))
        {
            throw new AccountException("You cannot disable your own account.");
        }

        // Disabling ends every session at once (new stamp); enabling again does not bring old sessions back.
        var updated = user with { Disabled = disabled, SecurityStamp = NewSecurityStamp() };
        await _store.UpdateUserAsync(
            updated,
            Audit.Entry(actor, disabled ? AuditActions.UserDisable : AuditActions.UserEnable, targetType: "user", targetId: user.Id, organisationId: user.OrganisationId, details: new { userName = user.UserName }),
            cancellationToken);
        return updated;
    }

    /// <summary>
    /// Sets a new password for a user (generated when <paramref name="newPassword"/> is null, and returned once), lifts every
    /// lock-out of the user name, and ends the user's sessions (new security stamp).
    /// </summary>
    /// <exception cref="AccountNotFoundException">No such user in the actor's organisation.</exception>
    /// <exception cref="AccountException">The password is refused by the policy.</exception>
    public async Task<string?> ResetPasswordAsync(Actor actor, string userName, string? newPassword, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(actor, userName, cancellationToken);
        EnsureMayManage(actor, user);
        var generated = newPassword is null ? GeneratePassword() : null;
        var chosen = newPassword ?? generated!;
        if (Options.Passwords.Check(chosen, user.UserName) is { } problem)
        {
            throw new AccountException($"Password refused: {problem}.");
        }

        await _store.UpdateUserAsync(
            user with { PasswordHash = _hashing.Hash(chosen), FailedAttempts = 0, LockedUntil = null, SecurityStamp = NewSecurityStamp() },
            Audit.Entry(actor, AuditActions.UserResetPassword, targetType: "user", targetId: user.Id, organisationId: user.OrganisationId, details: new { userName = user.UserName }),
            cancellationToken);
        await _store.ClearSignInFailuresAsync(user.UserName, cancellationToken);
        return generated;
    }

    /// <summary>
    /// A signed-in user changes their own password, giving the current one. The check of the current password is a sign-in
    /// check: limited per address and user name before hashing, and a wrong one counts towards the lock-out of that name for the
    /// caller's address. The security stamp changes, so every other session and cached check of the user ends; the returned user
    /// carries the new stamp (to renew the caller's own session).
    /// </summary>
    /// <exception cref="SignInRefusedException">Too many checks or failures: nothing was checked.</exception>
    /// <exception cref="AccountException">The current password is wrong or the new one is refused.</exception>
    public async Task<UserAccount> ChangePasswordAsync(Actor actor, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = actor.UserId is null ? null : await _store.GetUserAsync(actor.UserId, cancellationToken);
        var name = user?.UserName ?? string.Empty;
        if (await RefuseBeforeCheckAsync(name, actor.RemoteAddress, AuditActions.UserChangePassword, actor, cancellationToken) is { } refused)
        {
            throw new SignInRefusedException(refused);
        }

        if (user is null || !_hashing.Verify(currentPassword ?? string.Empty, user.PasswordHash, out _))
        {
            await RecordFailureAsync(name, actor.RemoteAddress, user, Audit.Entry(actor, AuditActions.UserChangePassword, AuditOutcomes.Failure, "user", actor.UserId, new { reason = "wrong-password" }), cancellationToken);
            throw new AccountException("The current password is wrong.");
        }

        if (Options.Passwords.Check(newPassword, user.UserName) is { } problem)
        {
            throw new AccountException($"Password refused: {problem}.");
        }

        var updated = user with { PasswordHash = _hashing.Hash(newPassword), SecurityStamp = NewSecurityStamp() };
        await _store.UpdateUserAsync(updated, Audit.Entry(actor, AuditActions.UserChangePassword, targetType: "user", targetId: user.Id), cancellationToken);
        return updated;
    }

    /// <summary>Changes a user's role (the actor may not grant more than it holds).</summary>
    /// <exception cref="AccountNotFoundException">No such user in the actor's organisation.</exception>
    /// <exception cref="AccountException">Unknown role or one the actor may not grant, or an administrator demoting themself.</exception>
    public async Task<UserAccount> ChangeRoleAsync(Actor actor, string userName, string role, string? actorRole = null, CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(actor, userName, cancellationToken);
        EnsureMayManage(actor, user);
        CheckGrant(actor, actorRole, role);
        if (string.Equals(user.Id, actor.UserId, StringComparison.Ordinal) && role != user.Role)
        {
            throw new AccountException("You cannot change your own role.");
        }

        var updated = role == user.Role ? user : user with { Role = role, SecurityStamp = NewSecurityStamp() };
        await _store.UpdateUserAsync(
            updated,
            Audit.Entry(actor, AuditActions.UserChangeRole, targetType: "user", targetId: user.Id, organisationId: user.OrganisationId, details: new { userName = user.UserName, from = user.Role, to = role }),
            cancellationToken);
        return updated;
    }

    /// <summary>
    /// Creates an API key for a user; the key's role defaults to the user's and may never exceed it.
    /// The returned secret is shown once: only its hash is stored.
    /// </summary>
    /// <exception cref="AccountNotFoundException">No such user in the actor's organisation.</exception>
    /// <exception cref="AccountException">Bad role or expiry.</exception>
    public async Task<CreatedApiKey> CreateApiKeyAsync(
        Actor actor,
        string userName,
        string? name,
        string? role = null,
        DateTimeOffset? expiresAt = null,
        CancellationToken cancellationToken = default)
    {
        var user = await GetUserAsync(actor, userName, cancellationToken);
        EnsureMayManage(actor, user);
        var keyRole = role ?? user.Role;
        if (!AccountRoles.MayGrant(user.Role, keyRole))
        {
            throw new AccountException($"A key of user '{user.UserName}' ({user.Role}) cannot have role '{keyRole}'.");
        }

        var now = _time.GetUtcNow();
        if (expiresAt is { } e && e <= now)
        {
            throw new AccountException("The expiry time is in the past.");
        }

        var (record, secret) = NewKey(user, string.IsNullOrWhiteSpace(name) ? "key" : name.Trim(), keyRole, expiresAt, now);
        var created = await _store.CreateApiKeyAsync(
            record,
            Audit.Entry(actor, AuditActions.ApiKeyCreate, targetType: "api-key", targetId: record.Id, organisationId: user.OrganisationId, details: new { userName = user.UserName, name = record.Name, role = keyRole }),
            cancellationToken);
        return created ? new CreatedApiKey(record, secret) : throw new AccountException("Key id collision; try again.");
    }

    /// <summary>The keys of an organisation the actor may act in, newest first (never with secrets).</summary>
    /// <exception cref="AccountNotFoundException">The actor may not see that organisation.</exception>
    public async Task<IReadOnlyList<ApiKeyRecord>> GetApiKeysAsync(Actor actor, string organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.MayActIn(organisationId)
            ? await _store.GetApiKeysAsync(organisationId, null, cancellationToken)
            : throw new AccountNotFoundException($"No organisation '{organisationId}'.");
    }

    /// <summary>Revokes a key of the actor's organisation at once.</summary>
    /// <exception cref="AccountNotFoundException">No such key in force in the actor's organisation.</exception>
    public async Task<ApiKeyRecord> RevokeApiKeyAsync(Actor actor, string keyId, CancellationToken cancellationToken = default)
    {
        var key = await GetKeyAsync(actor, keyId, cancellationToken);
        var now = _time.GetUtcNow();
        var revoked = await _store.RevokeApiKeyAsync(
            key.Id,
            now,
            Audit.Entry(actor, AuditActions.ApiKeyRevoke, targetType: "api-key", targetId: key.Id, organisationId: key.OrganisationId, details: new { name = key.Name }),
            cancellationToken);
        return revoked ? key with { RevokedAt = now } : throw new AccountNotFoundException($"Key '{keyId}' is already revoked.");
    }

    /// <summary>Replaces a key in force by a new one with the same user, name, role and expiry; the old one stops working at once.</summary>
    /// <exception cref="AccountNotFoundException">No such key in force in the actor's organisation.</exception>
    public async Task<CreatedApiKey> RotateApiKeyAsync(Actor actor, string keyId, CancellationToken cancellationToken = default)
    {
        var key = await GetKeyAsync(actor, keyId, cancellationToken);
        var user = await _store.GetUserAsync(key.UserId, cancellationToken) ?? throw new AccountNotFoundException($"No key '{keyId}'.");
        EnsureMayManage(actor, user);
        var now = _time.GetUtcNow();
        var (record, secret) = NewKey(user, key.Name, key.Role, key.ExpiresAt, now);
        var rotated = await _store.RotateApiKeyAsync(
            key.Id,
            record,
            now,
            Audit.Entry(actor, AuditActions.ApiKeyRotate, targetType: "api-key", targetId: key.Id, organisationId: key.OrganisationId, details: new { replacement = record.Id }),
            cancellationToken);
        return rotated ? new CreatedApiKey(record, secret) : throw new AccountNotFoundException($"Key '{keyId}' is already revoked.");
    }

    private async Task<ApiKeyRecord> GetKeyAsync(Actor actor, string keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var id = keyId.StartsWith(ApiKeys.Scheme + "_", StringComparison.Ordinal) ? keyId[(ApiKeys.Scheme.Length + 1)..] : keyId;
        var key = ApiKeys.IsKeyId(id) ? await _store.GetApiKeyAsync(id, cancellationToken) : null;
        return key is not null && actor.MayActIn(key.OrganisationId) ? key : throw new AccountNotFoundException($"No key '{keyId}'.");
    }

    private async Task<ApiKeyIdentity?> RejectKeyAsync(ApiKeyRecord? key, string? keyId, string reason, string? remoteAddress, CancellationToken cancellationToken)
    {
        await Audit.RecordAsync(
            new Actor(key?.OrganisationId, key?.UserId, null, keyId, remoteAddress),
            AuditActions.ApiKeyRejected,
            AuditOutcomes.Failure,
            "api-key",
            keyId,
            new { reason },
            cancellationToken: cancellationToken);
        return null;
    }

    private static void CheckGrant(Actor actor, string? actorRole, string role)
    {
        if (!AccountRoles.IsKnown(role))
        {
            throw new AccountException($"Unknown role '{role}': use one of {string.Join(", ", CordonRoles.All)}.");
        }

        if (!actor.IsOperator && (role == CordonRoles.Operator || !AccountRoles.MayGrant(actorRole ?? string.Empty, role)))
        {
            throw new AccountException(role == CordonRoles.Operator
                ? "Only the cordon command on the server grants the platform role 'operator'."
                : $"You may not grant the role '{role}'.");
        }
    }

    /// <summary>
    /// Operators change the lists every organisation relies on: an admin of their organisation must not be able to take
    /// such an account over (new password, new key, other role), so only the command line manages them.
    /// </summary>
    private static void EnsureMayManage(Actor actor, UserAccount user)
    {
        if (user.Role == CordonRoles.Operator && !actor.IsOperator)
        {
            throw new AccountException($"User '{user.UserName}' is a platform operator: only the cordon command on the server manages that account.");
        }
    }

    private UserAccount NewUser(string organisationId, string userName, string displayName, string role, string password, DateTimeOffset now) =>
        new("u-" + Guid.NewGuid().ToString("N"), organisationId, userName, displayName, role, _hashing.Hash(password), 0, null, false, now, null)
        {
            SecurityStamp = NewSecurityStamp(),
        };

    private static (ApiKeyRecord Record, string Secret) NewKey(UserAccount user, string name, string role, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        var generated = ApiKeys.Generate();
        var record = new ApiKeyRecord(
            generated.Id,
            user.Id,
            user.OrganisationId,
            name,
            ApiKeys.DisplayPrefix(generated.Id),
            ApiKeys.HashSecret(generated.Secret),
            role,
            now,
            expiresAt,
            null,
            null);
        return (record, generated.Key);
    }

    private static readonly string DecoyKeyHash = ApiKeys.HashSecret(ApiKeys.Generate().Secret);

    /// <summary>The one answer to a user name that is already used, in whatever organisation.</summary>
    public static string UserNameUnavailableMessage(string userName) =>
        $"User name '{NormaliseUserName(userName)}' cannot be used; choose another.";

    /// <summary>A display name as stored (trimmed; the user name when empty), or a clear refusal.</summary>
    /// <exception cref="AccountException">Longer than <see cref="UserAccount.MaxDisplayNameLength"/> or holding control characters.</exception>
    public static string CheckDisplayName(string? displayName, string userName)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        if (name.Length > UserAccount.MaxDisplayNameLength)
        {
            throw new AccountException($"Display name refused: {name.Length} characters, at most {UserAccount.MaxDisplayNameLength} are allowed.");
        }

        if (name.Any(char.IsControl))
        {
            throw new AccountException("Display name refused: it holds a control character (a line break or tab, for instance).");
        }

        return name;
    }

    private static string Truncate(string value) => value.Length <= 128 ? value : value[..128];

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex OrganisationIdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{0,63}$")]
    private static partial Regex UserNamePattern();
}
