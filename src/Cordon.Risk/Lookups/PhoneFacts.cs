namespace Cordon.Risk.Lookups;

/// <summary>What is known about a phone number.</summary>
/// <param name="E164">The number in E.164 form.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country of the number.</param>
/// <param name="LineType">mobile, fixed_line, voip, toll_free, …</param>
public sealed record PhoneFacts(string E164, string? Country, string LineType);
