namespace Cordon.Storage;

/// <summary>How stores normalise timestamps, so that both providers give back the same value.</summary>
internal static class StoreTime
{
    /// <summary>
    /// UTC, truncated to the microsecond: PostgreSQL's <c>timestamptz</c> keeps microseconds, and SQLite is made
    /// to keep exactly as much, so a value read back from either equals the normalised one.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }
}
