using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;

namespace Cordon.Lists;

/// <summary>
/// Safe XML loading for list readers: no DTDs or external entities (list files come from outside),
/// line numbers kept for error messages, and one clear error for malformed or truncated files.
/// </summary>
internal static class SourceFileXml
{
    /// <summary>
    /// Deepest element nesting accepted. Official list files nest under 15 levels; a hostile file nesting hundreds of
    /// thousands of levels would otherwise cost quadratic time and overflow the stack of any recursive walk.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Most characters in one document (1 GiB, the loader's total byte budget).</summary>
    public const long MaxCharacters = 1L << 30;

    /// <summary>
    /// Reader settings that refuse DTDs, never resolve external resources, and bound the document's size and what entities
    /// may expand to (no DTD means only the predefined entities and character references remain).
    /// </summary>
    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1 << 16,
    };

    /// <summary>The file's bytes as a read-only stream, without copying when possible.</summary>
    public static MemoryStream Open(SourceFile file) =>
        MemoryMarshal.TryGetArray(file.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(file.Content.ToArray(), writable: false);

    /// <summary>
    /// Loads the whole document with line information, after a streaming pass that refuses nesting deeper than
    /// <see cref="MaxDepth"/> before any tree is built.
    /// </summary>
    /// <exception cref="ListFormatException">The file is empty, malformed, truncated, has a DTD or nests too deep; names the line.</exception>
    public static XDocument Load(SourceFile file)
    {
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        try
        {
            using (var stream = Open(file))
            using (var scan = XmlReader.Create(stream, Settings))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        throw new ListFormatException(
                            file.Name,
                            ((IXmlLineInfo)scan).LineNumber,
                            $"elements are nested more than {MaxDepth} levels deep, the limit for list files (real lists nest fewer than 15): refused");
                    }
                }
            }

            using var again = Open(file);
            using var reader = XmlReader.Create(again, Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw Refusal(file, ex);
        }
    }

    /// <summary>The error for an XML exception: a DTD is named as such; anything else is malformed or truncated XML.</summary>
    public static ListFormatException Refusal(SourceFile file, XmlException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        long? line = ex.LineNumber > 0 ? ex.LineNumber : null;
        return HasDoctype(file)
            ? new ListFormatException(file.Name, line, "the XML has a document type declaration (<!DOCTYPE …>): DTDs are not allowed in list files (they can expand to gigabytes or read other files); remove it", ex)
            : new ListFormatException(file.Name, line, "the XML is malformed or truncated: " + ex.Message, ex);
    }

    /// <summary>
    /// True when the document element is <paramref name="localName"/>, in no namespace, or in one ending with
    /// <paramref name="namespaceSuffix"/> when given. Reads only up to the root element.
    /// </summary>
    /// <exception cref="ListFormatException">The file declares a DTD: no list format allows one, so say so rather than "not recognised".</exception>
    public static bool RootIs(SourceFile file, string localName, string? namespaceSuffix = null)
    {
        try
        {
            using var stream = Open(file);
            using var reader = XmlReader.Create(stream, Settings);
            return reader.MoveToContent() == XmlNodeType.Element
                && reader.LocalName == localName
                && (namespaceSuffix is null ? reader.NamespaceURI.Length == 0 : reader.NamespaceURI.EndsWith(namespaceSuffix, StringComparison.Ordinal));
        }
        catch (XmlException ex) when (HasDoctype(file))
        {
            throw Refusal(file, ex);
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The local name of the document element, whatever its namespace, or null when the file is not XML.</summary>
    /// <exception cref="ListFormatException">The file declares a DTD.</exception>
    public static string? RootLocalName(SourceFile file)
    {
        try
        {
            using var stream = Open(file);
            using var reader = XmlReader.Create(stream, Settings);
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (XmlException ex) when (HasDoctype(file))
        {
            throw Refusal(file, ex);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>True when the XML prolog holds a document type declaration.</summary>
    public static bool HasDoctype(SourceFile file)
    {
        var head = SourceFileText.Head(file, 1 << 16);
        var doctype = head.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype < 0)
        {
            return false;
        }

        // Only in the prolog: before the first element's start tag.
        for (var i = head.IndexOf('<'); i >= 0 && i < doctype; i = head.IndexOf('<', i + 1))
        {
            if (i + 1 < head.Length && head[i + 1] is not ('?' or '!'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The 1-based source line of a node, when known.</summary>
    public static long? LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
