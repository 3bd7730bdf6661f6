using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Cordon.Lists;

namespace Cordon.Fuzz.Tests;

/// <summary>
/// Every XML importer refuses documents with a DTD: external entities (a local file, a URL), external DTDs and entity expansion
/// ("billion laughs") are refused with a <see cref="ListFormatException"/>, quickly, without reading the file or opening the URL.
/// </summary>
public sealed class XmlAttackTests : IDisposable
{
    private const string Secret = "CORDON-SECRET-7f3a9";
    private readonly string secretFile = Path.Combine(Path.GetTempPath(), "cordon-xxe-" + Guid.NewGuid().ToString("N") + ".txt");
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);

    public XmlAttackTests()
    {
        File.WriteAllText(secretFile, Secret);
        listener.Start();
    }

    public static TheoryData<string> Readers => new() { "un-xml", "eu-fsf-xml", "uk-sanctions-xml", "ofac-enhanced-xml" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_external_file_entity_is_refused_and_never_read(string format)
    {
        var file = Attack(format, $"<!ENTITY xxe SYSTEM \"file://{secretFile}\">", "&xxe;");
        AssertRefused(format, file);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_external_url_entity_or_dtd_is_refused_and_never_fetched(string format)
    {
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/evil";
        AssertRefused(format, Attack(format, $"<!ENTITY xxe SYSTEM \"{url}.xml\">", "&xxe;"));
        AssertRefused(format, Attack(format, null, null, $" SYSTEM \"{url}.dtd\""));
        Assert.False(listener.Pending(), "the importer opened a connection to the URL");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Entity_expansion_is_refused_quickly(string format)
    {
        var laughs = new StringBuilder("<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        AssertRefused(format, Attack(format, laughs.ToString(), "&lol9;"));
        AssertRefused(format, Attack(format, "<!ENTITY a \"&#x26;a;\">", "&a;"));
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Dispose();
        File.Delete(secretFile);
    }

    private void AssertRefused(string format, SourceFile file)
    {
        var reader = ListReaders.All.Single(r => r.Format == format);

        // Straight to the reader (as if detection had accepted it), and through the loader as an upload would go.
        foreach (var attempt in new Action[] { () => reader.Read([file]), () => ListLoader.Default.Load(file) })
        {
            Exception? thrown = null;
            Guard.Run(format, () =>
            {
                try
                {
                    attempt();
                }
                catch (Exception e)
                {
                    thrown = e;
                    throw;
                }
            }, typeof(ListFormatException));
            Assert.IsType<ListFormatException>(thrown);
            Assert.DoesNotContain(Secret, thrown!.ToString());
        }
    }

    /// <summary>The real file of <paramref name="format"/> with a DOCTYPE before its root and a reference inside it.</summary>
    private static SourceFile Attack(string format, string? declarations, string? reference, string externalId = "")
    {
        var (name, text) = Seed(format);
        var root = FindRootStart(text);
        var rootName = new string(text.Skip(root + 1).TakeWhile(c => !char.IsWhiteSpace(c) && c is not '>' and not '/').ToArray());
        var rootEnd = text.IndexOf('>', root);
        var withReference = reference is null ? text : text[..(rootEnd + 1)] + reference + text[(rootEnd + 1)..];
        var doctype = $"<!DOCTYPE {rootName}{externalId}{(declarations is null ? string.Empty : " [" + declarations + "]")}>\n";
        return new SourceFile(name, Encoding.UTF8.GetBytes(withReference[..root] + doctype + withReference[root..]));
    }

    private static int FindRootStart(string text)
    {
        var at = 0;
        while (true)
        {
            at = text.IndexOf('<', at);
            if (text.AsSpan(at).StartsWith("<?") || text.AsSpan(at).StartsWith("<!--"))
            {
                at = text.IndexOf(text.AsSpan(at).StartsWith("<?") ? "?>" : "-->", at, StringComparison.Ordinal) + 2;
                continue;
            }

            return at;
        }
    }

    private static (string Name, string Text) Seed(string format) => format switch
    {
        "un-xml" => ("UN_consolidated.xml", File.ReadAllText(SharedData.Path("lists", "un", "UN_consolidated.xml"))),
        "eu-fsf-xml" => ("eu.xml", File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "tests/Cordon.Lists.Tests/Fixtures/Eu/eu-fsf-sample.xml"))),
        "uk-sanctions-xml" => ("uk.xml", File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "tests/Cordon.Lists.Tests/Fixtures/Uk/uk-sanctions-sample.xml"))),
        _ => ("CONS_ENHANCED.XML", Unzip(SharedData.Path("lists", "ofac-enhanced-xml", "CONS_ENHANCED.ZIP"))),
    };

    private static string Unzip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.Entries.Single().Open());
        return reader.ReadToEnd();
    }
}
