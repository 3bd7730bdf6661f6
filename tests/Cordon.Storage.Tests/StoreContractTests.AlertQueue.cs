using Cordon.Cases;
using Cordon.Core;
using Cordon.Accounts;

namespace Cordon.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset QueueT0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private async Task<IReadOnlyList<Alert>> RaiseQueueAsync()
    {
        var hub = new Alert(0, "app-1", AlertKind.HubIndicatorMatch, "hub:c1", 7, "indicator--1", "VPN exit", 0.8, QueueT0.AddHours(3)) { Details = "{}" };
        var stored = new List<Alert>();
        stored.AddRange(await Store.ApplyScreeningResultAsync(DefaultOrg, [], [],
        [
            Fixtures.Alert("s1", "100", QueueT0) with { Score = 0.99 },
            Fixtures.Alert("s2", "200", QueueT0.AddHours(1)) with { Score = 0.87 },
            Fixtures.Alert("s1", "300", QueueT0.AddHours(2), AlertKind.RemovedMatch) with { ListId = "un-sc" },
        ]));
        stored.AddRange(await Store.AddHubCorrelationAlertsAsync(DefaultOrg, [hub]));
        await Store.ApplyScreeningResultAsync("acme", [], [], [Fixtures.Alert("s1", "100", QueueT0)]);
        return stored;
    }

    [Fact]
    public async Task New_alerts_are_new_and_unassigned_and_the_queue_filters_orders_and_pages_them()
    {
        var raised = await RaiseQueueAsync();
        Assert.All(await Store.GetAlertsAsync(DefaultOrg), a => Assert.Equal((AlertState.New, null, null), (a.State, a.AssigneeId, a.StateChangedAt)));

        async Task<string[]> Entries(AlertQuery query) => [.. (await Store.QueryAlertsAsync(DefaultOrg, query)).Alerts.Select(a => a.EntitySourceId)];

        Assert.Equal(["indicator--1", "300", "200", "100"], await Entries(new AlertQuery()));
        Assert.Equal(["100", "200", "300", "indicator--1"], await Entries(new AlertQuery { Order = AlertOrder.Oldest }));
        Assert.Equal(["100", "300", "200", "indicator--1"], await Entries(new AlertQuery { Order = AlertOrder.Score }));
        Assert.Equal(["indicator--1", "200"], await Entries(new AlertQuery { Kinds = [AlertKind.HubIndicatorMatch, AlertKind.NewMatch], MinScore = 0.8, RaisedFrom = QueueT0.AddMinutes(1) }));
        Assert.Equal(["300"], await Entries(new AlertQuery { ListId = "un-sc" }));
        Assert.Equal(["200", "100"], await Entries(new AlertQuery { RaisedBefore = QueueT0.AddHours(2) }));
        Assert.Equal(["300", "100"], await Entries(new AlertQuery { SubjectId = "s1" }));
        Assert.Empty(await Entries(new AlertQuery { Kinds = [] }));
        Assert.Empty(await Entries(new AlertQuery { States = [AlertState.Cleared] }));

        var page = await Store.QueryAlertsAsync(DefaultOrg, new AlertQuery { Limit = 2, Offset = 2 });
        Assert.Equal(4, page.Total);
        Assert.Equal(["200", "100"], page.Alerts.Select(a => a.EntitySourceId));
        Assert.Equal(1, (await Store.QueryAlertsAsync("acme", new AlertQuery())).Total);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryAlertsAsync(DefaultOrg, new AlertQuery { Limit = AlertQuery.MaxLimit + 1 }));

        Assert.Equal(raised[0], await Store.GetAlertAsync(DefaultOrg, raised[0].Id));
        Assert.Null(await Store.GetAlertAsync("acme", raised[0].Id));
    }

    [Fact]
    public async Task Alerts_change_state_with_a_reason_and_an_audit_entry_in_one_transaction_never_in_another_organisation()
    {
        var raised = await RaiseQueueAsync();
        var acmeAlert = (await Store.GetAlertsAsync("acme")).Single();
        var at = QueueT0.AddDays(1);
        var changed = await Store.ChangeAlertStateAsync(
            DefaultOrg,
            [raised[2].Id, acmeAlert.Id, 999_999],
            new AlertStateChange(AlertState.Cleared, "delisted in the new version", "ana", at),
            [],
            Audit("alert.clear"));

        var cleared = Assert.Single(changed);
        Assert.Equal((raised[2].Id, AlertState.Cleared, "delisted in the new version", "ana", (DateTimeOffset?)at), (cleared.Id, cleared.State, cleared.StateReason, cleared.StateChangedBy, cleared.StateChangedAt));
        Assert.Equal(cleared, await Store.GetAlertAsync(DefaultOrg, raised[2].Id));
        Assert.Equal(AlertState.New, (await Store.GetAlertAsync("acme", acmeAlert.Id))!.State);
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "alert.clear"))).Entries);
        Assert.Equal(["300"], (await Store.QueryAlertsAsync(DefaultOrg, new AlertQuery { States = [AlertState.Cleared] })).Alerts.Select(a => a.EntitySourceId));

        // A decision naming an alert outside the change is refused whole.
        var stray = new AlertSuppression(0, "s1", Fixtures.ListA, "100", "subject", "entry", "not him", "ana", at, raised[1].Id);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ChangeAlertStateAsync(DefaultOrg, [raised[0].Id], new AlertStateChange(AlertState.FalsePositive, "x", "ana", at), [stray], Audit("alert.false-positive")));
        Assert.Equal(AlertState.New, (await Store.GetAlertAsync(DefaultOrg, raised[0].Id))!.State);
        Assert.Empty((await Store.QueryAuditAsync(new AuditQuery(Action: "alert.false-positive"))).Entries);
        Assert.Empty(await Store.GetAlertSuppressionsAsync(DefaultOrg));

        var counts = await Store.CountAlertsAsync(DefaultOrg);
        Assert.Equal(
            [
                new AlertCount(AlertKind.NewMatch, AlertState.New, Fixtures.ListA, 2),
                new AlertCount(AlertKind.RemovedMatch, AlertState.Cleared, "un-sc", 1),
                new AlertCount(AlertKind.HubIndicatorMatch, AlertState.New, "hub:c1", 1),
            ],
            counts);
    }

    [Fact]
    public async Task A_false_positive_goes_into_the_allow_list_replacing_the_pairs_earlier_decision_which_lapses()
    {
        var raised = await RaiseQueueAsync();
        var at = QueueT0.AddDays(1);
        AlertSuppression Decision(long alertId, string reason) => new(0, "s1", Fixtures.ListA, "100", "subject-print", "entry-print", reason, "ana", at, alertId);

        await Store.ChangeAlertStateAsync(DefaultOrg, [raised[0].Id], new AlertStateChange(AlertState.FalsePositive, "other date of birth", "ana", at), [Decision(raised[0].Id, "other date of birth")]);
        var first = Assert.Single(await Store.GetAlertSuppressionsAsync(DefaultOrg));
        Assert.Equal(Decision(raised[0].Id, "other date of birth") with { Id = first.Id }, first);
        Assert.Empty(await Store.GetAlertSuppressionsAsync("acme"));
        Assert.Empty(await Store.GetAlertSuppressionsAsync(DefaultOrg, "s2"));

        await Store.ChangeAlertStateAsync(DefaultOrg, [raised[0].Id], new AlertStateChange(AlertState.FalsePositive, "checked the passport", "ben", at.AddHours(1)), [Decision(raised[0].Id, "checked the passport")]);
        Assert.Equal("checked the passport", Assert.Single(await Store.GetAlertSuppressionsAsync(DefaultOrg, "s1")).Reason);

        var second = Assert.Single(await Store.GetAlertSuppressionsAsync(DefaultOrg));
        await Store.LapseAlertSuppressionsAsync("acme", [second.Id], "another organisation cannot", at);
        Assert.Single(await Store.GetAlertSuppressionsAsync(DefaultOrg));
        await Store.LapseAlertSuppressionsAsync(DefaultOrg, [second.Id], "the entry changed", at.AddDays(1));
        Assert.Empty(await Store.GetAlertSuppressionsAsync(DefaultOrg));
    }

    [Fact]
    public async Task Alerts_are_assigned_within_their_organisation()
    {
        var raised = await RaiseQueueAsync();
        var acmeAlert = (await Store.GetAlertsAsync("acme")).Single();
        Assert.Equal(2, await Store.AssignAlertsAsync(DefaultOrg, [raised[0].Id, raised[1].Id, acmeAlert.Id], "u-ana", "Ana Analyst", Audit("alert.assign")));
        Assert.Equal(["200", "100"], (await Store.QueryAlertsAsync(DefaultOrg, new AlertQuery { AssigneeId = "u-ana" })).Alerts.Select(a => a.EntitySourceId));
        Assert.Equal(["indicator--1", "300"], (await Store.QueryAlertsAsync(DefaultOrg, new AlertQuery { Unassigned = true })).Alerts.Select(a => a.EntitySourceId));
        Assert.Equal("Ana Analyst", (await Store.GetAlertAsync(DefaultOrg, raised[0].Id))!.AssigneeName);
        Assert.Null((await Store.GetAlertAsync("acme", acmeAlert.Id))!.AssigneeId);
        Assert.Single((await Store.QueryAuditAsync(new AuditQuery(Action: "alert.assign"))).Entries);

        Assert.Equal(1, await Store.AssignAlertsAsync(DefaultOrg, [raised[0].Id], null, "ignored"));
        Assert.Equal((null, null), ((await Store.GetAlertAsync(DefaultOrg, raised[0].Id))!.AssigneeId, (await Store.GetAlertAsync(DefaultOrg, raised[0].Id))!.AssigneeName));
    }

    [Fact]
    public async Task Upgrading_puts_alerts_that_already_have_a_case_in_case()
    {
        var (first, second) = await CreateTwoStoresOnFreshDatabaseAsync();
        await using (first)
        await using (second)
        {
            var old = (SqlCordonStore)first;
            await old.MigrateToAsync(25);
            var alerts = await old.ApplyScreeningResultAsync(DefaultOrg, [], [], [Fixtures.Alert("s1", "100", QueueT0), Fixtures.Alert("s1", "101", QueueT0)]);
            var key = alerts[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await old.OpenCaseAsync(
                new CaseRecord(0, DefaultOrg, "Alert " + key, CaseSourceKind.Alert, key, CaseState.Open, null, null, null, "ana", QueueT0, QueueT0, 1),
                new CaseEvent(1, CaseEventKind.Opened, "u-ana", "ana", QueueT0, null));

            await second.MigrateAsync();

            Assert.Equal(AlertState.InCase, (await second.GetAlertAsync(DefaultOrg, alerts[0].Id))!.State);
            Assert.Equal(AlertState.New, (await second.GetAlertAsync(DefaultOrg, alerts[1].Id))!.State);
        }
    }
}
