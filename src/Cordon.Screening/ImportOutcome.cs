using Cordon.Storage;

namespace Cordon.Screening;

/// <summary>What one import did.</summary>
/// <param name="Lists">Per list: the version now in force and whether it is new.</param>
/// <param name="Alerts">Alerts raised by re-screening the watch list against the new versions.</param>
public sealed record ImportOutcome(IReadOnlyList<ImportedList> Lists, IReadOnlyList<Alert> Alerts);
