using Cordon.Lists;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Operations.Tests;

/// <summary>
/// Issue 21 item 2: Cordon behind PgBouncer in transaction pooling mode, where consecutive transactions of one client may
/// run on different server connections and different clients on the same one. Skipped with a message where pgbouncer is not
/// installed (<c>apt-get install pgbouncer</c>).
/// </summary>
[Collection(OperationsTestGroup.Name)]
public sealed class PgBouncerTests(PostgresCluster cluster)
{
    [SkippableFact]
    public async Task A_lock_between_instances_holds_behind_pgbouncer_in_transaction_mode()
    {
        Skip.If(PgBouncer.Program is null, "pgbouncer is not installed (apt-get install pgbouncer): the PgBouncer tests cannot run");
        var direct = await cluster.CreateDatabaseAsync();
        await using var bouncer = await PgBouncer.StartAsync(cluster.AdminConnectionString, poolSize: 1);
        var database = bouncer!.Through(direct);
        await using var first = await CordonStore.OpenAsync(database, Path.GetTempPath());
        await using var second = await CordonStore.OpenAsync(database, Path.GetTempPath());

        var held = await first.AcquireLockAsync("lists");
        var waiting = second.AcquireLockAsync("lists");
        var finishedWhileHeld = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(2))) == waiting;
        await held.DisposeAsync();
        var acquiredAfterRelease = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(30))) == waiting;
        if (acquiredAfterRelease)
        {
            await (await waiting).DisposeAsync();
        }

        // With one server connection behind PgBouncer, a session-level lock taken by the first store is "held" by that server
        // connection, and the second store, given the same connection, took it again at once: no mutual exclusion at all.
        Assert.False(finishedWhileHeld, "the second instance got the lock while the first held it");
        Assert.True(acquiredAfterRelease, "the second instance never got the lock after the first released it");
    }

    [SkippableFact]
    public async Task Two_instances_migrate_import_and_build_their_index_behind_pgbouncer_in_transaction_mode()
    {
        Skip.If(PgBouncer.Program is null, "pgbouncer is not installed (apt-get install pgbouncer): the PgBouncer tests cannot run");
        var direct = await cluster.CreateDatabaseAsync();
        await using var bouncer = await PgBouncer.StartAsync(cluster.AdminConnectionString, poolSize: 2);
        var database = bouncer!.Through(direct);

        // Two instances' worth of services through the same two server connections, migrating at the same time.
        var opened = await Task.WhenAll(CordonServices.OpenAsync(database, Path.GetTempPath()), CordonServices.OpenAsync(database, Path.GetTempPath()));
        await using var one = opened[0];
        await using var two = opened[1];
        var snapshots = ListLoader.Default.Load(SharedData.Path("lists", "ofac-sample")).Snapshots;
        var imports = await Task.WhenAll(one.Importer.ImportAsync(snapshots), two.Importer.ImportAsync(snapshots));
        var index = await two.Catalog.GetIndexAsync();

        Assert.Equal(1, imports.Sum(i => i.Lists.Count(l => !l.Unchanged)));
        Assert.Equal(1, await Database.ScalarAsync(direct, "SELECT COUNT(*) FROM list_versions"));
        Assert.Single(index.Versions);
        Assert.Equal(1, await Database.ScalarAsync(direct, "SELECT COUNT(*) FROM schema_migrations WHERE version = 1"));
    }
}
