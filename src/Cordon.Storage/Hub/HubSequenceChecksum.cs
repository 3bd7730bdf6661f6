namespace Cordon.Storage;

/// <summary>The number and the sum of the sequences of stored versions up to a sequence.</summary>
/// <param name="Count">How many.</param>
/// <param name="Sum">The sum of their sequences.</param>
public sealed record HubSequenceChecksum(long Count, long Sum);
