namespace Cordon.Lists;

/// <summary>
/// One input file, already decompressed (gzip) or extracted (zip) into memory.
/// <see cref="Name"/> is what error messages show: the path given, or <c>archive.zip!/inner.xml</c>.
/// </summary>
/// <param name="Name">Display name for messages.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record SourceFile(string Name, ReadOnlyMemory<byte> Content);
