
namespace Cordon.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    Succeeded,

    /// <summary>Unknown user name or wrong password: the two are never told apart.</summary>
    WrongCredentials,

    /// <summary>
    /// The user name is locked out for the caller's address after repeated failures there. The password was not checked, so the
    /// answer is the same whether it was right, and the same for unknown user names (they lock too).
    /// </summary>
    LockedOut,

    /// <summary>Too many password checks from the caller's address, or failures for the user name: refused before any check.</summary>
    Throttled,

    /// <summary>The password was right but the account is disabled.</summary>
    Disabled,
}

/// <summary>The result of <see cref="AccountService.SignInAsync"/>.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="User">The signed-in user when it succeeded; null otherwise (so callers cannot leak who exists).</param>
/// <param name="LockedUntil">For <see cref="SignInOutcome.LockedOut"/>, when the lock ends.</param>
/// <param name="RetryAfter">For <see cref="SignInOutcome.Throttled"/> and <see cref="SignInOutcome.LockedOut"/>, how long to wait.</param>
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User = null, DateTimeOffset? LockedUntil = null, TimeSpan? RetryAfter = null)
{
    /// <summary>The same text for every failure that could tell whether a user name exists.</summary>
    public const string WrongCredentialsMessage = "Wrong user name or password.";

    /// <summary>Whether the caller is to wait (HTTP 429 with <c>Retry-After</c>) rather than being told the credentials are wrong.</summary>
    public bool MustWait => Outcome is SignInOutcome.Throttled or SignInOutcome.LockedOut;

    /// <summary>
    /// What to tell the person signing in. Disabled is told only to whoever gave the right password; a lock-out is told whatever
    /// the password (it was not checked) and for unknown names too.
    /// </summary>
    public string Message => Outcome switch
    {
        SignInOutcome.Succeeded => "Signed in.",
        SignInOutcome.LockedOut => $"Too many failed sign-ins for this user name from your address; try again after {LockedUntil:yyyy-MM-dd HH:mm} UTC.",
        SignInOutcome.Throttled => $"Too many sign-in attempts; try again in {Math.Max(1, (int)Math.Ceiling((RetryAfter ?? TimeSpan.Zero).TotalSeconds))} s.",
        SignInOutcome.Disabled => "This account is disabled; ask an administrator of your organisation.",
        _ => WrongCredentialsMessage,
    };
}

/// <summary>A password check refused before it was made (throttled or locked out): the caller is to wait.</summary>
public sealed class SignInRefusedException : AccountException
{
    /// <summary>Creates the exception from the refusal.</summary>
    public SignInRefusedException(SignInResult refusal)
        : base((refusal ?? throw new ArgumentNullException(nameof(refusal))).Message)
    {
        RetryAfter = refusal.RetryAfter ?? TimeSpan.FromSeconds(1);
    }

    /// <summary>How long to wait.</summary>
    public TimeSpan RetryAfter { get; }
}

/// <summary>An API key accepted for a request, with the user it acts for.</summary>
/// <param name="Key">The key as stored.</param>
/// <param name="User">Its user.</param>
public sealed record ApiKeyIdentity(ApiKeyRecord Key, UserAccount User);

/// <summary>A user just created, with the password to hand over once when it was generated.</summary>
/// <param name="User">The user as stored.</param>
/// <param name="GeneratedPassword">The generated password (show once), or null when the caller chose it.</param>
public sealed record CreatedUser(UserAccount User, string? GeneratedPassword);

/// <summary>A key just created, with the whole key to hand over once.</summary>
/// <param name="Key">The key as stored (no secret).</param>
/// <param name="Secret">The whole key <c>cordon_&lt;id&gt;_&lt;secret&gt;</c>: shown once, never stored.</param>
public sealed record CreatedApiKey(ApiKeyRecord Key, string Secret);
