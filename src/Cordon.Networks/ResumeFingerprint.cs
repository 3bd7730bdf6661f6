namespace Cordon.Networks;

/// <summary>A résumé reduced to word shingles and their MinHash signature.</summary>
/// <param name="Shingles">Distinct 64-bit hashes of the word 3-shingles, sorted.</param>
/// <param name="Signature">The MinHash signature (<see cref="MinHasher.SignatureLength"/> values).</param>
public sealed record ResumeFingerprint(IReadOnlyList<ulong> Shingles, IReadOnlyList<ulong> Signature);
