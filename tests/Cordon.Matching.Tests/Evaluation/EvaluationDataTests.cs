using Cordon.Matching.Evaluation;

namespace Cordon.Matching.Tests.Evaluation;

/// <summary>Checks the labelled data against the shared lists as the list readers load them.</summary>
public sealed class EvaluationDataTests
{
    [Fact]
    public void Every_expected_entry_exists_in_the_loaded_lists()
    {
        var keys = EvaluationRunFixture.LoadLists().Select(e => new EntityKey(e.ListId, e.SourceId)).ToHashSet();
        var set = EvaluationSet.Load(EvaluationRunFixture.EvalFolder);

        var missing = set.Queries.SelectMany(q => q.Expected.Where(k => !keys.Contains(k)).Select(k => q.Id + " " + k)).ToList();

        Assert.True(missing.Count == 0, "Expected entries not in the lists:\n" + string.Join("\n", missing.Take(50)));
    }

    [Fact]
    public void No_clean_name_or_clean_query_is_literally_a_listed_name()
    {
        static string Key(string name) => string.Join(' ', name.ToUpperInvariant()
            .Split([' ', ',', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var listed = EvaluationRunFixture.LoadLists()
            .SelectMany(e => e.Aliases.Select(a => a.Name).Prepend(e.PrimaryName))
            .Select(Key)
            .ToHashSet(StringComparer.Ordinal);
        var set = EvaluationSet.Load(EvaluationRunFixture.EvalFolder);

        var listedClean = set.CleanNames.Select(c => c.Name)
            .Concat(set.Queries.Where(q => !q.IsListed).Select(q => q.Subject.Name))
            .Where(n => listed.Contains(Key(n)))
            .ToList();

        Assert.True(listedClean.Count == 0, "Clean names that are on a list:\n" + string.Join("\n", listedClean));
    }
}
