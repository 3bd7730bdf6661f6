namespace Cordon.Risk.Synthetic;

/// <summary>The ground truth of one synthetic record.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Fraud">True when the record is a false identity run by a DPRK IT-worker team or its facilitators.</param>
/// <param name="GroupId">The group the record belongs to (a fraud ring, a laptop farm, a family, a coworking space, a company VPN), or null for an independent person.</param>
/// <param name="Scenario">The scenario that produced the record, e.g. <c>legit_traveler</c> or <c>fraud_ring</c>.</param>
public sealed record PopulationLabel(string Id, bool Fraud, string? GroupId, string Scenario);
