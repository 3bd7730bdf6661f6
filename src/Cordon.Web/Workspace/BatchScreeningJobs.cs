using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cordon.Core.Export;
using Cordon.Screening;
using CsvHelper;

namespace Cordon.Web.Workspace;

/// <summary>
/// CSV batch screenings started from the workspace: the file is checked at upload (header, size), then screened in the
/// background while the page shows progress; results and rejected rows are downloaded as CSV.
/// Jobs live in this server's memory for <see cref="Retention"/> and are only ever shown to their own organisation.
/// </summary>
public sealed class BatchScreeningJobs
{
    /// <summary>Largest upload accepted, in bytes.</summary>
    public const int MaxUploadBytes = 20 << 20;

    /// <summary>Most rows in one upload; larger batches belong to <c>cordon screen</c>.</summary>
    public const int MaxRows = 100_000;

    /// <summary>How long finished jobs are kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(4);

    /// <summary>Required columns, as the <c>cordon screen</c> contract.</summary>
    public static readonly string[] RequiredColumns = ["id", "name"];

    /// <summary>Optional columns.</summary>
    public static readonly string[] OptionalColumns = ["type", "date_of_birth", "nationality"];

    /// <summary>Result columns, as <c>cordon screen</c> writes them.</summary>
    public static readonly string[] ResultColumns = ["id", "rank", "score", "list", "entity_id", "matched_name", "primary_name"];

    private readonly ConcurrentDictionary<string, BatchScreeningJob> _jobs = new(StringComparer.Ordinal);
    private readonly ScreeningCatalog _catalog;
    private readonly TimeProvider _time;

    /// <summary>Creates the registry.</summary>
    public BatchScreeningJobs(ScreeningCatalog catalog, TimeProvider time)
    {
        _catalog = catalog;
        _time = time;
    }

    /// <summary>
    /// Reads and checks an uploaded CSV, takes the screening index of the lists in force now, then screens the rows in the
    /// background against that index (so a list imported meanwhile does not change a batch half-way).
    /// </summary>
    /// <exception cref="BatchInputException">The file is empty, too large, not CSV, or its header breaks the contract; nothing was started.</exception>
    public async Task<BatchScreeningJob> StartAsync(string organisationId, string userName, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        Expire();
        var rows = Parse(fileName, content);

        // Taken while the request waits, so that a store that cannot answer fails the upload instead of leaving a job that
        // never moves; the background work is then only CPU.
        var catalog = await _catalog.GetIndexAsync(cancellationToken);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var job = new BatchScreeningJob(id, organisationId, userName, Path.GetFileName(fileName), rows.Count, _time.GetUtcNow());
        _jobs[id] = job;
        _ = Task.Run(() => Run(job, rows, catalog), CancellationToken.None);
        return job;
    }

    /// <summary>A job of <paramref name="organisationId"/>, or null (also when it belongs to another organisation).</summary>
    public BatchScreeningJob? Find(string organisationId, string id) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.OrganisationId, organisationId, StringComparison.Ordinal) ? job : null;

    /// <summary>The organisation's jobs, newest first.</summary>
    public IReadOnlyList<BatchScreeningJob> ForOrganisation(string organisationId) =>
        [.. _jobs.Values.Where(j => string.Equals(j.OrganisationId, organisationId, StringComparison.Ordinal)).OrderByDescending(j => j.StartedAt)];

    private void Expire()
    {
        var cutoff = _time.GetUtcNow() - Retention;
        foreach (var (id, job) in _jobs)
        {
            if (job.StartedAt < cutoff)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }

    private void Run(BatchScreeningJob job, IReadOnlyList<BatchRow> rows, CatalogIndex catalog)
    {
        try
        {
            var threshold = _catalog.Matcher.DefaultThreshold;
            var results = new StringBuilder().Append(CsvCells.Line(ResultColumns)).Append("\r\n");
            var errors = new StringBuilder().Append(CsvCells.Line(["line", "id", "error"])).Append("\r\n");
            foreach (var row in rows)
            {
                var error = row.Error;
                if (error is null && row.Input.TryCreate(out var subject, out error))
                {
                    var matches = catalog.Index.Screen(subject, 5, threshold);
                    for (var rank = 0; rank < matches.Count; rank++)
                    {
                        var m = matches[rank];
                        results.Append(CsvCells.Line([
                            row.Id,
                            (rank + 1).ToString(CultureInfo.InvariantCulture),
                            m.Score.ToString("0.0000", CultureInfo.InvariantCulture),
                            m.Entity.ListId,
                            m.Entity.SourceId,
                            m.MatchedName,
                            m.Entity.PrimaryName])).Append("\r\n");
                    }

                    job.Screened(matches.Count > 0);
                }
                else
                {
                    errors.Append(CsvCells.Line([row.Line.ToString(CultureInfo.InvariantCulture), row.Id, error])).Append("\r\n");
                    job.Rejected();
                }
            }

            job.Finish(Encoding.UTF8.GetBytes(results.ToString()), Encoding.UTF8.GetBytes(errors.ToString()), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            job.Finish(null, null, "the batch stopped: " + e.Message);
        }
    }

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

        using var stream = new MemoryStream(content, writable: false);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = 1 << 20,
        });
        try
        {
            var header = csv.Headers.ToArray();
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var column = header[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
                if (!RequiredColumns.Contains(column) && !OptionalColumns.Contains(column))
                {
                    throw new BatchInputException($"{name}, line 1: unknown column '{header[i]}'; the columns are id,name (required) and type,date_of_birth,nationality (optional).");
                }

                if (!columns.TryAdd(column, i))
                {
                    throw new BatchInputException($"{name}, line 1: column '{column}' appears twice.");
                }
            }

            var missing = RequiredColumns.Where(r => !columns.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                throw new BatchInputException($"{name}, line 1: missing required column(s) {string.Join(", ", missing)}; the header must include id,name.");
            }

            string Get(string column) => columns.TryGetValue(column, out var i) && i < csv.FieldCount ? csv.GetString(i) : string.Empty;
            var rows = new List<BatchRow>();
            while (csv.Read())
            {
                if (rows.Count == MaxRows)
                {
                    throw new BatchInputException($"{name} has more than {MaxRows:N0} rows; split it or use `cordon screen`.");
                }

                var id = Get("id");
                var error = string.IsNullOrWhiteSpace(id) ? "id is empty"
                    : csv.FieldCount > columns.Count ? $"{csv.FieldCount} fields where the header has {columns.Count}"
                    : null;
                rows.Add(new BatchRow((int)csv.LineNumber, id, error, new SubjectInput
                {
                    Name = Get("name"),
                    Type = Get("type"),
                    DateOfBirth = Get("date_of_birth"),
                    Nationality = Get("nationality"),
                }));
            }

            return rows;
        }
        catch (CsvFormatException e)
        {
            throw new BatchInputException($"{name}, line {(e.LineNumber > 0 ? e.LineNumber : csv.LineNumber)}: the CSV is malformed ({e.Message}); nothing was screened.");
        }
    }

    internal sealed record BatchRow(int Line, string Id, string? Error, SubjectInput Input);
}

/// <summary>One batch screening: its progress while running, its result files once finished.</summary>
public sealed class BatchScreeningJob
{
    private int _screened;
    private int _matched;
    private int _rejected;
    private bool _finished;

    internal BatchScreeningJob(string id, string organisationId, string userName, string fileName, int total, DateTimeOffset startedAt)
    {
        Id = id;
        OrganisationId = organisationId;
        UserName = userName;
        FileName = fileName;
        Total = total;
        StartedAt = startedAt;
    }

    /// <summary>Random, unguessable id.</summary>
    public string Id { get; }

    /// <summary>The organisation that started it.</summary>
    public string OrganisationId { get; }

    /// <summary>Who started it.</summary>
    public string UserName { get; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; }

    /// <summary>Rows in the file.</summary>
    public int Total { get; }

    /// <summary>When it was started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Rows screened so far.</summary>
    public int ScreenedRows => Volatile.Read(ref _screened);

    /// <summary>Rows with at least one match.</summary>
    public int Matched => Volatile.Read(ref _matched);

    /// <summary>Rows refused (with their reason in the errors file).</summary>
    public int RejectedRows => Volatile.Read(ref _rejected);

    /// <summary>Rows done (screened or refused).</summary>
    public int Done => ScreenedRows + RejectedRows;

    /// <summary>True once finished (successfully or not); the result files are set before it turns true.</summary>
    public bool IsFinished => Volatile.Read(ref _finished);

    /// <summary>Why it stopped early, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The results CSV once finished.</summary>
    public byte[]? Results { get; private set; }

    /// <summary>The rejected rows CSV once finished.</summary>
    public byte[]? Errors { get; private set; }

    internal void Screened(bool matched)
    {
        Interlocked.Increment(ref _screened);
        if (matched)
        {
            Interlocked.Increment(ref _matched);
        }
    }

    internal void Rejected() => Interlocked.Increment(ref _rejected);

    internal void Finish(byte[]? results, byte[]? errors, string? failure)
    {
        Results = results;
        Errors = errors;
        Failure = failure;
        Volatile.Write(ref _finished, true);
    }
}

/// <summary>An uploaded batch file that cannot be screened; the message names the file, line and reason.</summary>
public sealed class BatchInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BatchInputException()
    {
    }

    /// <summary>Creates the exception with the reason shown to the user.</summary>
    public BatchInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and a cause.</summary>
    public BatchInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
