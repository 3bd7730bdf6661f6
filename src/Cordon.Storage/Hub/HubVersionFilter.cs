namespace Cordon.Storage;

/// <summary>TAXII <c>match[version]</c>: the union of the versions asked for, each judged among the versions the reader may see.</summary>
/// <param name="First">The earliest version of each object.</param>
/// <param name="Last">The latest version of each object.</param>
/// <param name="All">Every version.</param>
/// <param name="Exact">Versions with exactly these timestamps.</param>
public sealed record HubVersionFilter(bool First, bool Last, bool All, IReadOnlyList<DateTimeOffset> Exact)
{
    /// <summary>The TAXII default: the latest version only.</summary>
    public static HubVersionFilter LastOnly { get; } = new(false, true, false, []);

    /// <summary>Every version.</summary>
    public static HubVersionFilter Every { get; } = new(false, false, true, []);
}
