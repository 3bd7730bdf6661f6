using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cordon.Core.Identifiers;
using Cordon.Stix.Extensions;
using Cordon.Stix.Model;
using Cordon.Stix.Patterning;

namespace Cordon.Stix.Privacy;

/// <summary>
/// Privacy-preserving identifiers: HMAC-SHA256 with a key held by the sharing community over
/// <c>kind ":" normalised value</c>. Partners share only the hash, as a <c>keyed-identifier</c> observable or an
/// indicator pattern over it; a hub holding the same key hashes a record's values the same way and compares — it never
/// needs the raw value of the partner's identifier. Thread-safe.
/// </summary>
public sealed class KeyedHasher
{
    private readonly byte[] key;

    /// <summary>Creates a hasher.</summary>
    /// <param name="key">The community key: at least 32 bytes of secret randomness.</param>
    /// <param name="keyId">A public name for the key (goes into <c>key_id</c>), so keys can be rotated.</param>
    public KeyedHasher(byte[] key, string keyId)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        if (key.Length < 32)
        {
            throw new ArgumentException("the community key must have at least 32 bytes (256 bits)", nameof(key));
        }

        this.key = (byte[])key.Clone();
        KeyId = keyId;
    }

    /// <summary>The public name of the key.</summary>
    public string KeyId { get; }

    /// <summary>The <c>identifier_kind</c> text of a kind.</summary>
    public static string KindName(KeyedIdentifierKind kind) => kind switch
    {
        KeyedIdentifierKind.Email => "email",
        KeyedIdentifierKind.Phone => "phone",
        KeyedIdentifierKind.AccountNumber => "account-number",
        KeyedIdentifierKind.DocumentNumber => "document-number",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown identifier kind"),
    };

    /// <summary>The keyed hash of an already normalised value: lower-case hexadecimal HMAC-SHA256.</summary>
    public string HashNormalized(KeyedIdentifierKind kind, string normalizedValue)
    {
        ArgumentNullException.ThrowIfNull(normalizedValue);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(KindName(kind) + ":" + normalizedValue));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Normalises a raw value (see <see cref="IdentifierNormalizer"/>) and returns its keyed hash.</summary>
    /// <exception cref="FormatException">The value cannot be normalised (not an e-mail address, not a phone number, ...).</exception>
    public string Hash(KeyedIdentifierKind kind, string rawValue, string? defaultRegion = null) =>
        HashNormalized(kind, Normalize(kind, rawValue, defaultRegion));

    /// <summary>The canonical form of a value of any supported kind (document numbers without a country).</summary>
    /// <exception cref="FormatException">The value cannot be normalised.</exception>
    public static string Normalize(KeyedIdentifierKind kind, string value, string? defaultRegion = null) => kind switch
    {
        KeyedIdentifierKind.Email => IdentifierNormalizer.Email(value),
        KeyedIdentifierKind.Phone => IdentifierNormalizer.Phone(value, defaultRegion),
        KeyedIdentifierKind.AccountNumber => IdentifierNormalizer.AccountNumber(value),
        KeyedIdentifierKind.DocumentNumber => IdentifierNormalizer.DocumentNumber(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown identifier kind"),
    };

    /// <summary>The <c>keyed-identifier</c> observable of a raw value (deterministic id, extension declared).</summary>
    public StixKeyedIdentifier Observable(KeyedIdentifierKind kind, string rawValue, string? defaultRegion = null) =>
        ObservableOfHash(kind, Hash(kind, rawValue, defaultRegion));

    /// <summary>The <c>keyed-identifier</c> observable of a hash computed elsewhere with this key.</summary>
    public StixKeyedIdentifier ObservableOfHash(KeyedIdentifierKind kind, string hmacSha256) =>
        (StixKeyedIdentifier)CordonExtensions.CreateObservable(CordonObservableTypes.KeyedIdentifier,
        [
            new("identifier_kind", KindName(kind)),
            new("hmac_sha256", hmacSha256),
            new("key_id", KeyId),
        ]);

    /// <summary>
    /// The STIX pattern of an indicator for a keyed identifier:
    /// <c>[keyed-identifier:identifier_kind = 'email' AND keyed-identifier:hmac_sha256 = '…' AND keyed-identifier:key_id = '…']</c>.
    /// </summary>
    public string Pattern(KeyedIdentifierKind kind, string hmacSha256)
    {
        var hash = new PatternLiteral(PatternLiteralKind.QuotedString, hmacSha256, 0);
        var keyId = new PatternLiteral(PatternLiteralKind.QuotedString, KeyId, 0);
        return $"[keyed-identifier:identifier_kind = '{KindName(kind)}' AND keyed-identifier:hmac_sha256 = {hash} AND keyed-identifier:key_id = {keyId}]";
    }

    /// <summary>
    /// The observables a record's raw identifiers turn into for matching against keyed indicators: one
    /// <c>keyed-identifier</c> per value that normalises; values that do not normalise are skipped (returned in
    /// <paramref name="rejected"/> with the reason).
    /// </summary>
    public IReadOnlyList<JsonObject> RecordObservables(IEnumerable<(KeyedIdentifierKind Kind, string Value)> values, out IReadOnlyList<string> rejected, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new List<JsonObject>();
        var problems = new List<string>();
        foreach (var (kind, value) in values)
        {
            try
            {
                result.Add(Observable(kind, value, defaultRegion).Json);
            }
            catch (FormatException e)
            {
                problems.Add($"{KindName(kind)}: {e.Message}");
            }
        }

        rejected = problems;
        return result;
    }

    /// <summary>Whether a raw record value equals the identifier behind a shared keyed hash (normalise, hash, compare in constant time).</summary>
    public bool Matches(KeyedIdentifierKind kind, string rawValue, string sharedHmacSha256, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(sharedHmacSha256);
        string mine;
        try
        {
            mine = Hash(kind, rawValue, defaultRegion);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mine), Encoding.ASCII.GetBytes(sharedHmacSha256.ToLowerInvariant()));
    }
}
