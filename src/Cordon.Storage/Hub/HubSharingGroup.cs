namespace Cordon.Storage;

/// <summary>
/// A sharing community: TLP:AMBER objects owned by one member are readable by the other members (in collections they may read).
/// </summary>
/// <param name="Id">Its identifier.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Organisations">Member organisation ids.</param>
public sealed record HubSharingGroup(string Id, string Name, IReadOnlyList<string> Organisations);
