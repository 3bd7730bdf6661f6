namespace Cordon.Risk.Synthetic;

/// <summary>A record being generated: its persona, its plan and its label.</summary>
internal sealed class Draft(Random random, int number, string id, Persona persona, RecordPlan plan, bool fraud, string? groupId, string scenario)
{
    public Random Random { get; } = random;

    public int Number { get; } = number;

    public string Id { get; } = id;

    public Persona Persona { get; } = persona;

    public RecordPlan Plan { get; } = plan;

    public bool Fraud { get; } = fraud;

    public string? GroupId { get; } = groupId;

    public string Scenario { get; } = scenario;

    public List<string> Flags { get; } = [];
}
