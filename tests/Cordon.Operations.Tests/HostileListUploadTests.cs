using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cordon.Core.Access;

namespace Cordon.Operations.Tests;

/// <summary>Hostile list files uploaded to a running <c>cordon serve</c> (issue 13, finding 2): refused quickly, and the server stays up.</summary>
[Collection(OperationsTestGroup.Name)]
public sealed class HostileListUploadTests
{
    /// <summary>A UN-format list whose one entry holds <paramref name="levels"/> nested elements in its comments.</summary>
    private static byte[] DeeplyNestedUnXml(int levels)
    {
        var xml = new StringBuilder(levels * 8 + 512);
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n<DATAID>1</DATAID>\n<FIRST_NAME>NESTED</FIRST_NAME>\n<COMMENTS1>");
        xml.Insert(xml.Length, "<a>", levels).Append('x').Insert(xml.Length, "</a>", levels);
        xml.Append("</COMMENTS1>\n</INDIVIDUAL>\n</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    [Fact]
    public async Task A_2_mb_un_xml_nested_300000_deep_is_refused_quickly_and_the_server_stays_up()
    {
        using var folder = new TempFolder();
        var database = folder.Combine("cordon.db");
        var key = await TestCredentials.CreateKeyAsync(database, folder.Path, CordonRoles.Operator);
        await using var server = await CordonServer.StartAsync(folder.Path, database, apiKey: key);
        var hostile = DeeplyNestedUnXml(300_000);
        Assert.InRange(hostile.Length, 1_800_000, 2_400_000);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(hostile);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(file, "files", "UN_consolidated.xml");
        var watch = Stopwatch.StartNew();
        using var response = await server.Client.PostAsync("/api/lists/import", form);
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UN_consolidated.xml, line 7", body, StringComparison.Ordinal);
        Assert.Contains("nested more than 64 levels", body, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"refused after {watch.Elapsed}");

        // Still serving, and nothing was stored.
        using var live = await server.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("[]", (await server.Client.GetStringAsync("/api/lists")).Trim());
    }
}
