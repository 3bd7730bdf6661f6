using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Cordon.Accounts;
using Cordon.Lists;
using Cordon.Lists.Sources;
using Cordon.Screening;
using Cordon.Storage;
using Cordon.Web.Endpoints;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Cordon.Core;

namespace Cordon.Web.ListSources;

/// <summary>
/// Named list sources: their settings (the official ones offered disabled), and checks that fetch a source and import
/// what changed through the same audited path as <c>cordon lists import</c>, re-screening the watch lists. A check holds
/// its source under a lease in the database, so instances sharing it never fetch the same source at once.
/// </summary>
public sealed partial class ListSourceService
{
    /// <summary>The audit action of changes to the sources themselves (added, changed, enabled, disabled, removed).</summary>
    public const string AuditAction = "list.source";

    /// <summary>The actor the server's schedule imports as, in the audit log.</summary>
    public static Actor ScheduleActor { get; } = new(null, null, "schedule:list-sources");

    private static readonly HashSet<string> OfficialNames = OfficialListSources.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    private readonly CordonServices _cordon;
    private readonly ListLoader _loader;
    private readonly IHttpClientFactory _http;
    private readonly ListSourceOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    public ListSourceService(CordonServices cordon, ListLoader loader, IHttpClientFactory http, ListSourceOptions options, ILogger<ListSourceService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(cordon);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _cordon = cordon;
        _loader = loader;
        _http = http;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>This process, as source leases name it.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>The options in force.</summary>
    public ListSourceOptions Options => _options;

    /// <summary>Every source, the official ones included (added disabled the first time they are asked for).</summary>
    public async Task<IReadOnlyList<ListSource>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        await AddOfficialSourcesAsync(cancellationToken);
        return await _cordon.Store.GetListSourcesAsync(cancellationToken);
    }

    /// <summary>True for a source named after one of <see cref="OfficialListSources"/>.</summary>
    public static bool IsOfficial(string name) => OfficialNames.Contains(name);

    /// <summary>Adds the official sources that are not stored yet, disabled: none is fetched until an operator enables it.</summary>
    public async Task AddOfficialSourcesAsync(CancellationToken cancellationToken = default)
    {
        var now = _cordon.Time.GetUtcNow();
        foreach (var official in OfficialListSources.All)
        {
            await _cordon.Store.AddListSourceAsync(
                new ListSource(official.Name, official.ListId, official.Url, official.Format, _options.DefaultInterval, false, now),
                cancellationToken);
        }
    }

    /// <summary>Adds a source.</summary>
    /// <exception cref="ArgumentException">A setting is invalid, or a source of that name exists.</exception>
    public async Task<ListSource> AddAsync(Actor actor, string name, string listId, string url, string? format, TimeSpan? interval, bool enabled, CancellationToken cancellationToken = default)
    {
        await AddOfficialSourcesAsync(cancellationToken);
        var now = _cordon.Time.GetUtcNow();
        var source = Validated(new ListSource(name, listId, url, format, interval ?? _options.DefaultInterval, enabled, now, NextRunAt: enabled ? now : null));
        if (!await _cordon.Store.AddListSourceAsync(source, cancellationToken))
        {
            throw new ArgumentException($"A list source named '{name}' exists already; change it with 'cordon lists sources set {name} …'.");
        }

        await AuditAsync(actor, "add", source, cancellationToken);
        return source;
    }

    /// <summary>Changes the settings given (null keeps one); a shorter interval brings the next run forward.</summary>
    /// <exception cref="NotFoundException">There is no such source.</exception>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public async Task<ListSource> ChangeAsync(Actor actor, string name, string? listId, string? url, string? format, TimeSpan? interval, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(name, cancellationToken);
        var changed = Validated(current with
        {
            ListId = listId ?? current.ListId,
            Url = url ?? current.Url,
            Format = format is null ? current.Format : format.Length == 0 || format == "any" ? null : format,
            Interval = interval ?? current.Interval,
        });
        if (current.LastCheckedAt is { } checkedAt && current.NextRunAt is { } next && checkedAt + changed.Interval < next)
        {
            changed = changed with { NextRunAt = checkedAt + changed.Interval };
        }

        if (!await _cordon.Store.ChangeListSourceAsync(changed, cancellationToken))
        {
            throw new NotFoundException($"No list source is named '{name}'.");
        }

        await AuditAsync(actor, "change", changed, cancellationToken);
        return changed;
    }

    /// <summary>Enables (due at once) or disables a source.</summary>
    /// <exception cref="NotFoundException">There is no such source.</exception>
    public async Task SetEnabledAsync(Actor actor, string name, bool enabled, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(name, cancellationToken);
        if (!await _cordon.Store.SetListSourceEnabledAsync(name, enabled, _cordon.Time.GetUtcNow(), cancellationToken))
        {
            throw new NotFoundException($"No list source is named '{name}'.");
        }

        await AuditAsync(actor, enabled ? "enable" : "disable", source, cancellationToken);
    }

    /// <summary>Removes a source (its list's versions stay). An official source is disabled rather than removed.</summary>
    /// <exception cref="NotFoundException">There is no such source.</exception>
    /// <exception cref="ArgumentException">The source is an official one.</exception>
    public async Task RemoveAsync(Actor actor, string name, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(name, cancellationToken);
        if (IsOfficial(name))
        {
            throw new ArgumentException($"'{name}' is an official source: disable it instead ('cordon lists sources disable {name}').");
        }

        await _cordon.Store.RemoveListSourceAsync(name, cancellationToken);
        await AuditAsync(actor, "remove", source, cancellationToken);
    }

    /// <summary>One source.</summary>
    /// <exception cref="NotFoundException">There is no such source.</exception>
    public async Task<ListSource> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await AddOfficialSourcesAsync(cancellationToken);
        return await _cordon.Store.GetListSourceAsync(name, cancellationToken)
            ?? throw new NotFoundException($"No list source is named '{name}' (see 'cordon lists sources').");
    }

    /// <summary>Checks one source now, enabled or not, due or not.</summary>
    /// <exception cref="NotFoundException">There is no such source.</exception>
    /// <exception cref="ListSourceBusyException">Another instance is checking it.</exception>
    public async Task<ListSourceCheckResult> CheckAsync(Actor actor, string name, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(name, cancellationToken);
        var claimed = await _cordon.Store.ClaimListSourceAsync(name, Owner, _cordon.Time.GetUtcNow(), _options.Lease, cancellationToken);
        if (claimed is null)
        {
            var holder = await _cordon.Store.GetListSourceAsync(name, cancellationToken) ?? source;
            throw new ListSourceBusyException(
                $"'{name}' is being checked by another instance ({holder.LeasedBy}) until {holder.LeasedUntil:yyyy-MM-dd HH:mm:ss} UTC at the latest.");
        }

        return await RunAsync(claimed, actor, cancellationToken);
    }

    /// <summary>Checks every enabled source that is due and that no other instance holds, one after the other.</summary>
    public async Task<IReadOnlyList<ListSourceCheckResult>> CheckDueAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var results = new List<ListSourceCheckResult>();
        while (await _cordon.Store.ClaimDueListSourceAsync(Owner, _cordon.Time.GetUtcNow(), _options.Lease, cancellationToken) is { } claimed)
        {
            results.Add(await RunAsync(claimed, actor, cancellationToken));
        }

        return results;
    }

    private async Task<ListSourceCheckResult> RunAsync(ListSource source, Actor actor, CancellationToken cancellationToken)
    {
        ListSourceCheckResult result;
        string? etag = source.ETag, lastModified = source.LastModified, hash = source.ContentHash;
        try
        {
            var download = await new ListSourceDownloader(_http.CreateClient(ListSourceHttp.ClientName), _options).DownloadAsync(source, cancellationToken);
            var inForce = (await _cordon.Store.GetListsAsync(cancellationToken)).FirstOrDefault(l => l.ListId == source.ListId)?.Current;
            (etag, lastModified) = (download.ETag, download.LastModified);
            if (download.NotModified)
            {
                result = new(source.Name, ListSourceOutcomes.NotModified, $"{source.Name}: not modified since the last download", inForce?.Id, 0);
            }
            else if ((hash = Convert.ToHexStringLower(SHA256.HashData(download.Content.Span))) == source.ContentHash && inForce is not null)
            {
                result = new(source.Name, ListSourceOutcomes.Unchanged, $"{source.Name}: the same file as last time; version {inForce.Id} stays in force", inForce.Id, 0);
            }
            else
            {
                var (outcome, _) = await PlatformListImport.ImportAsync(
                    _cordon,
                    new AuditLog(_cordon.Store, _cordon.Time),
                    actor,
                    [download.FileName],
                    () => LoadChecked(source, download, inForce),
                    acceptIncomplete: false,
                    cancellationToken);
                var list = outcome.Lists[0];
                result = list.Unchanged
                    ? new(source.Name, ListSourceOutcomes.Unchanged, $"{source.Name}: same content as version {list.Version.Id}, which stays in force", list.Version.Id, 0)
                    : new(source.Name, ListSourceOutcomes.Changed,
                        $"{source.Name}: version {list.Version.Id} of {list.Version.ListName} imported with {list.Version.EntityCount.ToString("N0", CultureInfo.InvariantCulture)} entries from {download.FileName}; {outcome.Alerts.Count} watch-list alert(s) raised",
                        list.Version.Id,
                        outcome.Alerts.Count);
            }
        }
        catch (Exception e) when (e is ListDownloadException or ListFormatException or ArgumentException or InvalidDataException or IOException)
        {
            result = Failed(source, e.Message);
        }
        catch (OperationCanceledException)
        {
            // The lease is released so that the source is not held until it runs out; the next check fetches it again.
            await CompleteAsync(source, Failed(source, "the check was cancelled"), source.ETag, source.LastModified, source.ContentHash);
            throw;
        }
        catch (Exception e)
        {
            LogCheckCrashed(_logger, source.Name, e);
            result = Failed(source, e.Message);
        }

        await CompleteAsync(source, result, etag, lastModified, hash);
        return result;
    }

    private async Task CompleteAsync(ListSource source, ListSourceCheckResult result, string? etag, string? lastModified, string? hash)
    {
        var now = _cordon.Time.GetUtcNow();
        var wait = result.Outcome == ListSourceOutcomes.Failed && _options.RetryAfterFailure < source.Interval ? _options.RetryAfterFailure : source.Interval;
        var check = new ListSourceCheck(now, result.Outcome, result.Outcome == ListSourceOutcomes.Failed ? result.Error : null, etag, lastModified, hash, now + wait);
        if (!await _cordon.Store.CompleteListSourceCheckAsync(source.Name, Owner, check, CancellationToken.None))
        {
            LogLeaseLost(_logger, source.Name);
        }

        if (result.Outcome == ListSourceOutcomes.Failed)
        {
            LogCheckFailed(_logger, source.Name, result.Error ?? "");
        }
        else
        {
            LogChecked(_logger, result.Message);
        }
    }

    private static ListSourceCheckResult Failed(ListSource source, string reason) =>
        new(source.Name, ListSourceOutcomes.Failed, $"{source.Name}: failed, the version in force stays: {reason}", null, 0, reason);

    /// <summary>Reads the download and refuses it unless it is the source's one list, in its format, not much shorter than the version in force.</summary>
    private ListLoadResult LoadChecked(ListSource source, ListDownload download, ListVersionInfo? inForce)
    {
        var loaded = _loader.Load(new SourceFile(download.FileName, download.Content));
        if (loaded.Snapshots.Count != 1)
        {
            throw new ListFormatException(download.FileName, null, $"holds {loaded.Snapshots.Count} lists; source '{source.Name}' feeds one ({source.ListId})");
        }

        var snapshot = loaded.Snapshots[0];
        if (snapshot.ListId != source.ListId)
        {
            throw new ListFormatException(download.FileName, null, $"holds the list '{snapshot.ListId}', not '{source.ListId}' as source '{source.Name}' expects");
        }

        if (source.Format is { } format && snapshot.Format != format)
        {
            throw new ListFormatException(download.FileName, null, $"is in the format '{snapshot.Format}', not '{format}' as source '{source.Name}' expects");
        }

        if (inForce is { EntityCount: > 0 } && snapshot.Entities.Count < inForce.EntityCount * (1 - _options.MaxShrink))
        {
            throw new ListFormatException(
                download.FileName,
                null,
                $"has {snapshot.Entities.Count:N0} entries against {inForce.EntityCount:N0} in version {inForce.Id}, a drop of more than {_options.MaxShrink:P0}: "
                + "held back as truncated or wrong (if it is right, import the file with 'cordon lists import')");
        }

        return loaded;
    }

    private static ListSource Validated(ListSource source)
    {
        if (!NamePattern().IsMatch(source.Name))
        {
            throw new ArgumentException($"Source name '{source.Name}' may hold only letters, digits, '.', '-' and '_' (at most 64), starting with a letter or digit.");
        }

        if (!NamePattern().IsMatch(source.ListId))
        {
            throw new ArgumentException($"List id '{source.ListId}' may hold only letters, digits, '.', '-' and '_' (such as un-sc or ofac-sdn).");
        }

        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0)
        {
            throw new ArgumentException($"URL '{source.Url}' is not an absolute http or https URL without a user name or password.");
        }

        var formats = ListReaders.All.Select(r => r.Format).ToList();
        if (source.Format is { } format && !formats.Contains(format, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Format '{format}' is unknown: use one of {string.Join(", ", formats)}, or 'any'.");
        }

        if (source.Interval < TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"An interval of {source.Interval} is too short: at least one minute.");
        }

        return source;
    }

    private Task<AuditEntry> AuditAsync(Actor actor, string operation, ListSource source, CancellationToken cancellationToken) =>
        new AuditLog(_cordon.Store, _cordon.Time).RecordAsync(
            actor,
            AuditAction,
            AuditOutcomes.Success,
            "list-source",
            source.Name,
            new { operation, list = source.ListId, url = source.Url, format = source.Format, intervalMinutes = (long)source.Interval.TotalMinutes },
            AuditEntry.Platform,
            cancellationToken);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "List source: {Message}")]
    private static partial void LogChecked(ILogger logger, string message);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "List source {Name} check failed, the version in force stays: {Reason}")]
    private static partial void LogCheckFailed(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 42, Level = LogLevel.Error, Message = "List source {Name} check crashed")]
    private static partial void LogCheckCrashed(ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 43, Level = LogLevel.Warning, Message = "List source {Name}: the lease ran out during the check and another instance took it; its result was not recorded")]
    private static partial void LogLeaseLost(ILogger logger, string name);
}

/// <summary>What one check of a source did.</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Outcome">One of <see cref="ListSourceOutcomes"/>.</param>
/// <param name="Message">One line for people.</param>
/// <param name="VersionId">The version of the list in force after the check, when known.</param>
/// <param name="Alerts">Watch-list alerts the new version raised.</param>
/// <param name="Error">Why it failed, for <see cref="ListSourceOutcomes.Failed"/>.</param>
public sealed record ListSourceCheckResult(string Source, string Outcome, string Message, long? VersionId, int Alerts, string? Error = null);

/// <summary>Another instance holds the source's lease: it is being checked there.</summary>
public sealed class ListSourceBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ListSourceBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ListSourceBusyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ListSourceBusyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
