namespace Cordon.Core;

/// <summary>A relation that a list states between one entry and another party (OFAC's "Linked To:").</summary>
/// <param name="Relation">The relation as labelled by the list ("Linked To", "Owned or controlled by").</param>
/// <param name="TargetName">The other party's name as written.</param>
/// <param name="TargetSourceId">The other party's id in the same list, when it could be resolved.</param>
public sealed record EntityLink(string Relation, string TargetName, string? TargetSourceId = null);
