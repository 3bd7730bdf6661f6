namespace Cordon.Cases;

/// <summary>A change the workflow allowed: the case as it becomes and the event that records it.</summary>
/// <param name="Case">The case after the change (version raised by one).</param>
/// <param name="Event">The history event (sequence equal to the new version).</param>
public sealed record CaseChange(CaseRecord Case, CaseEvent Event);
