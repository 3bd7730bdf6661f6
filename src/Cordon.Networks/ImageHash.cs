namespace Cordon.Networks;

/// <summary>A 64-bit perceptual hash of an image from a record.</summary>
/// <param name="Kind"><see cref="LinkKinds.Photo"/> or <see cref="LinkKinds.DocumentImage"/>.</param>
/// <param name="Hash">The 64 bits.</param>
public sealed record ImageHash(string Kind, ulong Hash)
{
    /// <summary>The hash as 16 lower-case hex digits.</summary>
    public string Hex => Hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
