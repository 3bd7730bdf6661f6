namespace Cordon.Lists;

/// <summary>
/// A named place a list is downloaded from, with its schedule and what the last check found. Sources are platform data,
/// like the lists they feed: one set for every organisation.
/// </summary>
/// <param name="Name">Unique name, such as <c>un-sc</c> (letters, digits, '-', '_' and '.').</param>
/// <param name="ListId">The list the download must hold (see <c>Cordon.Core.ListIds</c>); any other list is refused.</param>
/// <param name="Url">Where the file is fetched from (http or https).</param>
/// <param name="Format">The reader format the download must be in ("un-xml"…), or null for any recognised one.</param>
/// <param name="Interval">How long after a check the next one is due.</param>
/// <param name="Enabled">Whether the schedule fetches it; a disabled source is fetched only when named explicitly.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="LastCheckedAt">When it was last fetched (successfully or not).</param>
/// <param name="LastChangedAt">When a check last stored a new version of its list.</param>
/// <param name="LastOutcome">What the last check did (see <see cref="ListSourceOutcomes"/>).</param>
/// <param name="LastError">Why the last check failed; null when it did not.</param>
/// <param name="ETag">The entity tag of the last download imported, sent back as <c>If-None-Match</c>.</param>
/// <param name="LastModified">The <c>Last-Modified</c> value of the last download imported, sent back as <c>If-Modified-Since</c>.</param>
/// <param name="ContentHash">SHA-256 (hex) of the bytes last imported: a same-content download is recognised without reading it.</param>
/// <param name="NextRunAt">When the schedule next fetches it (if enabled).</param>
/// <param name="LeasedBy">The instance checking it now, if any.</param>
/// <param name="LeasedUntil">Until when that instance holds it.</param>
public sealed record ListSource(
    string Name,
    string ListId,
    string Url,
    string? Format,
    TimeSpan Interval,
    bool Enabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastCheckedAt = null,
    DateTimeOffset? LastChangedAt = null,
    string? LastOutcome = null,
    string? LastError = null,
    string? ETag = null,
    string? LastModified = null,
    string? ContentHash = null,
    DateTimeOffset? NextRunAt = null,
    string? LeasedBy = null,
    DateTimeOffset? LeasedUntil = null);

/// <summary>What a source check did, as <see cref="ListSource.LastOutcome"/> records it.</summary>
public static class ListSourceOutcomes
{
    /// <summary>A new version of the list was stored (and the watch list re-screened).</summary>
    public const string Changed = "changed";

    /// <summary>The server answered 304 Not Modified.</summary>
    public const string NotModified = "not-modified";

    /// <summary>The download was the same as the version in force; nothing was stored.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>The download failed or was refused; the version in force stays.</summary>
    public const string Failed = "failed";
}

/// <summary>What one check of a source found, for <see cref="IListSourceStore.CompleteListSourceCheckAsync"/>.</summary>
/// <param name="CheckedAt">When the check ended.</param>
/// <param name="Outcome">One of <see cref="ListSourceOutcomes"/>.</param>
/// <param name="Error">Why it failed, for <see cref="ListSourceOutcomes.Failed"/>; the source's validators are then kept.</param>
/// <param name="ETag">The download's entity tag (kept only when the check did not fail).</param>
/// <param name="LastModified">The download's <c>Last-Modified</c> (kept only when the check did not fail).</param>
/// <param name="ContentHash">SHA-256 of the downloaded bytes (kept only when the check did not fail).</param>
/// <param name="NextRunAt">When the next check is due.</param>
public sealed record ListSourceCheck(
    DateTimeOffset CheckedAt,
    string Outcome,
    string? Error,
    string? ETag,
    string? LastModified,
    string? ContentHash,
    DateTimeOffset NextRunAt);
