using Cordon.Cases;
using Cordon.Assessments;
using Cordon.Risk;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Tests.Shared;

/// <summary>Decided cases for calibration tests (web and browser).</summary>
internal static class CalibrationDecisions
{
    /// <summary>Assessments whose crypto payouts the organisation's analysts reject far more often than the default weights expect.</summary>
    public static async Task SeedAsync(ICordonStore store, string organisation, int count)
    {
        var d = RiskConfiguration.Default;
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        var random = new Random(3);
        for (var i = 0; i < count; i++)
        {
            var crypto = i % 2 == 0;
            var signals = new List<Signal>();
            if (crypto)
            {
                signals.Add(new Signal("MON-CRYPTO", "Paid in cryptocurrency", "money", d.PointsOf("MON-CRYPTO"), [], "A22", "crypto payout"));
            }

            if (random.NextDouble() < 0.5)
            {
                signals.Add(new Signal("LOC-VPN", "VPN", "location", d.PointsOf("LOC-VPN"), [], "A22", "vpn"));
            }

            var score = (int)Math.Round(signals.Sum(s => s.Points));
            var id = $"calib-{i:000}";
            var assessment = new Assessment(id, score, d.LevelOf(score), signals, [], string.Empty, d.Version);
            await store.SaveAssessmentsAsync(organisation, [new StoredAssessment(id, "{}", AssessmentJson.Serialize(assessment), score, AssessmentJson.LevelName(assessment.Level), d.Version, at)]);
            var opened = await store.OpenCaseAsync(
                new CaseRecord(0, organisation, "Applicant " + id, CaseSourceKind.Assessment, id, CaseState.Open, null, null, null, "ana", at, at, 1),
                new CaseEvent(1, CaseEventKind.Opened, "u-ana", "ana", at));
            var decision = crypto ? (random.NextDouble() < 0.8 ? CaseDecision.Rejected : CaseDecision.Cleared) : (random.NextDouble() < 0.1 ? CaseDecision.Reported : CaseDecision.Cleared);
            await store.AppendCaseEventAsync(
                opened with { State = CaseState.Closed, Decision = decision, UpdatedAt = at.AddMinutes(1), Version = 2 },
                new CaseEvent(2, CaseEventKind.Decided, "u-ana", "ana", at.AddMinutes(1), "decided", decision));
        }
    }
}
