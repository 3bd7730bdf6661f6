namespace Cordon.Accounts;

/// <summary>
/// The minimum a password must meet. Length is what makes a password strong (NIST SP 800-63B), so the policy asks for
/// length and refuses only the obviously guessable, without composition rules that push people to predictable patterns.
/// </summary>
/// <param name="MinimumLength">Fewest characters (counted as Unicode text elements would be too costly; UTF-16 units are counted).</param>
/// <param name="MaximumLength">Most characters, so that hashing stays bounded.</param>
public sealed record PasswordPolicy(int MinimumLength = 12, int MaximumLength = 1024)
{
    /// <summary>The policy in force by default: at least 12 characters.</summary>
    public static PasswordPolicy Default { get; } = new();

    /// <summary>Why <paramref name="password"/> is refused for <paramref name="userName"/>, or null when it is acceptable.</summary>
    public string? Check(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "the password is empty";
        }

        if (password.Length < MinimumLength)
        {
            return $"the password has {password.Length} characters; at least {MinimumLength} are required";
        }

        if (password.Length > MaximumLength)
        {
            return $"the password has more than {MaximumLength} characters";
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            return "the password is only spaces";
        }

        if (!string.IsNullOrEmpty(userName) && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "the password contains the user name";
        }

        if (password.Distinct().Count() < 4)
        {
            return "the password repeats too few different characters";
        }

        return null;
    }
}
