using Cordon.Assessments;
using System.Text.Json;
using Cordon.Cases;
using Cordon.Core.Access;
using Cordon.Networks;
using Cordon.Risk;
using Cordon.Risk.Synthetic;
using Cordon.Storage;
using Cordon.Storage.Tests;

namespace Cordon.Screening.Tests;

/// <summary>Network linking through the services, on SQLite and on PostgreSQL.</summary>
public sealed class NetworkServiceTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cordon-networks-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Sqlite_and_postgresql_give_the_same_groups_as_a_full_build()
    {
        var population = PopulationGenerator.Generate(700, 424242);
        var records = population.Applications.Select(a => a.Json).ToList();
        var expected = Canonical(NetworkLinker.Build(records.Select(r => ApplicationReader.Read(r).Record!)).Groups());
        Assert.True(expected.Count >= 10, $"the population forms groups ({expected.Count})");

        var (_, connection) = await postgres.CreateDatabaseAsync();
        var sqlite = await LinkInBatchesAsync(Path.Combine(folder, "cordon.db"), records);
        var postgresql = await LinkInBatchesAsync(connection, records);

        Assert.Equal(expected, sqlite.Groups);
        Assert.Equal(expected, postgresql.Groups);
        Assert.Equal(sqlite.Memberships, postgresql.Memberships);
        Assert.Equal(expected.Sum(g => g.Split(' ').Length), sqlite.Memberships.Count);

        // A new process builds the linker from the stored assessments and finds the same groups.
        foreach (var database in new[] { Path.Combine(folder, "cordon.db"), connection })
        {
            await using var reopened = await CordonServices.OpenAsync(database, folder);
            var engine = await reopened.Assessments.GetEngineAsync();
            Assert.Equal(expected, Canonical((await reopened.Networks.GroupsAsync(engine)).Select(g => g.Group)));
        }
    }

    [Fact]
    public async Task An_assessment_names_its_group_and_takes_points_from_a_high_risk_member()
    {
        // Bundled IP intelligence, so the North Korean address counts.
        var setup = RiskSetup.Load(Path.Combine(SharedData.RepositoryRoot, "intelligence"), null);
        await using var cordon = await CordonServices.OpenAsync(Path.Combine(folder, "cordon.db"), folder, risk: setup);
        var risky = Record("app-risky", "shared-device-1", "175.45.176.10", vpnAndRemoteTools: true);
        var quiet = Record("app-quiet", "shared-device-1", "73.12.40.7", vpnAndRemoteTools: false);
        var alone = Record("app-alone", "device-of-its-own", "73.99.1.20", vpnAndRemoteTools: false);

        var first = (await cordon.Assessments.AssessAsync(NetworkService.DefaultOrganisation, [risky, alone]))[0].Assessment!;
        var outcomes = await cordon.Assessments.AssessAsync(NetworkService.DefaultOrganisation, [quiet]);
        var linked = outcomes[0].Assessment!;
        var unlinked = (await cordon.Assessments.AssessAsync(NetworkService.DefaultOrganisation, [Record("app-other", "device-x", "98.20.3.4", vpnAndRemoteTools: false)]))[0].Assessment!;

        Assert.NotNull(linked.Network);
        Assert.Equal(2, linked.Network.Size);
        Assert.Equal(NetworkLinker.GroupId("app-quiet"), linked.Network.GroupId);
        var shared = Assert.Single(linked.Network.SharedValues, v => v.Kind == "device");
        Assert.Equal("app-risky", shared.WithRecord);
        Assert.Null(unlinked.Network);
        Assert.True(first.Level >= RiskLevel.High, $"the risky record is high risk on its own ({first.Score})");
        var signal = Assert.Single(linked.Signals, s => s.Family == NetworkRisk.Family);
        Assert.Equal("NET-HIGH-RISK-MEMBERS", signal.Code);
        Assert.Contains("app-risky", signal.Explanation);
        Assert.True(linked.Score > unlinked.Score, $"{linked.Score} > {unlinked.Score}");

        // Stored as returned, network included.
        var stored = await cordon.Store.GetAssessmentAsync(NetworkService.DefaultOrganisation, "app-quiet");
        using var json = JsonDocument.Parse(stored!.AssessmentJson);
        Assert.Equal(linked.Network.GroupId, json.RootElement.GetProperty("network").GetProperty("groupId").GetString());
        var memberships = await cordon.Store.GetNetworkMembershipsAsync(NetworkService.DefaultOrganisation);
        Assert.Equal(["app-quiet", "app-risky"], memberships.Select(m => m.RecordId));
    }

    [Fact]
    public async Task A_case_closed_as_rejected_raises_the_rest_of_its_group_and_reopening_it_withdraws_that()
    {
        await using var cordon = await CordonServices.OpenAsync(Path.Combine(folder, "cordon.db"), folder);
        var org = NetworkService.DefaultOrganisation;
        var cases = new CaseService(cordon.Store, TimeProvider.System);
        var analyst = new CaseActor("u-1", "ana", org, new HashSet<string> { CordonRoles.Analyst });
        await cordon.Assessments.AssessAsync(org, [Record("app-fraud", "shared-laptop", "73.12.40.7", vpnAndRemoteTools: false)]);

        async Task<Assessment> AssessPartnerAsync() =>
            (await cordon.Assessments.AssessAsync(org, [Record("app-partner", "shared-laptop", "73.12.40.8", vpnAndRemoteTools: false)]))[0].Assessment!;

        var before = await AssessPartnerAsync();
        Assert.DoesNotContain(before.Signals, s => s.Code == "NET-CONFIRMED-MEMBER");

        var opened = await cases.OpenAsync(analyst, CaseSourceKind.Assessment, "app-fraud", "Shared laptop");
        var decided = await cases.DecideAsync(analyst, opened.Id, opened.Version, CaseDecision.Rejected, "Same laptop as a known operator; identity documents forged.");
        var after = await AssessPartnerAsync();
        var signal = Assert.Single(after.Signals, s => s.Code == "NET-CONFIRMED-MEMBER");
        Assert.Contains("app-fraud", signal.Explanation);
        Assert.True(after.Score > before.Score, $"{after.Score} > {before.Score}");

        // A group view also carries it, and a reopened case no longer counts as a verdict.
        var engine = await cordon.Assessments.GetEngineAsync();
        var group = await cordon.Networks.GroupOfAsync(engine, "app-partner", org);
        Assert.Contains(group!.Value.Risk.Reasons, r => r.Contains("confirmed fraudulent", StringComparison.Ordinal));
        await cases.ReopenAsync(analyst, decided.Id, decided.Version, "New evidence: the laptop was stolen.");
        Assert.DoesNotContain((await AssessPartnerAsync()).Signals, s => s.Code == "NET-CONFIRMED-MEMBER");
    }

    private static string Record(string id, string device, string ip, bool vpnAndRemoteTools) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["kind"] = "freelancer",
        ["submitted_at"] = "2026-10-01T10:00:00Z",
        ["person"] = new { full_name = "Test Person " + id },
        ["claimed_location"] = new { country = "US", city = "Austin" },
        ["contacts"] = new { emails = new[] { id + "@example.org" } },
        ["sessions"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["started_at"] = "2026-10-01T02:00:00Z",
                ["ip"] = ip,
                ["device_id"] = device,
                ["remote_access_tools"] = vpnAndRemoteTools ? new[] { "anydesk", "ip-kvm" } : Array.Empty<string>(),
                ["browser_time_zone"] = vpnAndRemoteTools ? "Asia/Pyongyang" : "America/Chicago",
                ["accept_language"] = vpnAndRemoteTools ? "ko-KP,ko;q=0.9" : "en-US,en;q=0.9",
            },
        },
    });

    private static async Task<(List<string> Groups, List<string> Memberships)> LinkInBatchesAsync(string database, List<string> records)
    {
        await using var cordon = await CordonServices.OpenAsync(database, Path.GetDirectoryName(database) is { Length: > 0 } dir && Directory.Exists(dir) ? dir : Path.GetTempPath());
        foreach (var batch in records.Chunk(150))
        {
            var outcomes = await cordon.Assessments.AssessAsync(NetworkService.DefaultOrganisation, batch);
            Assert.All(outcomes, o => Assert.NotNull(o.Assessment));
        }

        var engine = await cordon.Assessments.GetEngineAsync();
        var groups = Canonical((await cordon.Networks.GroupsAsync(engine)).Select(g => g.Group));
        var memberships = (await cordon.Store.GetNetworkMembershipsAsync(NetworkService.DefaultOrganisation))
            .Select(m => $"{m.RecordId}:{m.GroupId}:{m.GroupSize}")
            .ToList();
        return (groups, memberships);
    }

    private static List<string> Canonical(IEnumerable<NetworkGroup> groups) =>
        [.. groups.Select(g => string.Join(' ', g.Members)).Order(StringComparer.Ordinal)];
}
