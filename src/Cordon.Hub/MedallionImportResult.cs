namespace Cordon.Hub;

/// <summary>What a medallion import created.</summary>
/// <param name="ApiRoots">API roots created or updated.</param>
/// <param name="Collections">Collections created or updated.</param>
/// <param name="Objects">Object versions stored.</param>
/// <param name="Duplicates">Object versions already present.</param>
/// <param name="Statuses">Status resources stored.</param>
public sealed record MedallionImportResult(int ApiRoots, int Collections, int Objects, int Duplicates, int Statuses);
