using Cordon.Core.Access;
using Cordon.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Cordon.Cases.Tests;

/// <summary>The service on a real SQLite store in a temporary folder.</summary>
public sealed class CaseServiceTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cordon-cases-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private ICordonStore _store = null!;
    private CaseService _service = null!;

    private static readonly CaseActor Ana = new("u-ana", "ana", "org-a", new HashSet<string> { CordonRoles.Analyst });
    private static readonly CaseActor Bob = new("u-bob", "bob", "org-b", new HashSet<string> { CordonRoles.Admin });

    public async Task InitializeAsync()
    {
        _store = CordonStore.Open(null, _folder);
        await _store.MigrateAsync();
        _service = new CaseService(_store, _time);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_case_is_worked_to_a_decision_and_every_step_is_in_its_history()
    {
        var opened = await _service.OpenAsync(Ana, CaseSourceKind.Alert, "42", "Alert 42");
        _time.Advance(TimeSpan.FromMinutes(5));
        await _service.AssignAsync(Ana, opened.Id, 1, "u-ana", "ana");
        await _service.CommentAsync(Ana, opened.Id, 2, "calling the client");
        await _service.AttachFileAsync(Ana, opened.Id, 3, "id.png", "image/png", [1, 2, 3], "passport scan");
        _time.Advance(TimeSpan.FromMinutes(5));
        var decided = await _service.DecideAsync(Ana, opened.Id, 4, CaseDecision.Rejected, "passport photo reused");

        Assert.Equal(CaseState.Closed, decided.State);
        var (stored, history) = (await _service.GetAsync(Ana, opened.Id))!.Value;
        Assert.Equal(decided, stored);
        Assert.Equal(
            [CaseEventKind.Opened, CaseEventKind.Assigned, CaseEventKind.Commented, CaseEventKind.EvidenceAttached, CaseEventKind.Decided],
            history.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4, 5], history.Select(e => e.Sequence));
        Assert.Equal("passport photo reused", history[^1].Text);
        Assert.Equal(_time.GetUtcNow(), history[^1].At);
        Assert.Equal([1, 2, 3], await _store.GetCaseFileAsync("org-a", opened.Id, 4));
    }

    [Fact]
    public async Task A_change_made_on_an_old_version_is_refused_and_stores_nothing()
    {
        var opened = await _service.OpenAsync(Ana, CaseSourceKind.Alert, "42", "Alert 42");
        await _service.CommentAsync(Ana, opened.Id, 1, "first");

        await Assert.ThrowsAsync<CaseConflictException>(() => _service.DecideAsync(Ana, opened.Id, 1, CaseDecision.Cleared, "stale view"));

        var (stored, history) = (await _service.GetAsync(Ana, opened.Id))!.Value;
        Assert.Equal(CaseState.Open, stored.State);
        Assert.Equal(2, history.Count);
    }

    [Fact]
    public async Task Opening_the_same_source_twice_gives_the_case_being_worked_and_a_new_one_after_a_decision()
    {
        var first = await _service.OpenAsync(Ana, CaseSourceKind.Alert, "42", "Alert 42");
        Assert.Equal(first.Id, (await _service.OpenAsync(Ana, CaseSourceKind.Alert, "42", "Alert 42 again")).Id);

        await _service.DecideAsync(Ana, first.Id, 1, CaseDecision.Cleared, "namesake");
        Assert.NotEqual(first.Id, (await _service.OpenAsync(Ana, CaseSourceKind.Alert, "42", "Alert 42")).Id);
    }

    [Fact]
    public async Task Another_organisation_neither_reads_nor_changes_the_case()
    {
        var opened = await _service.OpenAsync(Ana, CaseSourceKind.Alert, "42", "Alert 42");
        await _service.AttachFileAsync(Ana, opened.Id, 1, "id.png", "image/png", [9], null);

        Assert.Null(await _service.GetAsync(Bob, opened.Id));
        await Assert.ThrowsAsync<CaseNotFoundException>(() => _service.CommentAsync(Bob, opened.Id, 2, "hello"));
        Assert.Null(await _store.GetCaseFileAsync("org-b", opened.Id, 2));
        Assert.Empty(await _store.GetCasesAsync("org-b"));
        Assert.Single(await _store.GetCasesAsync("org-a"));

        // Bob's organisation opening a case on the same source id gets its own case.
        var own = await _service.OpenAsync(Bob, CaseSourceKind.Alert, "42", "Alert 42");
        Assert.NotEqual(opened.Id, own.Id);
    }
}
