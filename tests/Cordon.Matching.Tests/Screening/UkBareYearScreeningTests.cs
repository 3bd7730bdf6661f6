using Cordon.Core;
using Cordon.Lists;

namespace Cordon.Matching.Tests.Screening;

/// <summary>
/// Issue 17: a bare-year UK date of birth (<c>&lt;DOB&gt;1946&lt;/DOB&gt;</c>) lost its year, so screening the exact name with
/// that birth year scored under the threshold. Read from an excerpt of the official FCDO XML (Cordon.Lists.Tests/Fixtures/Real).
/// </summary>
public sealed class UkBareYearScreeningTests
{
    private static readonly Lazy<ScreeningIndex> Uk = new(() =>
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Cordon.Lists.Tests", "Fixtures", "Real", "uk-sanctions-list-excerpt.xml");
        return Matcher.Default.BuildIndex(ListLoader.Default.Load(path).Snapshots.Single().Entities);
    });

    [Fact]
    public void The_exact_name_with_the_bare_birth_year_is_a_match_confirmed_by_the_date()
    {
        var match = Uk.Value.Screen(new ScreeningSubject { Name = "Mohammad Hassan Akhund", Kind = SubjectKind.Person, DateOfBirth = new PartialDate("1946", 1946) })
            .First(m => m.Entity.SourceId == "AFG0006");
        Assert.True(match.Score >= Matcher.Default.DefaultThreshold, $"score {match.Score}");
        Assert.Contains(match.Explanation.Features, f => f.Feature == "date-of-birth" && f.Points > 0);
    }
}
