namespace Cordon.Accounts;

/// <summary>Settings of the accounts service, fixed at start-up.</summary>
/// <param name="Lockout">Lock-out after repeated failed sign-ins.</param>
/// <param name="Passwords">The password policy.</param>
/// <param name="HashIterations">PBKDF2 iterations for new password hashes.</param>
public sealed record AccountOptions(LockoutPolicy Lockout, PasswordPolicy Passwords, int HashIterations = PasswordHashing.DefaultIterations)
{
    /// <summary>5 failures lock for 15 minutes; passwords of 12 characters or more; 210,000 iterations.</summary>
    public static AccountOptions Default { get; } = new(LockoutPolicy.Default, PasswordPolicy.Default);
}
