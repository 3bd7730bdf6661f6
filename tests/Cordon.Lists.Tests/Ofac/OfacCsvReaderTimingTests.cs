using System.Diagnostics;
using Cordon.Lists.Ofac;

namespace Cordon.Lists.Tests.Ofac;

[Collection(SerialTiming.Name)]
public sealed class OfacCsvReaderTimingTests
{
    [Fact]
    public void Reading_the_2021_sdn_files_takes_well_under_a_second()
    {
        var files = Directory.GetFiles(SharedData.Path("lists", "ofac-sdn-2021-07"))
            .Select(p => new SourceFile(p, File.ReadAllBytes(p))).ToList();
        var reader = new OfacCsvReader();
        Assert.Equal(8976, reader.Read(files).Entities.Count);

        // Best of three, so that a busy build machine does not decide the result.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            reader.Read(files);
            sw.Stop();
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"took {best.TotalMilliseconds:F0} ms");
    }
}
