using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cordon.Web.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) that serves list files the way a test says: what list sources
/// are fetched from in the tests, so that nothing reaches the internet.
/// </summary>
internal sealed class LoopbackListServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackListServer(WebApplication app) => _app = app;

    /// <summary>Answers every request; replace it to change what the server does.</summary>
    public Func<HttpContext, Task> Handler { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    /// <summary>Every request received: path and the conditional headers sent.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests { get; } = new();

    /// <summary>The server's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<LoopbackListServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackListServer(app);
        app.Run(context =>
        {
            server.Requests.Enqueue((context.Request.Path, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.IfModifiedSince.FirstOrDefault()));
            return server.Handler(context);
        });
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single();
        return server;
    }

    /// <summary>Serves <paramref name="content"/> with an ETag, answering 304 when the client already has it.</summary>
    public static Func<HttpContext, Task> File(byte[] content, string contentType, string? etag = null, string? lastModified = null) => async context =>
    {
        if (etag is not null && context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        if (lastModified is not null)
        {
            context.Response.Headers.LastModified = lastModified;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content);
    };

    /// <summary>The files of a folder in one zip, as an OFAC CSV set is read from one archive.</summary>
    public static byte[] Zip(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(Path.GetFileName(path), CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(System.IO.File.ReadAllBytes(path));
            }
        }

        return buffer.ToArray();
    }

    public string Url(string path) => BaseUrl + path;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
