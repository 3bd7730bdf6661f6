using Cordon.Stix.Markings;
using Cordon.Storage;

namespace Cordon.Hub.Tests;

/// <summary>Revoking an indicator is a hub use case: on the hub's clock, by its owner only, once.</summary>
public sealed class RevokeIndicatorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Shared = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cordon-revoke-" + Guid.NewGuid().ToString("N"));
    private readonly SettableClock clock = new() { Now = Shared };
    private ICordonStore store = null!;
    private SharingHub hub = null!;

    private static HubCaller OrgA => new("org-a", "user-a", MayWrite: true);

    public async Task InitializeAsync()
    {
        store = await CordonStore.OpenAsync(null, folder);
        await HubServer.SeedAsync(store);
        hub = new SharingHub(store, clock);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<string> ShareAsync() =>
        (await hub.ShareIndicatorAsync(OrgA, HubServer.ApiRoot, HubServer.Shared, "email-addr:value", "recruiter@front.example", null, TlpMarkings.GreenId, null))["id"]!.GetValue<string>();

    [Fact]
    public async Task The_revoked_version_is_stamped_with_the_hubs_clock_and_is_what_readers_get()
    {
        var id = await ShareAsync();
        clock.Now = Shared.AddHours(3);

        var revoked = await hub.RevokeIndicatorAsync(OrgA, HubServer.ApiRoot, HubServer.Shared, id);

        Assert.Equal("2026-11-02T11:30:00.000000Z", revoked["modified"]!.GetValue<string>());
        Assert.True(revoked["revoked"]!.GetValue<bool>());
        var reader = new HubCaller("org-c", null, MayWrite: false);
        var latest = (await hub.GetObjectAsync(reader, HubServer.ApiRoot, HubServer.Shared, id, TaxiiFilter.None)).Objects.Single();
        Assert.True(latest.Revoked);
        Assert.Equal(Shared.AddHours(3), latest.Version);
    }

    [Fact]
    public async Task A_clock_not_past_the_current_version_still_gives_a_newer_version()
    {
        var id = await ShareAsync();
        clock.Now = Shared.AddMinutes(-2);

        var revoked = await hub.RevokeIndicatorAsync(OrgA, HubServer.ApiRoot, HubServer.Shared, id);

        Assert.Equal("2026-11-02T08:30:00.001000Z", revoked["modified"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_organisation_may_not_revoke_it_and_nobody_revokes_it_twice()
    {
        var id = await ShareAsync();

        var foreign = await Assert.ThrowsAsync<TaxiiException>(() => hub.RevokeIndicatorAsync(new HubCaller("org-b", null, MayWrite: true), HubServer.ApiRoot, HubServer.Shared, id));
        Assert.Equal(403, foreign.HttpStatus);
        Assert.False((await hub.GetObjectAsync(OrgA, HubServer.ApiRoot, HubServer.Shared, id, TaxiiFilter.None)).Objects.Single().Revoked);

        await hub.RevokeIndicatorAsync(OrgA, HubServer.ApiRoot, HubServer.Shared, id);
        var twice = await Assert.ThrowsAsync<TaxiiException>(() => hub.RevokeIndicatorAsync(OrgA, HubServer.ApiRoot, HubServer.Shared, id));
        Assert.Equal(409, twice.HttpStatus);
    }

    [Fact]
    public async Task An_object_the_caller_cannot_read_is_answered_as_missing()
    {
        var id = await ShareAsync();

        var hidden = await Assert.ThrowsAsync<TaxiiException>(() => hub.RevokeIndicatorAsync(new HubCaller("org-x", null, MayWrite: true), HubServer.ApiRoot, HubServer.Shared, id));
        Assert.Equal(404, hidden.HttpStatus);
    }
}

/// <summary>A clock that can be set anywhere, also back (a server whose clock is behind the version it revokes).</summary>
internal sealed class SettableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
