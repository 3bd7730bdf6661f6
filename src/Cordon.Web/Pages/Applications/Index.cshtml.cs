using Cordon.Assessments;
using Cordon.Accounts;
using System.Text;
using System.Text.Json;
using Cordon.Screening;
using Cordon.Web.Workspace;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cordon.Web.Pages.Applications;

/// <summary>Assesses applicant or account records pasted or uploaded as JSON, JSON array or JSON Lines.</summary>
public sealed class IndexModel(CordonServices cordon) : WorkspacePageModel
{
    /// <summary>Most records assessed from one page submission; larger files belong to <c>cordon assess</c>.</summary>
    public const int MaxRecords = 2_000;

    /// <summary>Largest upload accepted, in bytes.</summary>
    public const int MaxBytes = 10 << 20;

    /// <summary>Pasted text.</summary>
    [BindProperty]
    public string? Records { get; set; }

    /// <summary>Uploaded file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Outcomes of the last submission.</summary>
    public IReadOnlyList<AssessmentOutcome>? Outcomes { get; private set; }

    /// <summary>Records on one page of the table.</summary>
    public const int PageSize = 50;

    /// <summary>Most stored assessments the table reads (the newest).</summary>
    public const int MaxRead = 5_000;

    /// <summary>Sort column: score (default), assessed, record, signals.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>asc or desc (default).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    /// <summary>Only one level (critical, high, medium, low), or null.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    /// <summary>Only records assessed at or after this time (e.g. one upload), or null.</summary>
    [BindProperty(SupportsGet = true)]
    public DateTimeOffset? From { get; set; }

    /// <summary>Page number from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The rows of the page shown.</summary>
    public IReadOnlyList<AssessedRow> Rows { get; private set; } = [];

    /// <summary>Records matching the filters in all.</summary>
    public int Total { get; private set; }

    /// <summary>Records by level among those matching the time filter.</summary>
    public IReadOnlyDictionary<string, int> ByLevel { get; private set; } = new Dictionary<string, int>();

    /// <summary>True when more assessments exist than the table reads.</summary>
    public bool Capped { get; private set; }

    /// <summary>When the last submission started (its records are those assessed since), or null.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Shows the form and the organisation's assessed records, one row each, sorted and paged.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadTableAsync(cancellationToken);

    /// <summary>A link to the table with some parameters changed (null removes one).</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Sort"] = Sort,
            ["Dir"] = Dir,
            ["Level"] = Level,
            ["From"] = From?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value!)));
        return "/Applications" + (query.Length == 0 ? string.Empty : "?" + query) + "#assessed";
    }

    /// <summary>The link of a column header: sorts by it, descending first, ascending when already so.</summary>
    public string SortLink(string column) =>
        Link(("Sort", column), ("Dir", (Sort ?? "score") == column && Dir != "asc" ? "asc" : null), ("p", null));

    /// <summary>aria-sort of a column header.</summary>
    public string AriaSort(string column) => (Sort ?? "score") != column ? "none" : Dir == "asc" ? "ascending" : "descending";

    private async Task LoadTableAsync(CancellationToken cancellationToken)
    {
        var read = await cordon.Store.GetRecentAssessmentsAsync(OrganisationId, From ?? DateTimeOffset.UnixEpoch, MaxRead, cancellationToken);
        Capped = read.Count == MaxRead;
        var latest = read.DistinctBy(a => a.RecordId).ToList();
        ByLevel = latest.GroupBy(a => a.Level).ToDictionary(g => g.Key, g => g.Count());
        var shown = Level is null or "" ? latest : latest.Where(a => a.Level == Level).ToList();
        var rows = shown.Select(AssessedRow.Light).ToList();
        IEnumerable<AssessedRow> sorted = Sort switch
        {
            "assessed" => rows.OrderBy(r => r.AssessedAt),
            "record" => rows.OrderBy(r => r.RecordId, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Score).ThenBy(r => r.AssessedAt),
        };
        if (Dir != "asc")
        {
            sorted = Sort switch
            {
                "assessed" => rows.OrderByDescending(r => r.AssessedAt),
                "record" => rows.OrderByDescending(r => r.RecordId, StringComparer.Ordinal),
                _ => rows.OrderByDescending(r => r.Score).ThenByDescending(r => r.AssessedAt),
            };
        }

        Total = rows.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var byId = shown.ToDictionary(a => a.RecordId, StringComparer.Ordinal);
        Rows = [.. sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(r => AssessedRow.Full(byId[r.RecordId]))];
    }

    /// <summary>Assesses and stores the records.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanWork)
        {
            return Forbid();
        }

        string text;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxBytes)
            {
                ErrorMessage = $"{Upload.FileName} is larger than {MaxBytes >> 20} MB; use `cordon assess` for such files.";
                return Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        else
        {
            text = Records ?? string.Empty;
        }

        if (!TrySplit(text, out var records, out var error))
        {
            ErrorMessage = error;
            return Page();
        }

        SubmittedAt = cordon.Time.GetUtcNow();
        Outcomes = await cordon.Assessments.AssessAsync(OrganisationId, records, store: true, cancellationToken);
        await AuditAsync(AuditActions.AssessmentStore, details: new { assessed = Outcomes.Count(o => o.Assessment is not null), rejected = Outcomes.Count(o => o.Assessment is null) }, cancellationToken: cancellationToken);

        // The submission's records in the same table as every other, from its start: one row each, however many were sent.
        From = SubmittedAt;
        await LoadTableAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Splits input into one JSON text per record: a single object, an array of objects, or JSON Lines.
    /// </summary>
    public static bool TrySplit(string text, out IReadOnlyList<string> records, out string error)
    {
        records = [];
        error = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "Paste a record or choose a file.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            records = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList()
                : [document.RootElement.GetRawText()];
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines, one record per non-empty line (each line is checked by the assessment).
            records = trimmed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        }

        if (records.Count > MaxRecords)
        {
            error = $"{records.Count:N0} records given; at most {MaxRecords:N0} are assessed here (use `cordon assess` for more).";
            return false;
        }

        return true;
    }
}

/// <summary>One assessed record as a row of the applications table.</summary>
/// <param name="RecordId">The record.</param>
/// <param name="Name">The applicant's name, when read.</param>
/// <param name="AssessedAt">When assessed.</param>
/// <param name="Score">Score.</param>
/// <param name="Level">Level.</param>
/// <param name="Signals">Titles of its signals, strongest first, when read.</param>
public sealed record AssessedRow(string RecordId, string? Name, DateTimeOffset AssessedAt, int Score, string Level, IReadOnlyList<string> Signals)
{
    /// <summary>The columns stored beside the JSON, for sorting every row without reading it.</summary>
    public static AssessedRow Light(Cordon.Storage.StoredAssessment stored) =>
        new(stored.RecordId, null, stored.AssessedAt, stored.Score, stored.Level, []);

    /// <summary>The row with the name and signals read from the record and the assessment (done for the rows shown only).</summary>
    public static AssessedRow Full(Cordon.Storage.StoredAssessment stored)
    {
        string? name = null;
        IReadOnlyList<string> signals = [];
        try
        {
            name = System.Text.Json.Nodes.JsonNode.Parse(stored.RecordJson)?["person"]?["full_name"]?.GetValue<string>();
            signals = JsonSerializer.Deserialize<Cordon.Risk.Assessment>(stored.AssessmentJson, AssessmentJson.Options)?.Signals.Select(s => s.Title).ToList() ?? [];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // A record or assessment of another shape keeps its row with what the stored columns say.
        }

        return new(stored.RecordId, name, stored.AssessedAt, stored.Score, stored.Level, signals);
    }
}
