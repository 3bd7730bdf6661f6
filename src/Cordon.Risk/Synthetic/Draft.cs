namespace Cordon.Risk.Synthetic;

/// <summary>A record being generated: its persona, its plan and its label.</summary>
internal sealed class Draft(Random random, Mailboxes mailboxes, int number, string id, Persona persona, RecordPlan plan, bool fraud, string? groupId, string scenario)
{
    public Random Random { get; } = random;

    /// <summary>The population's mailboxes, so that accounts this record opens are its own.</summary>
    public Mailboxes Mailboxes { get; } = mailboxes;

    public int Number { get; } = number;

    public string Id { get; } = id;

    public Persona Persona { get; } = persona;

    public RecordPlan Plan { get; } = plan;

    public bool Fraud { get; } = fraud;

    public string? GroupId { get; } = groupId;

    public string Scenario { get; } = scenario;

    public List<string> Flags { get; } = [];
}
