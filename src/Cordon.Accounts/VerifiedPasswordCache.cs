using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Cordon.Accounts;

/// <summary>
/// Remembers, for a short time, that a user name and password were verified, so that a program sending HTTP Basic on every
/// request (TAXII clients do) pays PBKDF2 once rather than on each request. Entries are keyed by an HMAC-SHA256 of the name
/// and password under a random key made when the process starts and never stored: the cache holds neither the password nor
/// anything that could be checked against a guess outside this process. Each entry keeps the user's security stamp of the
/// moment it was verified; the caller compares it with the stamp in the database on every use, so a password change or reset,
/// a disable or a sign-out ends it at once on every instance.
/// </summary>
public sealed class VerifiedPasswordCache
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates an empty cache whose entries live <paramref name="lifetime"/>.</summary>
    public VerifiedPasswordCache(TimeSpan lifetime, int capacity = 10_000, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Lifetime = lifetime;
        Capacity = capacity;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How long a verification is remembered.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>Most entries kept; past it the expired ones go, and if that is not enough, all.</summary>
    public int Capacity { get; }

    /// <summary>The keyed hash a name and password are remembered under.</summary>
    public string KeyOf(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        return Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(userName + "\n" + password)));
    }

    /// <summary>The user id and security stamp verified under <paramref name="key"/>, when remembered and not expired.</summary>
    public bool TryGet(string key, out string userId, out string securityStamp)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > _time.GetUtcNow())
        {
            (userId, securityStamp) = (entry.UserId, entry.SecurityStamp);
            return true;
        }

        (userId, securityStamp) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary>Remembers a verification.</summary>
    public void Add(string key, string userId, string securityStamp)
    {
        var now = _time.GetUtcNow();
        if (_entries.Count >= Capacity)
        {
            foreach (var expired in _entries.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(expired, out _);
            }

            if (_entries.Count >= Capacity)
            {
                _entries.Clear();
            }
        }

        _entries[key] = new Entry(userId, securityStamp, now + Lifetime);
    }

    /// <summary>Forgets one verification (its stamp no longer matched).</summary>
    public void Remove(string key) => _entries.TryRemove(key, out _);

    private sealed record Entry(string UserId, string SecurityStamp, DateTimeOffset ExpiresAt);
}
