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
    /// <summary>Reader settings that refuse DTDs and never resolve external resources.</summary>
    public static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <summary>The file's bytes as a read-only stream, without copying when possible.</summary>
    public static MemoryStream Open(SourceFile file) =>
        MemoryMarshal.TryGetArray(file.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(file.Content.ToArray(), writable: false);

    /// <summary>Loads the whole document with line information.</summary>
    /// <exception cref="ListFormatException">The file is empty, malformed or truncated; names the line.</exception>
    public static XDocument Load(SourceFile file)
    {
        if (file.Content.IsEmpty)
        {
            throw new ListFormatException(file.Name, null, "the file is empty");
        }

        try
        {
            using var stream = Open(file);
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new ListFormatException(file.Name, ex.LineNumber > 0 ? ex.LineNumber : null, "the XML is malformed or truncated: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// True when the document element is <paramref name="localName"/>, in no namespace, or in one ending with
    /// <paramref name="namespaceSuffix"/> when given. Reads only up to the root element.
    /// </summary>
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
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>The 1-based source line of a node, when known.</summary>
    public static long? LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
