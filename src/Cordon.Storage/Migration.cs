namespace Cordon.Storage;

/// <summary>One numbered schema change. Numbers start at 1 and never change once released: add, never edit.</summary>
/// <param name="Version">Its number; the schema version once applied.</param>
/// <param name="Name">What it does, for the record.</param>
/// <param name="Sql">The statements, run in the migration transaction.</param>
internal sealed record Migration(int Version, string Name, string Sql);
