using Cordon.Core;
using Cordon.Lists;
using Cordon.Matching.Evaluation;

namespace Cordon.Matching.Tests.Evaluation;

/// <summary>Loads the shared lists and runs the evaluation once for all the tests that read its report.</summary>
public sealed class EvaluationRunFixture
{
    private readonly Lazy<EvaluationReport> report;

    public EvaluationRunFixture()
    {
        report = new Lazy<EvaluationReport>(Run);
    }

    public EvaluationReport Report => report.Value;

    public static string EvalFolder => EvaluationPaths.EvalFolder;

    public static IReadOnlyList<ListedEntity> LoadLists()
    {
        var entities = new List<ListedEntity>();
        foreach (var folder in EvaluationSet.ListFolders)
        {
            foreach (var snapshot in ListLoader.Default.Load(EvaluationPaths.Lists(folder)).Snapshots)
            {
                entities.AddRange(snapshot.Entities);
            }
        }

        return entities;
    }

    private static EvaluationReport Run() =>
        MatchEvaluator.RunFromFiles(EvalFolder, EvaluationPaths.Lists(""), folder => ListLoader.Default.Load(folder).Snapshots.SelectMany(s => s.Entities));
}
