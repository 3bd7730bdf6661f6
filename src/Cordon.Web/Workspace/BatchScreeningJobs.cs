using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cordon.Core.Export;
using Cordon.Screening;
using Cordon.Screening.Batch;
using Cordon.Storage;
using Microsoft.Extensions.Logging;

namespace Cordon.Web.Workspace;

/// <summary>
/// CSV batch screenings started from the workspace: the file is checked at upload (header, size), then screened in the
/// background by the instance that received it while any instance shows its progress; results and rejected rows are
/// downloaded as CSV. Batches are stored in the database (so a browser behind a load balancer may reach any instance),
/// kept for <see cref="Retention"/>, and only ever shown to their own organisation.
/// </summary>
public sealed partial class BatchScreeningJobs
{
    /// <summary>Largest upload accepted, in bytes.</summary>
    public const int MaxUploadBytes = 20 << 20;

    /// <summary>Most rows in one upload; larger batches belong to <c>cordon screen</c>.</summary>
    public const int MaxRows = 100_000;

    /// <summary>How many of an organisation's recent batches the screening page lists.</summary>
    public const int RecentShown = 20;

    /// <summary>How long batches are kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(4);

    /// <summary>
    /// How long a running batch may go without a progress report before it is shown as stopped: the instance screening it
    /// died or lost the database. Progress is reported every <see cref="ProgressInterval"/>.
    /// </summary>
    public static readonly TimeSpan SilenceLimit = TimeSpan.FromMinutes(1);

    /// <summary>How often a running batch stores its progress.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private readonly ICordonStore _store;
    private readonly ScreeningCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    public BatchScreeningJobs(ICordonStore store, ScreeningCatalog catalog, TimeProvider time, ILogger<BatchScreeningJobs> logger)
    {
        _store = store;
        _catalog = catalog;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Reads and checks an uploaded CSV, takes the screening index of the lists in force now, stores the batch, then screens
    /// the rows in the background against that index (so a list imported meanwhile does not change a batch half-way).
    /// </summary>
    /// <exception cref="BatchInputException">The file is empty, too large, not CSV, or its header breaks the contract; nothing was started.</exception>
    public async Task<ScreeningBatch> StartAsync(string organisationId, string userName, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = Parse(fileName, content);

        // Taken while the request waits, so that a store that cannot answer fails the upload instead of leaving a batch
        // that never moves.
        var catalog = await _catalog.GetIndexAsync(cancellationToken);
        var now = _time.GetUtcNow();
        await _store.DeleteScreeningBatchesStartedBeforeAsync(now - Retention, cancellationToken);
        var batch = new ScreeningBatch(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), organisationId, userName, Path.GetFileName(fileName), rows.Count, 0, 0, 0, now, now, null, null);
        await _store.AddScreeningBatchAsync(batch, cancellationToken);
        _ = Task.Run(() => RunAsync(batch.Id, rows, catalog), CancellationToken.None);
        return batch;
    }

    /// <summary>True when <paramref name="batch"/> still runs but its instance has not reported for longer than <see cref="SilenceLimit"/>.</summary>
    public bool HasGoneSilent(ScreeningBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return !batch.IsFinished && _time.GetUtcNow() - batch.HeartbeatAt > SilenceLimit;
    }

    private async Task RunAsync(string id, IReadOnlyList<BatchRow> rows, CatalogIndex catalog)
    {
        int screened = 0, matched = 0, rejected = 0;
        try
        {
            var threshold = _catalog.Matcher.DefaultThreshold;
            var results = new StringBuilder().Append(CsvCells.Line(ScreeningCsv.ResultColumns)).Append("\r\n");
            var errors = new StringBuilder().Append(CsvCells.Line(ScreeningCsv.ErrorColumns)).Append("\r\n");
            var reported = _time.GetTimestamp();
            foreach (var row in rows)
            {
                var error = row.Error;
                if (error is null && row.Input.TryCreate(out var subject, out error))
                {
                    var matches = catalog.Index.Screen(subject, 5, threshold);
                    for (var rank = 0; rank < matches.Count; rank++)
                    {
                        results.Append(ScreeningCsv.ResultLine(row.Id, row.Input.Name ?? string.Empty, rank + 1, matches[rank])).Append("\r\n");
                    }

                    screened++;
                    matched += matches.Count > 0 ? 1 : 0;
                }
                else
                {
                    errors.Append(ScreeningCsv.ErrorLine(row.Line, row.Id, error)).Append("\r\n");
                    rejected++;
                }

                if (_time.GetElapsedTime(reported) >= ProgressInterval)
                {
                    await ReportProgressAsync(id, screened, matched, rejected);
                    reported = _time.GetTimestamp();
                }
            }

            await FinishAsync(id, screened, matched, rejected, null, Encoding.UTF8.GetBytes(results.ToString()), Encoding.UTF8.GetBytes(errors.ToString()));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogBatchFailed(_logger, e, id);
            await FinishAsync(id, screened, matched, rejected, "the batch stopped: " + e.Message, null, null);
        }
    }

    private async Task ReportProgressAsync(string id, int screened, int matched, int rejected)
    {
        try
        {
            await _store.UpdateScreeningBatchProgressAsync(id, screened, matched, rejected, _time.GetUtcNow());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Progress is only shown; the batch goes on and its end is stored (and retried) when it finishes.
            LogProgressNotStored(_logger, e, id);
        }
    }

    /// <summary>Stores the end of a batch, retrying a few times over a database outage before giving up (the batch then shows as stopped).</summary>
    private async Task FinishAsync(string id, int screened, int matched, int rejected, string? failure, byte[]? results, byte[]? errors)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _store.FinishScreeningBatchAsync(id, screened, matched, rejected, _time.GetUtcNow(), failure, results, errors);
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException && attempt < 10)
            {
                LogEndNotStored(_logger, e, id, attempt);
                await Task.Delay(TimeSpan.FromSeconds(3), _time);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogEndLost(_logger, e, id);
                return;
            }
        }
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Error, Message = "Batch screening {Id} stopped")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Progress of batch screening {Id} could not be stored; it goes on")]
    private static partial void LogProgressNotStored(ILogger logger, Exception exception, string id);

    [LoggerMessage(EventId = 32, Level = LogLevel.Warning, Message = "The end of batch screening {Id} could not be stored (attempt {Attempt}); trying again")]
    private static partial void LogEndNotStored(ILogger logger, Exception exception, string id, int attempt);

    [LoggerMessage(EventId = 33, Level = LogLevel.Error, Message = "The end of batch screening {Id} could not be stored; it will show as stopped")]
    private static partial void LogEndLost(ILogger logger, Exception exception, string id);

    internal static List<BatchRow> Parse(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (content.Length == 0)
        {
            throw new BatchInputException($"{name} is empty; expected a CSV with a header line id,name.");
        }

        if (content.Length > MaxUploadBytes)
        {
            throw new BatchInputException($"{name} has {content.Length:N0} bytes; at most {MaxUploadBytes:N0} are accepted here (use `cordon screen` for larger files).");
        }

        using var csv = BatchCsvReader.Open(name, new MemoryStream(content, writable: false), ScreeningCsv.RequiredColumns, ScreeningCsv.OptionalColumns, 1 << 20);
        var rows = new List<BatchRow>();
        foreach (var row in csv.Rows())
        {
            if (rows.Count == MaxRows)
            {
                throw new BatchInputException($"{name} has more than {MaxRows:N0} rows; split it or use `cordon screen`.");
            }

            var id = row.Get("id");
            var error = string.IsNullOrWhiteSpace(id) ? "id is empty" : row.Error;
            rows.Add(new BatchRow((int)row.Line, id, error, ScreeningCsv.Input(row)));
        }

        if (csv.Malformed is not null)
        {
            // An upload is screened whole or not at all.
            throw new BatchInputException(csv.Malformed + "; nothing was screened.");
        }

        return rows;
    }

    internal sealed record BatchRow(int Line, string Id, string? Error, SubjectInput Input);
}
