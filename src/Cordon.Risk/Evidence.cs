namespace Cordon.Risk;

/// <summary>An input value that made a signal fire.</summary>
/// <param name="Path">JSON path of the value in the record, e.g. <c>$.sessions[3].ip</c>.</param>
/// <param name="Value">The value as it appears in the record.</param>
/// <param name="Note">What the engine found about it (country of an IP, the list entry it matched, …).</param>
public sealed record Evidence(string Path, string Value, string? Note = null);
