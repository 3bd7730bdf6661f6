using System.Text.Json;
using Cordon.Stix.Model;

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

    /// <summary>
    /// Parses a file to import (a UTF-8 byte order mark skipped, at most 64 levels deep) and checks that every string in
    /// it decodes, so that each importer refuses broken input with the same message: file, line and byte, or the path.
    /// </summary>
    /// <exception cref="HubImportException">Not valid JSON or not valid JSON text; nothing was imported.</exception>
    public static JsonDocument ParseImport(string name, ReadOnlyMemory<byte> json, bool allowTrailingCommas = false)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(WithoutByteOrderMark(json), new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = allowTrailingCommas });
        }
        catch (JsonException e)
        {
            throw new HubImportException($"{name}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); nothing was imported.");
        }

        if (JsonText.FindUndecodable(document.RootElement) is { } undecodable)
        {
            document.Dispose();
            throw new HubImportException($"{name}: not valid JSON text at {undecodable.Path}: {undecodable.Reason}; nothing was imported.");
        }

        return document;
    }
}
