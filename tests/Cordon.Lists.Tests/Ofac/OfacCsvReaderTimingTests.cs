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

        // Best of three, counting processor time: on a shared two-core build machine the wall clock mostly measures
        // the other builds. The class runs alone (SerialTiming), so the process's processor time is this read's.
        var best = TimeSpan.MaxValue;
        var wall = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 3; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            reader.Read(files);
            sw.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            best = cpu < best ? cpu : best;
            wall = sw.Elapsed < wall ? sw.Elapsed : wall;
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"took {best.TotalMilliseconds:F0} ms of processor time ({wall.TotalMilliseconds:F0} ms wall clock)");
    }
}
