using System.IO.Compression;

namespace Cordon.Lists;

/// <summary>
/// Opens gzip and zip content in memory, recognised by magic bytes rather than by extension
/// (OFAC serves <c>CONS_ENHANCED.ZIP</c>, trade.gov <c>.csv.gz</c>, and downloads get renamed).
/// One instance holds the byte and entry budget of one load.
/// </summary>
internal sealed class SourceFileUnpacker(ListLoaderLimits limits)
{
    private long bytesLeft = limits.MaxTotalBytes;
    private int entriesLeft = limits.MaxArchiveEntries;

    /// <summary>Charges a plain file read from disk against the budget.</summary>
    public void Charge(string name, long length)
    {
        if (length > bytesLeft)
        {
            throw new ListFormatException(name, null, $"too large: the input exceeds the limit of {limits.MaxTotalBytes:N0} bytes in total");
        }

        bytesLeft -= length;
    }

    /// <summary>The files inside <paramref name="file"/>: itself when it is not compressed, else its decompressed content.</summary>
    public IReadOnlyList<SourceFile> Unpack(SourceFile file) => Unpack(file, 1);

    private static bool IsGzip(ReadOnlySpan<byte> b) => b.Length >= 2 && b[0] == 0x1F && b[1] == 0x8B;

    private static bool IsZip(ReadOnlySpan<byte> b) =>
        b.Length >= 4 && b[0] == (byte)'P' && b[1] == (byte)'K' && ((b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6));

    private static bool IsUnsafeEntryPath(string path)
    {
        if (path.Length == 0 || path[0] is '/' or '\\' || (path.Length >= 2 && path[1] == ':'))
        {
            return true;
        }

        return path.Split('/', '\\').Any(segment => segment == "..");
    }

    private IReadOnlyList<SourceFile> Unpack(SourceFile file, int depth)
    {
        var span = file.Content.Span;
        if (!IsGzip(span) && !IsZip(span))
        {
            return [file];
        }

        if (depth > limits.MaxNestingDepth)
        {
            throw new ListFormatException(file.Name, null, $"archives nested more than {limits.MaxNestingDepth} deep are refused");
        }

        if (IsGzip(span))
        {
            var bytes = Decompress(file);
            return Unpack(new SourceFile(file.Name, bytes), depth + 1);
        }

        if (IsSpreadsheet(span))
        {
            CheckSpreadsheet(file);
            return [file];
        }

        return Extract(file, depth);
    }

    /// <summary>
    /// True for an Office Open XML workbook (an XLSX is a zip holding <c>[Content_Types].xml</c> and
    /// <c>xl/workbook.xml</c>): a list file in its own right, read whole by its reader rather than unpacked into parts.
    /// </summary>
    public static bool IsSpreadsheet(ReadOnlySpan<byte> content) =>
        IsZip(content) && content.IndexOf("[Content_Types].xml"u8) >= 0 && content.IndexOf("xl/workbook.xml"u8) >= 0;

    /// <summary>
    /// Holds a workbook to the archive limits without unpacking it: entry paths, entry count and the declared sizes,
    /// which are charged against the load's byte budget. The reader caps what each part really expands to.
    /// </summary>
    private void CheckSpreadsheet(SourceFile file)
    {
        try
        {
            using var input = SourceFileXml.Open(file);
            using var zip = new ZipArchive(input, ZipArchiveMode.Read);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                if (IsUnsafeEntryPath(entry.FullName))
                {
                    throw new ListFormatException(file.Name, null, $"refused: workbook entry '{entry.FullName}' has an absolute path or leaves the archive folder ('..')");
                }

                if (--entriesLeft < 0)
                {
                    throw new ListFormatException(file.Name, null, $"refused: the archives hold more than {limits.MaxArchiveEntries:N0} files");
                }

                if (entry.Length > limits.MaxEntryBytes)
                {
                    throw new ListFormatException(file.Name + "!/" + entry.FullName, null, EntryTooLarge());
                }

                declared += entry.Length;
            }

            if (declared > bytesLeft)
            {
                throw new ListFormatException(file.Name, null, TotalTooLarge());
            }

            bytesLeft -= declared;
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(file.Name, null, "the XLSX workbook (a zip archive) is damaged or truncated: " + e.Message, e);
        }
    }

    private ReadOnlyMemory<byte> Decompress(SourceFile file)
    {
        try
        {
            using var input = SourceFileXml.Open(file);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            var bytes = CopyCapped(gzip, file.Name, null);

            // GZipStream stops quietly at the end of a truncated stream; the trailer's size field tells.
            var span = file.Content.Span;
            var declared = span.Length >= 18 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(span[^4..]) : 0u;
            if (declared != (uint)bytes.Length && !IsMultiMember(span))
            {
                throw new ListFormatException(file.Name, null, "the gzip data is truncated or damaged (its length does not match the gzip trailer)");
            }

            return bytes;
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(file.Name, null, "the gzip data is damaged or truncated", e);
        }
        catch (EndOfStreamException e)
        {
            throw new ListFormatException(file.Name, null, "the gzip data is truncated", e);
        }
    }

    // Concatenated gzip members carry the size of the last member only, so the size check cannot apply to them.
    private static bool IsMultiMember(ReadOnlySpan<byte> span) =>
        span.Length > 20 && span[10..].IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]) >= 0;

    private List<SourceFile> Extract(SourceFile file, int depth)
    {
        var result = new List<SourceFile>();
        try
        {
            using var input = SourceFileXml.Open(file);
            using var zip = new ZipArchive(input, ZipArchiveMode.Read);

            // Every path is checked before anything is extracted, so a hostile archive yields nothing at all.
            foreach (var entry in zip.Entries)
            {
                if (IsUnsafeEntryPath(entry.FullName))
                {
                    throw new ListFormatException(file.Name, null, $"refused: archive entry '{entry.FullName}' has an absolute path or leaves the archive folder ('..')");
                }
            }

            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }

                if (--entriesLeft < 0)
                {
                    throw new ListFormatException(file.Name, null, $"refused: the archives hold more than {limits.MaxArchiveEntries:N0} files");
                }

                var name = file.Name + "!/" + entry.FullName;
                if (entry.Length > limits.MaxEntryBytes)
                {
                    throw new ListFormatException(name, null, EntryTooLarge());
                }

                if (entry.Length > bytesLeft)
                {
                    throw new ListFormatException(name, null, TotalTooLarge());
                }

                using var stream = entry.Open();
                var bytes = CopyCapped(stream, name, entry.Length);
                result.AddRange(Unpack(new SourceFile(name, bytes), depth + 1));
            }
        }
        catch (InvalidDataException e)
        {
            throw new ListFormatException(file.Name, null, "the zip archive is damaged or truncated: " + e.Message, e);
        }

        return result;
    }

    private string EntryTooLarge() =>
        $"refused: expands beyond the limit of {limits.MaxEntryBytes:N0} bytes for one file (zip bomb?); raise Cordon:Lists:MaxEntryBytes if the file is genuine";

    private string TotalTooLarge() =>
        $"refused: expands beyond the limit of {limits.MaxTotalBytes:N0} bytes in total (zip bomb?); raise Cordon:Lists:MaxTotalBytes if the files are genuine";

    // Counts the bytes actually produced, stopping at the first byte past a limit: an archive's declared sizes can lie.
    // The buffer is sized from the declared length (when within the limits) and handed on without a final copy.
    private ReadOnlyMemory<byte> CopyCapped(Stream source, string name, long? declared)
    {
        var capacity = declared is { } d && d <= limits.MaxEntryBytes && d <= bytesLeft ? (int)d : 0;
        using var output = new MemoryStream(capacity);
        var buffer = new byte[81920];
        long produced = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            produced += read;
            if (produced > limits.MaxEntryBytes)
            {
                throw new ListFormatException(name, null, EntryTooLarge());
            }

            if (read > bytesLeft)
            {
                throw new ListFormatException(name, null, TotalTooLarge());
            }

            bytesLeft -= read;
            output.Write(buffer, 0, read);
        }

        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
