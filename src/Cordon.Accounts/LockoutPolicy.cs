namespace Cordon.Accounts;

/// <summary>How many failed sign-ins in a row lock an account, and for how long.</summary>
/// <param name="MaxFailedAttempts">Failures that lock the account (the count restarts once it locks).</param>
/// <param name="Duration">How long it stays locked.</param>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan Duration)
{
    /// <summary>5 failures lock for 15 minutes.</summary>
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));

    /// <summary>Whether an account locked until <paramref name="lockedUntil"/> is locked at <paramref name="now"/>.</summary>
    public static bool IsLocked(DateTimeOffset? lockedUntil, DateTimeOffset now) => lockedUntil is { } until && until > now;
}
