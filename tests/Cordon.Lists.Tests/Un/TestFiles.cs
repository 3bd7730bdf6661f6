using System.IO.Compression;
using System.Text;

namespace Cordon.Lists.Tests.Un;

/// <summary>Builds <see cref="SourceFile"/>s the way the loader hands them to readers: decompressed, in memory.</summary>
internal static class TestFiles
{
    public static SourceFile FromShared(params string[] parts)
    {
        var path = SharedData.Path(["lists", .. parts]);
        var bytes = File.ReadAllBytes(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            bytes = output.ToArray();
        }

        return new SourceFile(path, bytes);
    }

    public static SourceFile FromZip(string entryName, params string[] parts)
    {
        var path = SharedData.Path(["lists", .. parts]);
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.First(e => e.FullName.EndsWith(entryName, StringComparison.OrdinalIgnoreCase));
        using var stream = entry.Open();
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return new SourceFile(path + "!/" + entry.FullName, output.ToArray());
    }

    public static SourceFile FromFixture(params string[] parts) =>
        new(Path.Combine([SharedData.RepositoryRoot, "tests", "Cordon.Lists.Tests", "Fixtures", .. parts]),
            File.ReadAllBytes(Path.Combine([SharedData.RepositoryRoot, "tests", "Cordon.Lists.Tests", "Fixtures", .. parts])));

    public static SourceFile FromText(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The first <paramref name="fraction"/> of a file, as a download cut short would leave it.</summary>
    public static SourceFile Truncated(SourceFile file, double fraction) =>
        new(file.Name, file.Content[..(int)(file.Content.Length * fraction)]);
}
