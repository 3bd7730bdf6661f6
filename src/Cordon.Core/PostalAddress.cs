namespace Cordon.Core;

/// <summary>An address of a listed party, as detailed as the list gives it.</summary>
/// <param name="Street">Street lines.</param>
/// <param name="City">City or town.</param>
/// <param name="Region">State, province or region.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country as written by the list.</param>
/// <param name="Note">Free text from the list ("as of 2016").</param>
public sealed record PostalAddress(
    string? Street = null,
    string? City = null,
    string? Region = null,
    string? PostalCode = null,
    string? Country = null,
    string? Note = null);
