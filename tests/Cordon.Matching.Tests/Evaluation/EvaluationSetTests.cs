using Cordon.Core;
using Cordon.Matching.Evaluation;

namespace Cordon.Matching.Tests.Evaluation;

public sealed class EvaluationSetTests
{
    private static string EvalFolder => EvaluationPaths.EvalFolder;

    [Fact]
    public void Reads_pairs_with_quotes_commas_and_doubled_quotes()
    {
        const string csv = "id,name1,name2,type,match,category,note\n" +
                           "P1,\"KIM, Jong Un\",Kim Jong-un,person,1,kp,\"said \"\"hi\"\", twice\"\r\n" +
                           "P2,Air Koryo,Air Korea,organization,0,kp-entity,\n";

        var pairs = EvaluationSet.ReadNamePairs("t.csv", new StringReader(csv));

        Assert.Equal(2, pairs.Count);
        Assert.Equal(new LabelledNamePair("P1", "KIM, Jong Un", "Kim Jong-un", SubjectKind.Person, true, "kp", "said \"hi\", twice"), pairs[0]);
        Assert.Equal(SubjectKind.Organization, pairs[1].Kind);
        Assert.False(pairs[1].IsMatch);
    }

    [Fact]
    public void Reads_queries_with_alternatives_dates_and_clean_rows()
    {
        const string csv = "id,name,type,date_of_birth,nationality,expected,category,note\n" +
                           "Q1,Kim Yong Chol,person,1962-02-18,KP,ofac-sdn:17614|us-csl:17614,kp,\n" +
                           "Q2,Kim Min-jun,person,1990,,,clean,\n" +
                           "Q3,Cheil Credit Bank,any,,,ofac-sdn:22985,kp,\n";

        var queries = EvaluationSet.ReadQueries("q.csv", new StringReader(csv));

        Assert.Equal([new EntityKey("ofac-sdn", "17614"), new EntityKey("us-csl", "17614")], queries[0].Expected);
        Assert.Equal(new PartialDate("1962-02-18", 1962, 2, 18), queries[0].Subject.DateOfBirth);
        Assert.Equal("KP", queries[0].Subject.Nationality);
        Assert.False(queries[1].IsListed);
        Assert.Equal(1990, queries[1].Subject.DateOfBirth!.Year);
        Assert.Null(queries[1].Subject.DateOfBirth!.Month);
        Assert.Null(queries[1].Subject.Nationality);
        Assert.Equal(SubjectKind.Any, queries[2].Subject.Kind);
    }

    [Theory]
    [InlineData("id,name1,name2,type,match,category,note\nP1,a,b,person,yes,c,\n", 2, "match")]
    [InlineData("id,name1,name2,type,match,category,note\nP1,a,b,person,1,c,\nP1,a,c,person,1,c,\n", 3, "id")]
    [InlineData("id,name1,name2,type,match,category,note\nP1,a,b,planet,1,c,\n", 2, "type")]
    [InlineData("id,name1,name2,type,match,category,note\nP1,,b,person,1,c,\n", 2, "name1")]
    [InlineData("id,name1,type,match,category,note\nP1,a,person,1,c,\n", 1, "name2")]
    public void Broken_pair_rows_name_file_line_and_column(string csv, long line, string column)
    {
        var e = Assert.Throws<EvaluationFileException>(() => EvaluationSet.ReadNamePairs("pairs.csv", new StringReader(csv)));

        Assert.Equal("pairs.csv", e.File);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.StartsWith($"pairs.csv, line {line}, column '{column}': ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q1,x,person,1962-13-01,,,c,", "date_of_birth")]
    [InlineData("Q1,x,person,62,,,c,", "date_of_birth")]
    [InlineData("Q1,x,person,,,ofac-sdn,c,", "expected")]
    [InlineData("Q1,x,person,,,ofac-sdn:1|:2,c,", "expected")]
    public void Broken_query_values_name_the_column(string row, string column)
    {
        var csv = "id,name,type,date_of_birth,nationality,expected,category,note\n" + row + "\n";

        var e = Assert.Throws<EvaluationFileException>(() => EvaluationSet.ReadQueries("q.csv", new StringReader(csv)));

        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
    }

    [Fact]
    public void Wrong_field_count_and_unclosed_quote_name_the_line()
    {
        var e1 = Assert.Throws<EvaluationFileException>(() => EvaluationSet.ReadCleanNames("c.csv", new StringReader("id,name,type\nC1,a\n")));
        var e2 = Assert.Throws<EvaluationFileException>(() => EvaluationSet.ReadCleanNames("c.csv", new StringReader("id,name,type\nC1,a,person\nC2,\"b,person\n")));

        Assert.Equal(2, e1.Line);
        Assert.Equal(3, e2.Line);
        Assert.Contains("not closed", e2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var e = Assert.Throws<EvaluationFileException>(() => EvaluationSet.ReadCleanNames("/nonexistent/clean-names.csv"));

        Assert.Equal("/nonexistent/clean-names.csv", e.File);
    }

    [Fact]
    public void Repository_set_has_the_required_size_and_share_of_North_Korean_rows()
    {
        var set = EvaluationSet.Load(EvalFolder);

        Assert.True(set.NamePairs.Count >= 700, $"{set.NamePairs.Count} pairs");
        Assert.True(set.Queries.Count >= 350, $"{set.Queries.Count} queries");
        Assert.True(set.CleanNames.Count >= 2000, $"{set.CleanNames.Count} clean names");
        var dprk = set.NamePairs.Count(p => p.Category.StartsWith("kp-", StringComparison.Ordinal)) +
                   set.Queries.Count(q => q.Category.StartsWith("kp-", StringComparison.Ordinal));
        Assert.True(dprk * 3 >= set.NamePairs.Count + set.Queries.Count, $"{dprk} DPRK rows");
        Assert.Contains(set.NamePairs, p => p.IsMatch);
        Assert.Contains(set.NamePairs, p => !p.IsMatch);
        Assert.Contains(set.Queries, q => !q.IsListed);
        Assert.Contains(set.Queries, q => q.Subject.DateOfBirth is not null);
        Assert.All(set.Queries.SelectMany(q => q.Expected), k => Assert.Contains(k.ListId, new[] { ListIds.OfacSdn, ListIds.OfacConsolidated, ListIds.UnConsolidated, ListIds.UsCsl, ListIds.BisDpl }));
    }
}
