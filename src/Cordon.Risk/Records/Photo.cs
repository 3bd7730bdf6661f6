namespace Cordon.Risk.Records;

/// <summary>The person's photo (<c>$.photo</c>).</summary>
/// <param name="PerceptualHash">64-bit perceptual hash, hex.</param>
/// <param name="Sha256">SHA-256 of the image file, hex.</param>
public sealed record Photo(string? PerceptualHash, string? Sha256);
