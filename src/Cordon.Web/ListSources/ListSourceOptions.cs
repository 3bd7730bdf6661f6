namespace Cordon.Web.ListSources;

/// <summary>
/// How list sources are fetched and scheduled. Bound from the configuration section <c>Cordon:ListSources</c> (environment
/// variables such as <c>Cordon__ListSources__MaxDownloadBytes</c>), for <c>cordon serve</c> and <c>cordon lists update</c> alike.
/// </summary>
public sealed class ListSourceOptions
{
    /// <summary>Configuration section holding these options.</summary>
    public const string Section = "Cordon:ListSources";

    /// <summary>Whether <c>cordon serve</c> checks the enabled sources when they are due (default true).</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>Interval of a source added without one (default 6 hours).</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the server looks for due sources (default one minute).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After a failed check, the next one comes after this or the source's interval, whichever is shorter (default 1 hour).</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest download accepted, in bytes after HTTP decompression (default 256 MiB; OFAC's largest file is about 100 MB).</summary>
    public long MaxDownloadBytes { get; set; } = 256L << 20;

    /// <summary>Longest one request may wait for the response to begin before it is tried again (default 2 minutes).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest a whole download may take, retries and the body included (default 15 minutes).</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Retries after a failed attempt (connection error, time-out, 408, 429 or 5xx; default 3).</summary>
    public int Retries { get; set; } = 3;

    /// <summary>Wait before the first retry, doubled (with jitter) for each next one (default 5 seconds).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Largest share of entries a download may lose against the version in force before it is refused as truncated or wrong
    /// (default 0.25: a list a quarter shorter is held back; import it by hand with <c>cordon lists import</c> if it is right).
    /// </summary>
    public double MaxShrink { get; set; } = 0.25;

    /// <summary>
    /// Media types a download may be served as (parameters such as <c>charset</c> ignored); a response without a
    /// <c>Content-Type</c> is read by content alone. An HTML page — an error or sign-in page in place of the file — is refused.
    /// </summary>
    public IList<string> ContentTypes { get; } =
    [
        "application/xml", "text/xml", "text/csv", "application/csv", "text/plain", "text/tab-separated-values",
        "application/json", "application/x-ndjson", "application/jsonl", "application/zip", "application/x-zip-compressed",
        "application/gzip", "application/x-gzip", "application/octet-stream", "binary/octet-stream",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
    ];

    /// <summary>How long a check may hold its source before another instance may take it over: the download time and some.</summary>
    public TimeSpan Lease => DownloadTimeout + TimeSpan.FromMinutes(30);

    /// <summary>Refuses values that cannot work, with the option's name.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (DefaultInterval < TimeSpan.FromMinutes(1) || PollInterval <= TimeSpan.Zero || RetryAfterFailure <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}: DefaultInterval must be at least a minute, PollInterval and RetryAfterFailure positive.");
        }

        if (MaxDownloadBytes <= 0 || AttemptTimeout <= TimeSpan.Zero || DownloadTimeout <= TimeSpan.Zero || Retries < 0 || RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{Section}: MaxDownloadBytes, AttemptTimeout and DownloadTimeout must be positive, Retries and RetryDelay not negative.");
        }

        if (MaxShrink is < 0 or > 1)
        {
            throw new ArgumentException($"{Section}: MaxShrink is a share between 0 and 1, not {MaxShrink}.");
        }
    }
}
