namespace Cordon.Risk;

/// <summary>Where a record sits in the network of linked records: its group and the values it shares with other members.</summary>
/// <param name="GroupId">The group's stable id (<c>net-</c>…).</param>
/// <param name="Size">Number of records in the group, this one included.</param>
/// <param name="SharedValues">The values linking this record to other members, strongest first.</param>
/// <param name="Explanation">One line on why the group holds together.</param>
public sealed record NetworkContext(string GroupId, int Size, IReadOnlyList<SharedValue> SharedValues, string Explanation);

/// <summary>One value a record shares with another member of its group.</summary>
/// <param name="Kind">What the value is: email, phone, device, payout_account, address, ip_window, resume, …</param>
/// <param name="Value">The normalised value (for similarity links, a description of the similarity).</param>
/// <param name="Strength">strong, medium or weak.</param>
/// <param name="WithRecord">The other member holding it.</param>
public sealed record SharedValue(string Kind, string Value, string Strength, string WithRecord);
