namespace Cordon.Risk.Records;

/// <summary>A claimed school or degree (<c>$.education[]</c>).</summary>
/// <param name="Institution">School or university.</param>
/// <param name="Degree">Degree.</param>
/// <param name="Start">Start, as given.</param>
/// <param name="End">End, as given.</param>
/// <param name="Country">Country of the institution.</param>
/// <param name="Verified">True when confirmed; false when it could not be confirmed; null when not checked.</param>
public sealed record EducationEntry(string Institution, string? Degree, string? Start, string? End, string? Country, bool? Verified);
