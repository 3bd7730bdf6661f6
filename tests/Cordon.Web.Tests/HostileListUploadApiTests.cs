using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Cordon.Core.Access;

namespace Cordon.Web.Tests;

/// <summary>A zip bomb uploaded through the web import (issue 13, finding 13): refused with a clear error before it expands.</summary>
public sealed class HostileListUploadApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    [Fact]
    public async Task A_small_cons_enhanced_zip_holding_300_mib_of_spaces_is_refused_before_it_expands()
    {
        // Written a mebibyte at a time: the test itself never holds the 300 MiB either.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("CONS_ENHANCED.XML", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 300; i++)
            {
                entry.Write(spaces);
            }
        }

        Assert.True(buffer.Length < 2 << 20, $"the archive is {buffer.Length:N0} bytes");
        var operatorClient = await server.CreateClientAsync("bomb-platform", CordonRoles.Operator);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(buffer.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "files", "CONS_ENHANCED.ZIP");

        var watch = Stopwatch.StartNew();
        using var response = await operatorClient.PostAsync("/api/lists/import", form);
        watch.Stop();
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CONS_ENHANCED.ZIP!/CONS_ENHANCED.XML", body, StringComparison.Ordinal);
        Assert.Contains("268,435,456 bytes for one file", body, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"refused after {watch.Elapsed}");
        Assert.DoesNotContain(await server.Services.Store.GetListsAsync(), l => l.ListId == "ofac-consolidated");
    }
}
