namespace Cordon.Stix.Model;

/// <summary>A JSON string or property name that no .NET string can hold: where it is and why.</summary>
/// <param name="Path">JSON path of the string, or of the object whose property name it is.</param>
/// <param name="Reason">What is wrong with the text.</param>
public sealed record UndecodableText(string Path, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Reason}";
}
