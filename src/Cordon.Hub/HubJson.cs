namespace Cordon.Hub;

/// <summary>Small helpers for JSON files the hub reads from disk or upload.</summary>
internal static class HubJson
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The bytes after a UTF-8 byte order mark, if there is one: editors on Windows write it, it is not JSON, and it says
    /// nothing a UTF-8 JSON reader needs.
    /// </summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> json) =>
        json.Span.StartsWith(Utf8ByteOrderMark) ? json[Utf8ByteOrderMark.Length..] : json;
}
