using System.Net;
using System.Net.Http.Headers;
using Cordon.Storage;
using Polly.Timeout;
using Cordon.Lists;

namespace Cordon.Web.ListSources;

/// <summary>
/// Fetches a source's file with a conditional request (<c>If-None-Match</c>, <c>If-Modified-Since</c>), refusing what
/// cannot be the list: an error status, a page served as HTML, a file larger than the cap, a body cut short.
/// Retries and per-attempt time-outs come from the client's resilience handler (<see cref="ListSourceHttp"/>).
/// </summary>
public sealed class ListSourceDownloader
{
    private readonly HttpClient _http;
    private readonly ListSourceOptions _options;

    /// <summary>Creates the downloader over a client made by <see cref="ListSourceHttp"/>.</summary>
    public ListSourceDownloader(HttpClient http, ListSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
    }

    /// <summary>Downloads <paramref name="source"/>'s file, or learns that it has not changed since the last import.</summary>
    /// <exception cref="ListDownloadException">The download failed or was refused; the reason says which.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ListDownload> DownloadAsync(ListSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
        if (source.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (source.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.DownloadTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var responseETag = response.Headers.ETag?.ToString();
            var responseLastModified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
            var fileName = FileName(response, source);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new ListDownload(true, fileName, ReadOnlyMemory<byte>.Empty, responseETag ?? source.ETag, responseLastModified ?? source.LastModified);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new ListDownloadException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase} for {source.Url}");
            }

            CheckContentType(response.Content.Headers.ContentType);
            if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxDownloadBytes)
            {
                throw new ListDownloadException($"the file is {declared:N0} bytes, more than the {_options.MaxDownloadBytes:N0} allowed (Cordon:ListSources:MaxDownloadBytes)");
            }

            var content = await ReadCappedAsync(response, deadline.Token);
            return new ListDownload(false, fileName, content, responseETag, responseLastModified);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ListDownloadException($"the download did not finish within {_options.DownloadTimeout} (Cordon:ListSources:DownloadTimeout)");
        }
        catch (TimeoutRejectedException e)
        {
            throw new ListDownloadException($"the server did not answer within {_options.AttemptTimeout}, {_options.Retries + 1} attempt(s)", e);
        }
        catch (HttpRequestException e)
        {
            // Covers refused connections, DNS failures, TLS errors and a body that ends before its Content-Length.
            throw new ListDownloadException($"the download failed: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ListDownloadException($"the download was cut short: {e.Message}", e);
        }
    }

    private void CheckContentType(MediaTypeHeaderValue? contentType)
    {
        if (contentType?.MediaType is not { } mediaType)
        {
            return;
        }

        if (!_options.ContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new ListDownloadException(
                $"the server sent '{mediaType}', not a list file (accepted: {string.Join(", ", _options.ContentTypes)}); an HTML page usually means the URL moved or needs a sign-in");
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream(declared is { } length && length <= _options.MaxDownloadBytes ? (int)length : 1 << 20);
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxDownloadBytes)
            {
                throw new ListDownloadException($"the file is larger than the {_options.MaxDownloadBytes:N0} bytes allowed (Cordon:ListSources:MaxDownloadBytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        // HttpClient reports a body shorter than its Content-Length itself; this also covers a decompressed body, whose
        // declared length is the compressed one and so is not checked here.
        if (declared is { } expected && response.Content.Headers.ContentEncoding.Count == 0 && buffer.Length != expected)
        {
            throw new ListDownloadException($"the download was cut short: {buffer.Length:N0} of {expected:N0} bytes arrived");
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static string FileName(HttpResponseMessage response, ListSource source)
    {
        var given = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        var name = given?.Trim('"');
        if (string.IsNullOrWhiteSpace(name))
        {
            var uri = response.RequestMessage?.RequestUri ?? new Uri(source.Url);
            name = Uri.UnescapeDataString(uri.Segments.LastOrDefault() ?? string.Empty).Trim('/');
        }

        // Only a bare file name is kept: it is shown and stored, never used as a path.
        name = Core.SourceNames.FileName(name ?? string.Empty);
        return string.IsNullOrWhiteSpace(name) || name.StartsWith('.') ? source.Name : name;
    }
}
