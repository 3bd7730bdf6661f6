namespace Cordon.Risk.Records;

/// <summary>A claimed job (<c>$.employment_history[]</c>).</summary>
/// <param name="Employer">Employer name.</param>
/// <param name="EmployerDomain">Employer web domain.</param>
/// <param name="Title">Job title.</param>
/// <param name="Start">Start, <c>YYYY[-MM[-DD]]</c> as given.</param>
/// <param name="End">End, as given.</param>
/// <param name="Country">Country of the job.</param>
/// <param name="Verified">True when the employer confirmed it; false when it could not be confirmed; null when not checked.</param>
public sealed record EmploymentEntry(string Employer, string? EmployerDomain, string? Title, string? Start, string? End, string? Country, bool? Verified);
