using System.Globalization;
using Cordon.Storage;

namespace Cordon.Web.Workspace;

/// <summary>The title a case gets when it is opened from an alert or an assessed record, the same from the pages and the API.</summary>
public static class CaseTitles
{
    /// <summary>"Alert 4: cust-1 new match KIM, Jong Un (ofac-sdn 20157, score 0.91)".</summary>
    public static string ForAlert(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var kind = alert.Kind switch { AlertKind.NewMatch => "new match", AlertKind.HubIndicatorMatch => "hub indicator match", _ => "match gone" };
        return string.Create(CultureInfo.InvariantCulture, $"Alert {alert.Id}: {alert.SubjectId} {kind} {alert.EntityName} ({alert.ListId} {alert.EntitySourceId}, score {alert.Score:0.00})");
    }

    /// <summary>"Application app-7: high risk, score 82".</summary>
    public static string ForAssessment(StoredAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return string.Create(CultureInfo.InvariantCulture, $"Application {assessment.RecordId}: {assessment.Level} risk, score {assessment.Score}");
    }
}
