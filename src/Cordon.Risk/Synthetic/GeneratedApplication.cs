namespace Cordon.Risk.Synthetic;

/// <summary>One generated record with its label and the red flags that were planted in it.</summary>
/// <param name="Json">The record as one line of JSON in the application schema.</param>
/// <param name="Label">The ground truth.</param>
/// <param name="PlantedFlags">The fraud flags planted in this record (names from <see cref="FraudFlags.All"/>); empty for legitimate records.</param>
public sealed record GeneratedApplication(string Json, PopulationLabel Label, IReadOnlyList<string> PlantedFlags);
