namespace Cordon.Networks;

/// <summary>Everything the linker uses from one record.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Keys">Exact-match values.</param>
/// <param name="Images">Perceptual hashes, matched within a Hamming distance.</param>
/// <param name="Resume">The résumé fingerprint (names and contacts removed), or null without résumé text.</param>
/// <param name="Ips">The distinct session IP addresses (for the laptop-farm view).</param>
public sealed record RecordKeys(string Id, IReadOnlyList<LinkKey> Keys, IReadOnlyList<ImageHash> Images, ResumeFingerprint? Resume, IReadOnlyList<string> Ips);
