using Cordon.Storage;

namespace Cordon.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    Succeeded,

    /// <summary>Unknown user name or wrong password: the two are never told apart.</summary>
    WrongCredentials,

    /// <summary>The password was right but the account is locked after repeated failures.</summary>
    Locked,

    /// <summary>The password was right but the account is disabled.</summary>
    Disabled,
}

/// <summary>The result of <see cref="AccountService.SignInAsync"/>.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="User">The signed-in user when it succeeded; null otherwise (so callers cannot leak who exists).</param>
/// <param name="LockedUntil">For <see cref="SignInOutcome.Locked"/>, when the lock ends.</param>
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User = null, DateTimeOffset? LockedUntil = null)
{
    /// <summary>The same text for every failure that could tell whether a user name exists.</summary>
    public const string WrongCredentialsMessage = "Wrong user name or password.";

    /// <summary>What to tell the person signing in. Locked and disabled are told only to whoever gave the right password.</summary>
    public string Message => Outcome switch
    {
        SignInOutcome.Succeeded => "Signed in.",
        SignInOutcome.Locked => $"This account is locked after repeated failed sign-ins; try again after {LockedUntil:yyyy-MM-dd HH:mm} UTC.",
        SignInOutcome.Disabled => "This account is disabled; ask an administrator of your organisation.",
        _ => WrongCredentialsMessage,
    };
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
