namespace Cordon.Storage;

/// <summary>
/// A shared indicator as stored in the indicator store (the one the sharing hub also uses), keyed by type and value.
/// </summary>
/// <param name="Type">Lower-case indicator type as in the indicator CSV: domain, ip, cidr, email, email_pattern, wallet or phone.</param>
/// <param name="Value">The normalised value (callers normalise it: lower-case domain, canonical IP or CIDR, E.164 phone, …).</param>
/// <param name="Context">Why it is listed, as the source says.</param>
/// <param name="Source">Where it comes from (report URL).</param>
/// <param name="ImportedAt">When it was first stored, or last changed.</param>
/// <param name="ExpiresAt">When it stops applying; null when it does not expire.</param>
public sealed record StoredIndicator(
    string Type,
    string Value,
    string Context,
    string Source,
    DateTimeOffset ImportedAt,
    DateTimeOffset? ExpiresAt = null)
{
    /// <summary>The types the store accepts.</summary>
    public static IReadOnlyList<string> Types { get; } = ["domain", "ip", "cidr", "email", "email_pattern", "wallet", "phone"];
}
