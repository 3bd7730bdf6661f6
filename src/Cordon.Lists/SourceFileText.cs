using System.Text;

namespace Cordon.Lists;

/// <summary>
/// Turns list files into text the same way for every reader: UTF-8 (byte-order mark skipped),
/// falling back to Latin-1 when the bytes are not valid UTF-8, which is how older OFAC and BIS files were written.
/// </summary>
public static class SourceFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The whole file as text.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The decoded text, without a byte-order mark.</returns>
    public static string Decode(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Decode(file.Content.Span);
    }

    /// <summary>
    /// The first <paramref name="maxBytes"/> bytes as text, for cheap format detection.
    /// A multi-byte character cut at the end is dropped rather than reported.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="maxBytes">How many bytes to look at.</param>
    /// <returns>The beginning of the file as text.</returns>
    public static string Head(SourceFile file, int maxBytes = 8192)
    {
        ArgumentNullException.ThrowIfNull(file);
        var span = file.Content.Span;
        if (span.Length > maxBytes)
        {
            span = span[..maxBytes];

            // Back off over UTF-8 continuation bytes so the cut never falls inside a character.
            var end = span.Length;
            while (end > 0 && end > span.Length - 4 && (span[end - 1] & 0xC0) == 0x80)
            {
                end--;
            }

            if (end > 0 && span[end - 1] >= 0xC0)
            {
                end--;
            }

            span = span[..end];
        }

        return Decode(span);
    }

    /// <summary>The first line of the file that is not blank, or null when there is none within the first bytes.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The line, without its line break.</returns>
    public static string? FirstLine(SourceFile file)
    {
        var head = Head(file);
        foreach (var line in head.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r', '\u001A');
            if (trimmed.Trim().Length > 0)
            {
                return trimmed;
            }
        }

        return null;
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
