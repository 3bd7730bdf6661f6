using System.IO.Compression;
using System.Text;
using Cordon.Lists;
using CsCheck;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Every list reader on mutated real files: whatever the bytes, loading ends within the time limit with snapshots or a
/// <see cref="ListFormatException"/> naming the file, never with another exception.
/// </summary>
public sealed class ListParserFuzzTests
{
    public static TheoryData<string, string, int, int> Seeds => new()
    {
        // name the loader sees, file, lines kept (0: whole file), iterations
        { "sdn.csv", SharedData.Path("lists", "ofac-sdn-2021-07", "sdn.csv"), 300, 150 },
        { "cons_prim.csv", SharedData.Path("lists", "ofac-consolidated-nonsdn", "cons_prim.csv"), 300, 100 },
        { "dpl.txt", SharedData.Path("lists", "bis-dpl", "dpl.txt"), 200, 150 },
        { "eu-fsf-sample.xml", SharedData.RepositoryRoot + "/tests/Cordon.Lists.Tests/Fixtures/Eu/eu-fsf-sample.xml", 0, 200 },
        { "uk-sanctions-sample.xml", SharedData.RepositoryRoot + "/tests/Cordon.Lists.Tests/Fixtures/Uk/uk-sanctions-sample.xml", 0, 200 },
        { "UN_consolidated.xml", SharedData.Path("lists", "un", "UN_consolidated.xml"), 0, 12 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_mutated_list_file_loads_or_is_refused_with_a_list_format_error(string name, string path, int lines, int iterations)
    {
        var seed = lines == 0 ? File.ReadAllBytes(path) : Mutation.Head(path, lines);
        Assert.NotEmpty(ListLoader.Default.Load(new SourceFile(name, seed)).Snapshots);

        Mutation.Edits().Sample(
            edits => Guard.Run(name, () => ListLoader.Default.Load(new SourceFile(name, Mutation.Apply(seed, edits))), typeof(ListFormatException)),
            iter: Mutation.Iterations(iterations),
            threads: 1);
    }

    [Fact]
    public void A_mutated_file_of_an_ofac_csv_set_loads_or_is_refused()
    {
        var folder = SharedData.Path("lists", "ofac-sample");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        var originals = files.Select(File.ReadAllBytes).ToArray();
        var scratch = Directory.CreateTempSubdirectory("cordon-fuzz-ofac-").FullName;
        try
        {
            Gen.Select(Gen.Int[0, files.Length - 1], Mutation.Edits()).Sample(
                pick =>
                {
                    var (which, edits) = pick;
                    for (var i = 0; i < files.Length; i++)
                    {
                        File.WriteAllBytes(Path.Combine(scratch, Path.GetFileName(files[i])), i == which ? Mutation.Apply(originals[i], edits) : originals[i]);
                    }

                    Guard.Run(Path.GetFileName(files[which]), () => ListLoader.Default.Load(scratch), typeof(ListFormatException));
                },
                iter: Mutation.Iterations(150),
                threads: 1);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Mutated_gzip_of_the_consolidated_screening_list_loads_or_is_refused()
    {
        var text = Decompress(File.ReadAllBytes(SharedData.Path("lists", "us-csl-2022-04", "consolidated.csv.gz")));
        var head = Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(text).Split('\n').Take(200)) + "\n");
        Assert.NotEmpty(ListLoader.Default.Load(new SourceFile("consolidated.csv.gz", Compress(head))).Snapshots);

        // Mutations of the CSV inside a sound gzip, and of the gzip bytes themselves.
        Gen.Select(Gen.Bool, Mutation.Edits()).Sample(
            pick =>
            {
                var (inside, edits) = pick;
                var bytes = inside ? Compress(Mutation.Apply(head, edits)) : Mutation.Apply(Compress(head), edits);
                Guard.Run("consolidated.csv.gz", () => ListLoader.Default.Load(new SourceFile("consolidated.csv.gz", bytes)), typeof(ListFormatException));
            },
            iter: Mutation.Iterations(150),
            threads: 1);
    }

    [Fact]
    public void A_mutated_enhanced_xml_zip_loads_or_is_refused()
    {
        var zip = File.ReadAllBytes(SharedData.Path("lists", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP"));
        Mutation.Edits().Sample(
            edits => Guard.Run("CONS_ENHANCED.ZIP", () => ListLoader.Default.Load(new SourceFile("CONS_ENHANCED.ZIP", Mutation.Apply(zip, edits))), typeof(ListFormatException)),
            iter: Mutation.Iterations(40),
            threads: 1);
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
