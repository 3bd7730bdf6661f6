namespace Cordon.Web.ListSources;

/// <summary>What one conditional request for a source's file brought back.</summary>
/// <param name="NotModified">True when the server answered 304: the file is the one last imported, and nothing was downloaded.</param>
/// <param name="FileName">The file's name (from <c>Content-Disposition</c>, else the URL's last segment), for messages and the version's sources.</param>
/// <param name="Content">The bytes; empty when <paramref name="NotModified"/>.</param>
/// <param name="ETag">The response's entity tag, if any.</param>
/// <param name="LastModified">The response's <c>Last-Modified</c>, if any, as sent.</param>
public sealed record ListDownload(bool NotModified, string FileName, ReadOnlyMemory<byte> Content, string? ETag, string? LastModified);

/// <summary>A download that failed or was refused (status, size, content type, time-out, a broken connection).</summary>
public sealed class ListDownloadException : Exception
{
    /// <summary>Creates the exception with the reason shown to the operator.</summary>
    public ListDownloadException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ListDownloadException()
        : base("the download failed")
    {
    }

    /// <summary>Creates the exception with the reason shown to the operator.</summary>
    public ListDownloadException(string message)
        : base(message)
    {
    }
}
