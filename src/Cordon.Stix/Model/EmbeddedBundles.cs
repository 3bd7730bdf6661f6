namespace Cordon.Stix.Model;

/// <summary>Loads the STIX bundles shipped inside this assembly.</summary>
internal static class EmbeddedBundles
{
    public static StixBundle Load(string logicalName)
    {
        using var stream = typeof(EmbeddedBundles).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"embedded resource {logicalName} is missing from the build");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return StixBundle.Parse(buffer.ToArray());
    }
}
