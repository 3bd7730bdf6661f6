using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cordon.Storage;

namespace Cordon.Hub;

/// <summary>
/// The TAXII <c>next</c> value: an opaque, HMAC-SHA256-signed position in a collection's (date_added, sequence) order,
/// bound to the endpoint, collection, organisation and filters it was issued for. A forged, altered or transplanted cursor
/// is refused; and even a valid one only says where to resume, since every page is read through the caller's rights.
/// </summary>
public sealed class PageCursor
{
    private const string Version = "c1";
    private readonly byte[] key;

    /// <summary>Creates a cursor codec with a secret key (at least 32 bytes).</summary>
    public PageCursor(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The cursor key needs at least 32 bytes.", nameof(key));
        }

        this.key = key.ToArray();
    }

    /// <summary>Issues the cursor that resumes after <paramref name="position"/>.</summary>
    public string Issue(string scope, HubPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var payload = string.Join(
            '|',
            Version,
            position.DateAdded.UtcTicks.ToString(CultureInfo.InvariantCulture),
            position.Sequence.ToString(CultureInfo.InvariantCulture));
        var payloadBytes = Encoding.UTF8.GetBytes(payload);
        return Base64Url.EncodeToString(payloadBytes) + "." + Base64Url.EncodeToString(Sign(scope, payloadBytes));
    }

    /// <summary>The position a cursor stands for, or null when it was not issued by this server for this scope.</summary>
    public HubPosition? Read(string scope, string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || cursor.Length > 512)
        {
            return null;
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(scope, payload)))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 3 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }

        return new HubPosition(new DateTimeOffset(ticks, TimeSpan.Zero), sequence);
    }

    // The scope (endpoint, collection, organisation, filters) is signed but not carried: a cursor shown elsewhere fails.
    private byte[] Sign(string scope, byte[] payload)
    {
        var scoped = Encoding.UTF8.GetBytes(scope + "\n").Concat(payload).ToArray();
        return HMACSHA256.HashData(key, scoped);
    }
}
