namespace Cordon.Risk.Tests;

public sealed class SampleRecordsTests
{
    private static string SamplePath => System.IO.Path.GetFullPath(System.IO.Path.Combine(SharedData.RepositoryRoot, "..", "shared", "samples", "applications.jsonl"));

    [Fact]
    public void All_80_sample_records_are_read_without_error()
    {
        var lines = File.ReadAllLines(SamplePath).Where(l => l.Length > 0).ToList();
        Assert.Equal(80, lines.Count);
        foreach (var line in lines)
        {
            var result = ApplicationReader.Read(line);
            Assert.True(result.IsValid, string.Join("; ", result.Errors));
        }
    }

    [Fact]
    public void All_80_sample_records_are_assessed_in_one_batch()
    {
        var records = File.ReadAllLines(SamplePath).Where(l => l.Length > 0).Select(l => ApplicationReader.Read(l).Record!).ToList();
        var engine = new RiskEngine(RiskConfiguration.Default, RiskContext.Empty);
        var assessments = engine.AssessBatch(records);
        Assert.Equal(records.Count, assessments.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(records[i].Id, assessments[i].Id);
            Assert.InRange(assessments[i].Score, 0, 100);
            Assert.Equal("cordon-risk-v3", assessments[i].EngineVersion);
            Assert.All(assessments[i].Signals, s => Assert.NotEmpty(s.Evidence));
        }

        Assert.Contains(assessments, a => a.Level >= RiskLevel.High);
        Assert.Contains(assessments, a => a.Level == RiskLevel.Low);
    }
}
