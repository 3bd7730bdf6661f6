namespace Cordon.Core;

/// <summary>An identity document or registration number: passport, national ID, IMO number, tax ID, SWIFT/BIC…</summary>
/// <param name="Type">The list's label for it ("Passport", "National ID No.", "Vessel Registration Identification").</param>
/// <param name="Number">The number as written.</param>
/// <param name="Country">Issuing country, when given.</param>
/// <param name="Note">Anything else the list says (issue or expiry dates…).</param>
public sealed record IdentityDocument(string Type, string Number, string? Country = null, string? Note = null);
