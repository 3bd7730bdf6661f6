using Cordon.Assessments;
using Cordon.Hub.Correlation;
using Cordon.Matching;
using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>
/// The running parts of Cordon wired together once: store, screening catalog, watch list and importer.
/// Both the server and the command line start from here, so they behave the same.
/// </summary>
public sealed class CordonServices : IAsyncDisposable
{
    private CordonServices(ICordonStore store, Matcher matcher, TimeProvider time, RiskSetup risk, ScreeningIndexCache? snapshots)
    {
        Store = store;
        Matcher = matcher;
        Time = time;
        Catalog = new ScreeningCatalog(store, matcher, snapshots);
        WatchList = new WatchListService(store, Catalog, time);
        Triage = new AlertTriageService(store, time);
        Rescreens = new RescreenJobs(store, WatchList, time);
        Importer = new ListImportService(store, store, Rescreens, time);
        Records = new LatestRecordCache(store);
        Networks = new NetworkService(store, risk.IpIntelligence, time, Records);
        HubCorrelation = new HubCorrelation(store, time, Records);
        Assessments = new AssessmentService(store, Catalog, risk, time, Networks, HubCorrelation);
    }

    /// <summary>Organisations' weights fitted from their decisions (shadow, report, adoption).</summary>
    public RiskCalibrationService Calibration => Assessments.Calibration;

    /// <summary>The store.</summary>
    public ICordonStore Store { get; }

    /// <summary>The matching algorithm in use.</summary>
    public Matcher Matcher { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Index over the lists in force.</summary>
    public ScreeningCatalog Catalog { get; }

    /// <summary>Watch subjects and alerts.</summary>
    public WatchListService WatchList { get; }

    /// <summary>The alert queue's decisions.</summary>
    public AlertTriageService Triage { get; }

    /// <summary>The watch-list re-screens list imports owe, resumed by any instance.</summary>
    public RescreenJobs Rescreens { get; }

    /// <summary>List imports.</summary>
    public ListImportService Importer { get; }

    /// <summary>The organisations' newest assessed records, the one cache every service that reads them shares.</summary>
    public LatestRecordCache Records { get; }

    /// <summary>Network groups of the assessed records.</summary>
    public NetworkService Networks { get; }

    /// <summary>Correlation of the sharing hub's indicators with stored records (alerts on arrival, signals on assessment).</summary>
    public HubCorrelation HubCorrelation { get; }

    /// <summary>Risk assessments of applicant and account records.</summary>
    public AssessmentService Assessments { get; }

    /// <summary>Folder of the data folder that keeps screening index snapshots (<see cref="ScreeningIndexCache"/>).</summary>
    public const string IndexSnapshotFolder = "screening-index";

    /// <summary>
    /// Opens the store (migrating it to the latest schema) and wires the services. The screening index over the lists in
    /// force is loaded from its snapshot in <paramref name="dataFolder"/> when one was made from the same list versions by
    /// the same build, and built and saved there otherwise.
    /// </summary>
    /// <param name="database">A PostgreSQL connection string or SQLite file path; null for the default SQLite file.</param>
    /// <param name="dataFolder">Folder for the default SQLite file, created when missing.</param>
    /// <param name="time">Clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="risk">Risk configuration and intelligence files; <see cref="RiskSetup.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<CordonServices> OpenAsync(string? database, string dataFolder, TimeProvider? time = null, RiskSetup? risk = null, CancellationToken cancellationToken = default)
    {
        var store = CordonStore.Open(database, dataFolder);
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return new CordonServices(store, Matcher.Default, time ?? TimeProvider.System, risk ?? RiskSetup.Default, new ScreeningIndexCache(Path.Combine(dataFolder, IndexSnapshotFolder)));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // A snapshot being saved is finished rather than left half-written (the next start would build again).
        if (Catalog.Snapshots is { } snapshots)
        {
            await snapshots.WaitForSavesAsync();
        }

        Catalog.Dispose();
        Networks.Dispose();
        HubCorrelation.Dispose();
        Records.Dispose();
        await Store.DisposeAsync();
    }
}
