namespace Cordon.Web.Endpoints;

/// <summary>Two names to compare.</summary>
/// <param name="Name1">First name.</param>
/// <param name="Name2">Second name.</param>
/// <param name="Type">person, organization, vessel, aircraft or any.</param>
/// <param name="Algorithm">Name-matching algorithm (cordon-name-v1, cordon-name-v2); the default one when absent.</param>
public sealed record CompareNamesRequest(string? Name1, string? Name2, string? Type = null, string? Algorithm = null);
