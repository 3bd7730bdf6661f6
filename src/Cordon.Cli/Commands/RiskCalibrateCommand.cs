using Cordon.Assessments;
using System.CommandLine;
using System.Globalization;
using Cordon.Accounts;
using Cordon.Risk;
using Cordon.Risk.Calibration;
using Cordon.Screening;
using Cordon.Storage;

namespace Cordon.Cli.Commands;

/// <summary>
/// <c>cordon risk calibrate --organisation ORG [--report | --adopt VERSION]</c>: an organisation's weights fitted from its
/// decided cases, kept in shadow mode, reported, and adopted.
/// </summary>
internal static class RiskCalibrateCommand
{
    public static Command Create(GlobalOptions global)
    {
        var report = new Option<bool>("--report") { Description = "Show the shadow report (weights per rule, decided cases before/after, applicants whose level would change) without fitting" };
        var adopt = new Option<string?>("--adopt") { Description = "Adopt the shadow weights of this version: the organisation's assessments use them from now on (audited)" };
        var floor = RiskCommand.FloorOption("its weight in force", "the organisation's decisions");
        var limit = new Option<int>("--show") { Description = "Applicants whose level would change: how many to list", DefaultValueFactory = _ => 50 };
        var command = global.WithOrganisation(new Command(
            "calibrate",
            "Fit an organisation's risk weights from its decided cases (rejected or reported = fraud, cleared = legitimate) and keep them in shadow mode: new assessments are scored with both weights until an admin adopts the new ones")
        {
            report,
            adopt,
            floor,
            limit,
        });
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(global.Organisation)))
            {
                throw new UserInputException("--organisation is required: weights are fitted from, and used for, one organisation.");
            }

            if (parse.GetValue(report) && parse.GetValue(adopt) is not null)
            {
                throw new UserInputException("give either --report or --adopt, not both.");
            }

            if ((parse.GetValue(report) || parse.GetValue(adopt) is not null) && parse.GetResult(floor) is { Implicit: false })
            {
                throw new UserInputException("--floor applies to a fit; --report and --adopt fit nothing.");
            }

            await using var cordon = await global.OpenAsync(parse, ct, withRisk: true);
            var organisation = await global.OrganisationAsync(parse, cordon, ct);
            var audit = new AuditLog(cordon.Store, cordon.Time);
            if (parse.GetValue(adopt) is { } version)
            {
                var adopted = await cordon.Calibration.AdoptAsync(
                    organisation,
                    version,
                    Actor.Operator.UserName!,
                    audit.Entry(Actor.Operator, AuditActions.RiskWeightsAdopt, targetType: "risk-weights", targetId: version, organisationId: organisation),
                    ct);
                if (!adopted)
                {
                    var shadow = (await cordon.Calibration.GetWeightsAsync(organisation, ct)).Shadow;
                    throw new UserInputException($"--adopt {version}: organisation '{organisation}' has no shadow weights of that version ({(shadow is null ? "it has none; fit them first with 'cordon risk calibrate --organisation " + organisation + "'" : "its shadow weights are " + shadow.Version)}); nothing changed.");
                }

                Console.WriteLine($"Adopted {version} for organisation '{organisation}': its assessments use these weights from now on (the engine version says {version}). Other organisations are unaffected.");
                return 0;
            }

            if (!parse.GetValue(report))
            {
                var fit = await cordon.Calibration.FitAsync(
                    organisation,
                    Actor.Operator.UserName!,
                    model => audit.Entry(Actor.Operator, AuditActions.RiskWeightsFit, targetType: "risk-weights", targetId: model.Version, details: new { decisions = model.Decisions, fraud = model.Fraud }, organisationId: organisation),
                    parse.GetValue(floor),
                    ct);
                PrintSkipped(fit.Cases);
                if (fit.Stored is null)
                {
                    Console.WriteLine(fit.Result.Message);
                    return 0;
                }

                Console.WriteLine(fit.Stored.Summary);
                Console.WriteLine($"Stored {fit.Stored.Version} in shadow mode for organisation '{organisation}': new assessments are scored with it too; nothing is decided by it until an admin adopts it (cordon risk calibrate --organisation {organisation} --adopt {fit.Stored.Version}).");
            }

            Print(await cordon.Calibration.ReportAsync(organisation, ct), parse.GetValue(limit));
            return 0;
        }));
        return command;
    }

    private static void PrintSkipped(DecidedCases cases)
    {
        if (cases.UnknownVersions.Count > 0)
        {
            Console.Error.WriteLine($"warning: {cases.Decided - cases.Usable.Count} decided case(s) left out: assessed with weights no longer known ({string.Join(", ", cases.UnknownVersions)}).");
        }
    }

    private static void Print(CalibrationReport report, int shown)
    {
        var w = report.Weights;
        var fraud = report.Cases.Usable.Count(c => c.Fraud);
        Console.WriteLine();
        Console.WriteLine($"Weights in force: {w.InForce.Version}{(w.Adopted is { } a ? $" (adopted {Day(a.AdoptedAt)} by {a.AdoptedBy})" : " (the operator's configuration)")}");
        Console.WriteLine($"Decided cases: {report.Cases.Decided} ({fraud} fraud, {report.Cases.Usable.Count - fraud} cleared usable; at least {OrganisationCalibration.MinimumDecisions}, {OrganisationCalibration.MinimumPerKind} of each kind, are needed to fit)");
        if (w.Shadow is not { } shadow || report.Figures is not { } f)
        {
            Console.WriteLine("Shadow weights: none.");
            return;
        }

        Console.WriteLine($"Shadow weights: {shadow.Version} (fitted {Day(shadow.CreatedAt)} by {shadow.CreatedBy} from {shadow.Decisions} decisions, {shadow.Fraud} fraud)");
        Console.WriteLine(OrganisationCalibration.HeldAtFloorLine(report.HeldAtFloor, w.ShadowConfiguration?.Model?.Floor));
        Console.WriteLine();
        Console.WriteLine("Decided cases, flagged = high or critical   in force → shadow");
        Console.WriteLine(Line("fraud flagged (recall)", $"{f.FraudFlaggedBefore}/{f.Fraud} ({Pct(f.RecallBefore)})", $"{f.FraudFlaggedAfter}/{f.Fraud} ({Pct(f.RecallAfter)})"));
        Console.WriteLine(Line("cleared flagged (false alarms)", $"{f.ClearedFlaggedBefore}/{f.Cleared} ({Pct(f.FalseAlarmsBefore)})", $"{f.ClearedFlaggedAfter}/{f.Cleared} ({Pct(f.FalseAlarmsAfter)})"));
        Console.WriteLine(Line("precision of flagged", Pct(f.PrecisionBefore), Pct(f.PrecisionAfter)));
        Console.WriteLine(Line("level changed", string.Empty, f.LevelChanges.ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine();
        Console.WriteLine("Weights per rule (points; 20 points = 10× the odds of fraud)\tin force\tshadow\tchange");
        foreach (var change in report.WeightChanges.Where(c => c.InForce > 0 || c.Candidate > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {change.Code}\t{change.InForce:0.0}\t{change.Candidate:0.0}\t{change.Difference:+0.0;-0.0;0}"));
        }

        Console.WriteLine();
        Console.WriteLine($"New assessments scored in shadow: {report.ShadowScored}; applicants whose level would change: {report.ShadowChanges.Count}");
        foreach (var s in report.ShadowChanges.Take(shown))
        {
            Console.WriteLine($"  {s.RecordId}\t{s.InForceScore} {s.InForceLevel} → {s.ShadowScore} {s.ShadowLevel}\t{Day(s.AssessedAt)}");
        }

        if (report.DecidedChanges.Count > 0)
        {
            Console.WriteLine($"Decided cases whose level would change: {report.DecidedChanges.Count}");
            foreach (var c in report.DecidedChanges.Take(shown))
            {
                Console.WriteLine($"  {c.RecordId}\t{(c.Fraud == true ? "fraud" : "cleared")}\t{c.ScoreBefore} {AssessmentJson.LevelName(c.LevelBefore)} → {c.ScoreAfter} {AssessmentJson.LevelName(c.LevelAfter)}");
            }
        }
    }

    private static string Line(string what, string before, string after) => $"  {what,-32}{before,-18} → {after}";

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Day(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "-";
}
