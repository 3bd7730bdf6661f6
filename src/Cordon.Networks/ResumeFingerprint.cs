namespace Cordon.Networks;

/// <summary>A résumé reduced to word shingles and the LSH band keys of their MinHash signature.</summary>
/// <param name="Shingles">Distinct 64-bit hashes of the word 3-shingles, sorted.</param>
/// <param name="Bands">The <see cref="MinHasher.Bands"/> band keys of the MinHash signature (the signature itself is not kept:
/// only its bands are ever compared, and a million records would hold half a gigabyte of it).</param>
public sealed record ResumeFingerprint(IReadOnlyList<ulong> Shingles, IReadOnlyList<ulong> Bands);
