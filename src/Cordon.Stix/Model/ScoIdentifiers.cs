using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Cordon.Stix.Model;

/// <summary>
/// Deterministic identifiers of cyber-observable objects (STIX 2.1 section 2.9): a UUIDv5 in the STIX namespace
/// <c>00abedb4-aa42-466c-9c01-fed23315a9b7</c> over the canonical JSON (RFC 8785) of the type's ID contributing
/// properties that are present. Two producers describing the same observable therefore use the same identifier.
/// </summary>
public static class ScoIdentifiers
{
    /// <summary>The STIX SCO namespace UUID.</summary>
    public static readonly Guid StixNamespace = Guid.Parse("00abedb4-aa42-466c-9c01-fed23315a9b7");

    // Hash algorithms in the order the specification prefers when one must be chosen for an identifier.
    private static readonly string[] PreferredHashes = ["MD5", "SHA-1", "SHA-256", "SHA-512"];

    private static readonly Dictionary<string, string[]> ContributingProperties = new(StringComparer.Ordinal)
    {
        ["artifact"] = ["hashes", "payload_bin"],
        ["autonomous-system"] = ["number"],
        ["directory"] = ["path"],
        ["domain-name"] = ["value"],
        ["email-addr"] = ["value"],
        ["email-message"] = ["from_ref", "subject", "body"],
        ["file"] = ["hashes", "name", "extensions", "parent_directory_ref"],
        ["ipv4-addr"] = ["value"],
        ["ipv6-addr"] = ["value"],
        ["mac-addr"] = ["value"],
        ["mutex"] = ["name"],
        ["network-traffic"] = ["start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions"],
        ["software"] = ["name", "cpe", "swid", "vendor", "version"],
        ["url"] = ["value"],
        ["user-account"] = ["account_type", "user_id", "account_login"],
        ["windows-registry-key"] = ["key", "values"],
        ["x509-certificate"] = ["hashes", "serial_number"],
        [CordonObservableTypes.CryptocurrencyWallet] = ["value"],
        [CordonObservableTypes.BankAccount] = ["iban", "account_number", "bic"],
        [CordonObservableTypes.PhoneNumber] = ["value"],
        [CordonObservableTypes.KeyedIdentifier] = ["identifier_kind", "hmac_sha256", "key_id"],
    };

    /// <summary>The ID contributing properties of an SCO type, or null when the type is not known.</summary>
    public static IReadOnlyList<string>? ContributingPropertiesOf(string type) =>
        ContributingProperties.TryGetValue(type, out var p) ? p : null;

    /// <summary>
    /// The deterministic identifier of an SCO given as JSON, or null when its type is unknown or none of its ID
    /// contributing properties is present (the specification then calls for a UUIDv4).
    /// </summary>
    public static string? Compute(JsonObject sco)
    {
        ArgumentNullException.ThrowIfNull(sco);
        var type = sco["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
        if (type is null || !ContributingProperties.TryGetValue(type, out var properties))
        {
            return null;
        }

        var name = new JsonObject();
        foreach (var property in properties)
        {
            if (sco[property] is not { } value)
            {
                continue;
            }

            name[property] = property == "hashes" && value is JsonObject hashes ? ChooseOneHash(hashes) : value.DeepClone();
        }

        if (name.Count == 0)
        {
            return null;
        }

        return type + "--" + UuidV5(StixNamespace, CanonicalJson.Serialize(name)).ToString("D");
    }

    /// <summary>A name-based UUID (RFC 4122 version 5, SHA-1).</summary>
    public static Guid UuidV5(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.CopyTo(input);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 is defined with; it is an identifier, not a security use.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    private static JsonObject ChooseOneHash(JsonObject hashes)
    {
        foreach (var algorithm in PreferredHashes)
        {
            if (hashes[algorithm] is { } value)
            {
                return new JsonObject { [algorithm] = value.DeepClone() };
            }
        }

        var first = hashes.FirstOrDefault();
        return first.Key is null ? new JsonObject() : new JsonObject { [first.Key] = first.Value?.DeepClone() };
    }

    internal static int ReadBigEndian(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt32BigEndian(bytes);
}
