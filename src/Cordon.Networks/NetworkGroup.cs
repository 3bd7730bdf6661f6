namespace Cordon.Networks;

/// <summary>Records linked by strong or medium shared values (a connected component).</summary>
/// <param name="Id">Stable id: <c>net-</c> and a hash of the smallest member id (ordinal).</param>
/// <param name="Members">Member record ids, sorted ordinally.</param>
/// <param name="Links">The shared values linking members, weak ones included as support.</param>
/// <param name="Explanation">A one-line summary of why the members are linked.</param>
public sealed record NetworkGroup(string Id, IReadOnlyList<string> Members, IReadOnlyList<NetworkLink> Links, string Explanation);
