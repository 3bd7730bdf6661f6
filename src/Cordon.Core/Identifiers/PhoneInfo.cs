namespace Cordon.Core.Identifiers;

/// <summary>A parsed phone number.</summary>
/// <param name="E164">The number in E.164 form (<c>+14155550123</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 region of the number, or null (non-geographic or unknown).</param>
/// <param name="LineType">Lower-case line type: <c>mobile</c>, <c>fixed_line</c>, <c>fixed_line_or_mobile</c>, <c>voip</c>, <c>toll_free</c>, <c>premium_rate</c>, <c>shared_cost</c>, <c>personal_number</c>, <c>pager</c>, <c>uan</c>, <c>voicemail</c> or <c>unknown</c>.</param>
public sealed record PhoneInfo(string E164, string? Country, string LineType);
