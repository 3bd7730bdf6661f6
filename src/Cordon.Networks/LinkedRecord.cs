namespace Cordon.Networks;

/// <summary>
/// What the linker keeps of a record once it is indexed: its values as numbers (the value text lives once, in the index),
/// its images and its résumé shingles. The extracted <see cref="RecordKeys"/> are not held, so a million records fit.
/// </summary>
/// <param name="Id">The record id.</param>
/// <param name="Values">The record's exact-match values.</param>
/// <param name="Images">Perceptual hashes.</param>
/// <param name="Shingles">The résumé shingles, or null without résumé.</param>
/// <param name="Bands">The résumé's LSH band keys, or null without résumé.</param>
/// <param name="Ips">The distinct session IPs (laptop-farm view).</param>
internal sealed record LinkedRecord(string Id, RecordValue[] Values, IReadOnlyList<ImageHash> Images, IReadOnlyList<ulong>? Shingles, IReadOnlyList<ulong>? Bands, IReadOnlyList<string> Ips);

/// <summary>One value of a record: the value's number in the index, and the kind and strength under which the record holds it.</summary>
/// <param name="Value">The value number.</param>
/// <param name="Kind">A name from <see cref="LinkKinds"/>.</param>
/// <param name="Strength">The strength.</param>
internal readonly record struct RecordValue(int Value, string Kind, LinkStrength Strength);
