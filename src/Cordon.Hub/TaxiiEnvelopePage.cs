namespace Cordon.Hub;

/// <summary>One page of objects read from a remote TAXII server.</summary>
/// <param name="Body">The envelope as received (UTF-8 JSON).</param>
/// <param name="More">The envelope's <c>more</c>.</param>
/// <param name="Next">The envelope's <c>next</c>, if any.</param>
/// <param name="DateAddedLast">The X-TAXII-Date-Added-Last header, if any.</param>
public sealed record TaxiiEnvelopePage(ReadOnlyMemory<byte> Body, bool More, string? Next, DateTimeOffset? DateAddedLast);
