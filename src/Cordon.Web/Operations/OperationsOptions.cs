namespace Cordon.Web.Operations;

/// <summary>
/// How the server runs: logs, limits, rate limiting and retention. Bound from the configuration section <c>Cordon</c>
/// (<c>Cordon:LogFormat</c>…); the short variables <c>CORDON_LOG_FORMAT</c>, <c>CORDON_RETENTION_DAYS</c>,
/// <c>CORDON_RATE_LIMIT</c> and <c>CORDON_PUBLIC_URL</c> fill them when the configuration says nothing
/// (<see cref="CordonEnvironment"/>).
/// </summary>
public sealed class OperationsOptions
{
    /// <summary>Configuration section holding these options.</summary>
    public const string Section = "Cordon";

    /// <summary><c>simple</c> (one readable line per message, the default) or <c>json</c> (one JSON object per line, with request ids).</summary>
    public string LogFormat { get; set; } = "simple";

    /// <summary>Largest request body accepted by an endpoint that sets no limit of its own (bytes; default 4 MiB).</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest request body any endpoint may accept, the batch endpoints' limit (bytes; default 64 MiB).</summary>
    public long MaxBatchRequestBodyBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Seconds a client is told to wait (<c>Retry-After</c>) when the database is away or a rate limit is reached.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>
    /// Requests per minute allowed to one caller (an API key, else a user, else a client address) across the API; 0 turns the
    /// limit off. Default 6,000 (100 a second).
    /// </summary>
    public int RequestsPerMinute { get; set; } = 6_000;

    /// <summary>
    /// Password checks per minute allowed from one client address, through the sign-in page, <c>POST /api/session</c>, HTTP Basic
    /// or a password change (default 30), counted before any hashing. A user name also locks for an address after repeated
    /// failures from it.
    /// </summary>
    public int SignInAttemptsPerMinute { get; set; } = 30;

    /// <summary>
    /// Failed password checks per minute allowed for one user name from all addresses together (default 30): slows guessing
    /// spread over many addresses. Each address also locks after five failures, so keeping a name at this limit takes fresh
    /// addresses all the time.
    /// </summary>
    public int SignInFailuresPerAccountPerMinute { get; set; } = 30;

    /// <summary>
    /// Seconds a verified HTTP Basic user name and password are remembered (under a keyed hash, never the password) so that
    /// repeated requests skip PBKDF2 (default 120; 0 turns it off). A sign-out, password change or reset and a disable end it at once.
    /// </summary>
    public int VerifiedPasswordCacheSeconds { get; set; } = 120;

    /// <summary>
    /// The fixed window both rate limits count in (default one minute, which the two "per minute" settings assume). A shorter
    /// window with proportionally smaller limits is for tests, which cannot wait a minute for a window to end.
    /// </summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Days assessments (and alerts of subjects no longer watched) are kept; older ones are purged when the server starts and
    /// once a day. Null keeps them until erased.
    /// </summary>
    public int? RetentionDays { get; set; }

    /// <summary>
    /// The address partners reach this server at (for example <c>https://hub.example.org</c>, with a path when a proxy
    /// serves it under one), from which TAXII discovery builds its API root URLs. Null: the first address the server
    /// listens on. The request's <c>Host</c> header is never used: a client must not be able to choose the URLs that
    /// other clients are sent to.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Refuses values that cannot work, with the option's name.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    internal void Validate()
    {
        if (LogFormat is not ("simple" or "json"))
        {
            throw new ArgumentException($"Log format '{LogFormat}' is unknown: use simple or json.");
        }

        if (MaxRequestBodyBytes <= 0 || MaxBatchRequestBodyBytes < MaxRequestBodyBytes)
        {
            throw new ArgumentException("Request body limits must be positive, and the batch limit at least the default one.");
        }

        if (RequestsPerMinute < 0 || SignInAttemptsPerMinute <= 0 || SignInFailuresPerAccountPerMinute <= 0 || RetryAfterSeconds <= 0 || RateLimitWindow <= TimeSpan.Zero
            || VerifiedPasswordCacheSeconds < 0)
        {
            throw new ArgumentException("Rate limits and Retry-After must be positive (RequestsPerMinute may be 0 to turn it off).");
        }

        if (PublicUrl is not null && (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var publicUrl) || publicUrl.Scheme is not ("http" or "https")
            || publicUrl.Query.Length > 0 || publicUrl.Fragment.Length > 0 || publicUrl.UserInfo.Length > 0))
        {
            throw new ArgumentException($"Public URL '{PublicUrl}' is not an absolute http or https URL without user, query or fragment (for example https://hub.example.org).");
        }

        if (RetentionDays is <= 0)
        {
            throw new ArgumentException($"Retention of {RetentionDays} days is not possible: give at least 1 day, or none to keep records.");
        }
    }
}
