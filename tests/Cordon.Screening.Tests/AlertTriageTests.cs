using Cordon.Core;
using Cordon.Lists;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Screening.Tests;

/// <summary>
/// The alert queue's allow-list: a watch match decided a false positive does not alert again until the customer's details or
/// the entry change; then it alerts once, saying why.
/// </summary>
public sealed class AlertTriageTests : IAsyncLifetime
{
    private const string Org = Organisation.DefaultId;
    private const string Entry = "29702";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-triage-" + Guid.NewGuid().ToString("N"));
    private CordonServices _cordon = null!;
    private ListSnapshot _sample = null!;

    public async Task InitializeAsync()
    {
        _cordon = await CordonServices.OpenAsync(null, _folder);
        _sample = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots.Single();
        await _cordon.Importer.ImportAsync([_sample]);
    }

    public async Task DisposeAsync()
    {
        await _cordon.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static WatchSubject Customer(string name = "Artem Lifshits", string? nationality = null) =>
        new("c1", new ScreeningSubject { Name = name, Kind = SubjectKind.Person, Nationality = nationality }, DateTimeOffset.UnixEpoch);

    private async Task<Alert> WatchAndMarkFalsePositiveAsync()
    {
        var raised = await _cordon.WatchList.AddAsync(Org, [Customer()]);
        var alert = Assert.Single(raised, a => a.EntitySourceId == Entry);
        var changed = await _cordon.Triage.ChangeStateAsync(Org, [alert.Id], AlertState.FalsePositive, "our customer was born in 1970 in Leeds", "ana");
        Assert.Equal(AlertState.FalsePositive, Assert.Single(changed).State);
        return alert;
    }

    [Fact]
    public async Task A_pair_decided_a_false_positive_does_not_alert_again_while_neither_side_changes()
    {
        var alert = await WatchAndMarkFalsePositiveAsync();
        var decision = Assert.Single(await _cordon.Store.GetAlertSuppressionsAsync(Org, "c1"));
        Assert.Equal((Entry, alert.Id, "ana"), (decision.EntitySourceId, decision.AlertId, decision.DecidedBy));

        // Watched afresh (the match is new again) and re-screened: nothing for the decided pair.
        Assert.True(await _cordon.Store.DeleteWatchSubjectAsync(Org, "c1"));
        Assert.DoesNotContain(await _cordon.WatchList.AddAsync(Org, [Customer()]), a => a.EntitySourceId == Entry);
        Assert.Empty(await _cordon.WatchList.RescreenOrganisationAsync(Org));
        Assert.Contains(await _cordon.Store.GetWatchMatchesAsync(Org, "c1"), m => m.EntitySourceId == Entry);

        // The allow-list is the organisation's own: another organisation watching the same customer is alerted.
        Assert.Contains(await _cordon.WatchList.AddAsync("acme", [Customer()]), a => a.EntitySourceId == Entry);
    }

    [Fact]
    public async Task A_changed_entry_alerts_the_pair_again_once_saying_why()
    {
        await WatchAndMarkFalsePositiveAsync();
        var changedEntry = _sample.Entities.Select(e => e.SourceId == Entry ? e with { Remarks = e.Remarks + " Also known to use the e-mail lifshits@example.org." } : e).ToList();
        var outcome = await _cordon.Importer.ImportAsync([_sample with { Entities = changedEntry, ContentHash = _sample.ContentHash + "+changed" }]);

        var again = Assert.Single(outcome.Alerts, a => a.EntitySourceId == Entry);
        Assert.Equal(AlertKind.NewMatch, again.Kind);
        Assert.Contains("the entry changed since it was decided a false positive", again.Details, StringComparison.Ordinal);
        Assert.Empty(await _cordon.Store.GetAlertSuppressionsAsync(Org));
        Assert.Empty(await _cordon.WatchList.RescreenOrganisationAsync(Org));
    }

    [Fact]
    public async Task Changed_customer_details_alert_the_pair_again()
    {
        await WatchAndMarkFalsePositiveAsync();
        var again = Assert.Single(await _cordon.WatchList.AddAsync(Org, [Customer(nationality: "Russia")]), a => a.EntitySourceId == Entry);
        Assert.Contains("the customer details changed since it was decided a false positive", again.Details, StringComparison.Ordinal);
        Assert.Empty(await _cordon.Store.GetAlertSuppressionsAsync(Org));
    }

    [Fact]
    public async Task A_match_gone_of_a_decided_pair_raises_nothing()
    {
        await WatchAndMarkFalsePositiveAsync();
        var outcome = await _cordon.Importer.ImportAsync([_sample with { Entities = [.. _sample.Entities.Where(e => e.SourceId != Entry)], ContentHash = _sample.ContentHash + "-delisted" }]);
        Assert.DoesNotContain(outcome.Alerts, a => a.EntitySourceId == Entry);
    }

    [Fact]
    public async Task Decisions_need_a_reason_and_a_match_gone_cannot_be_a_false_positive()
    {
        var alert = Assert.Single(await _cordon.WatchList.AddAsync(Org, [Customer()]), a => a.EntitySourceId == Entry);
        await Assert.ThrowsAsync<AlertTriageException>(() => _cordon.Triage.ChangeStateAsync(Org, [alert.Id], AlertState.FalsePositive, "  ", "ana"));
        await Assert.ThrowsAsync<AlertTriageException>(() => _cordon.Triage.ChangeStateAsync(Org, [alert.Id], AlertState.Cleared, null, "ana"));
        Assert.Equal(AlertState.New, (await _cordon.Store.GetAlertAsync(Org, alert.Id))!.State);
        await Assert.ThrowsAsync<AlertTriageException>(() => _cordon.Triage.ChangeStateAsync("acme", [alert.Id], AlertState.Cleared, "not ours", "olga"));

        var outcome = await _cordon.Importer.ImportAsync([_sample with { Entities = [.. _sample.Entities.Where(e => e.SourceId != Entry)], ContentHash = _sample.ContentHash + "-delisted" }]);
        var gone = Assert.Single(outcome.Alerts, a => a.EntitySourceId == Entry);
        var refused = await Assert.ThrowsAsync<AlertTriageException>(() => _cordon.Triage.ChangeStateAsync(Org, [alert.Id, gone.Id], AlertState.FalsePositive, "not him", "ana"));
        Assert.Contains("clear them instead", refused.Message, StringComparison.Ordinal);
        Assert.Equal(AlertState.New, (await _cordon.Store.GetAlertAsync(Org, alert.Id))!.State);
        Assert.Equal(AlertState.Cleared, Assert.Single(await _cordon.Triage.ChangeStateAsync(Org, [gone.Id], AlertState.Cleared, "delisted", "ana")).State);
    }
}
