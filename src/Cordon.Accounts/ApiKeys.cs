using System.Security.Cryptography;
using System.Text;

namespace Cordon.Accounts;

/// <summary>
/// API keys of the form <c>cordon_&lt;id&gt;_&lt;secret&gt;</c>: a 12-character key id (60 random bits, used to find the key)
/// and a 52-character secret (256 random bits), both lower-case base32 (<c>a–z</c>, <c>2–7</c>) so that a key survives
/// copying, URLs and shell quoting. Only the SHA-256 of the secret is stored: for a random 256-bit secret a fast hash is as
/// safe as a slow one, and it keeps checking a key on every request cheap.
/// </summary>
public static class ApiKeys
{
    /// <summary>What every key starts with, so that secret scanners and people recognise it.</summary>
    public const string Scheme = "cordon";

    /// <summary>Characters of a key id.</summary>
    public const int IdLength = 12;

    /// <summary>Characters of a secret (256 bits in base32).</summary>
    public const int SecretLength = 52;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>A new key with fresh randomness from the operating system's generator.</summary>
    public static NewApiKey Generate()
    {
        var id = Base32(RandomNumberGenerator.GetBytes(8))[..IdLength];
        var secret = Base32(RandomNumberGenerator.GetBytes(32));
        return new NewApiKey(id, secret, Format(id, secret));
    }

    /// <summary>The full key text for an id and a secret.</summary>
    public static string Format(string id, string secret) => $"{Scheme}_{id}_{secret}";

    /// <summary>The part of a key shown to people: <c>cordon_&lt;id&gt;</c>.</summary>
    public static string DisplayPrefix(string id) => $"{Scheme}_{id}";

    /// <summary>Splits a key into id and secret; false when it does not have the key's shape.</summary>
    public static bool TryParse(string? key, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (key is null || key.Length != Scheme.Length + 2 + IdLength + SecretLength)
        {
            return false;
        }

        var span = key.AsSpan();
        if (!span.StartsWith(Scheme + "_", StringComparison.Ordinal) || span[Scheme.Length + 1 + IdLength] != '_')
        {
            return false;
        }

        var idPart = span.Slice(Scheme.Length + 1, IdLength);
        var secretPart = span[(Scheme.Length + 2 + IdLength)..];
        if (!IsBase32(idPart) || !IsBase32(secretPart))
        {
            return false;
        }

        id = idPart.ToString();
        secret = secretPart.ToString();
        return true;
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a key id.</summary>
    public static bool IsKeyId(string? id) => id is { Length: IdLength } && IsBase32(id);

    /// <summary>The stored form of a secret: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string HashSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Verify(string secret, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(storedHash);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(HashSecret(secret)),
            Encoding.ASCII.GetBytes(storedHash));
    }

    private static bool IsBase32(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '2' and <= '7'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Base32(byte[] bytes)
    {
        var result = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                result.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            result.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return result.ToString();
    }
}

/// <summary>A freshly generated key: the secret exists only here, to be shown once and never stored.</summary>
/// <param name="Id">The key id.</param>
/// <param name="Secret">The secret part.</param>
/// <param name="Key">The whole key to hand to the caller: <c>cordon_&lt;id&gt;_&lt;secret&gt;</c>.</param>
public sealed record NewApiKey(string Id, string Secret, string Key)
{
    /// <summary>Hides the secret from logs and debuggers.</summary>
    public override string ToString() => ApiKeys.DisplayPrefix(Id) + "_…";
}
