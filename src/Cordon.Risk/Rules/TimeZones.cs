using System.Collections.Concurrent;

namespace Cordon.Risk.Rules;

/// <summary>IANA time zones resolved once and cached.</summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        return Cache.GetOrAdd(id.Trim(), static key => TimeZoneInfo.TryFindSystemTimeZoneById(key, out var zone) ? zone : null);
    }
}
