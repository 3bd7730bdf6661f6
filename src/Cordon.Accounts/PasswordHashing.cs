using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cordon.Accounts;

/// <summary>
/// Hashes and verifies passwords with ASP.NET Core Identity's hasher in its version 3 format: PBKDF2 with HMAC-SHA512,
/// a random 128-bit salt per password, and the iteration count stored in the hash so that it can be raised later
/// (a hash made with fewer iterations verifies and asks to be rehashed). Comparison is constant-time.
/// </summary>
public sealed class PasswordHashing
{
    /// <summary>Iterations by default: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512.</summary>
    public const int DefaultIterations = 210_000;

    private readonly PasswordHasher<object> _hasher;

    /// <summary>Creates a hasher with <paramref name="iterations"/> PBKDF2 iterations for new hashes.</summary>
    public PasswordHashing(int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        Iterations = iterations;
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = iterations,
        }));
    }

    /// <summary>Iterations used for new hashes.</summary>
    public int Iterations { get; }

    /// <summary>A new hash of <paramref name="password"/> (self-describing: format, algorithm, iterations, salt, subkey; base64).</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return _hasher.HashPassword(Subject, password);
    }

    /// <summary>Whether <paramref name="password"/> matches <paramref name="hash"/>; a malformed hash never matches.</summary>
    /// <param name="password">The password given.</param>
    /// <param name="hash">The stored hash.</param>
    /// <param name="rehashNeeded">True when the hash matches but was made with weaker settings than the current ones.</param>
    public bool Verify(string password, string hash, out bool rehashNeeded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(hash);
        rehashNeeded = false;
        try
        {
            var result = _hasher.VerifyHashedPassword(Subject, hash, password);
            rehashNeeded = result == PasswordVerificationResult.SuccessRehashNeeded;
            return result != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // The hasher ignores the user object; one shared instance avoids allocating per call.
    private static readonly object Subject = new();
}
