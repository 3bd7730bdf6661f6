using LibPhoneNumber = PhoneNumbers.PhoneNumber;
using LibPhoneNumberFormat = PhoneNumbers.PhoneNumberFormat;
using LibPhoneNumberParseException = PhoneNumbers.NumberParseException;
using LibPhoneNumberType = PhoneNumbers.PhoneNumberType;
using LibPhoneNumberUtil = PhoneNumbers.PhoneNumberUtil;

namespace Cordon.Intelligence;

/// <summary>Phone number parsing with libphonenumber: E.164 form, country and line type. Thread-safe.</summary>
public static class PhoneNumbers
{
    private static readonly LibPhoneNumberUtil Util = LibPhoneNumberUtil.GetInstance();

    /// <summary>Parses a phone number as people write it.</summary>
    /// <param name="raw">The number (<c>+1 415 555 0123</c>, <c>(415) 555-0123</c>, <c>010-1234-5678</c>, …).</param>
    /// <param name="defaultRegion">ISO 3166-1 alpha-2 region used when the number has no <c>+</c> country code; null when none is known.</param>
    /// <returns>The parsed number, or null when it is not a possible phone number.</returns>
    public static PhoneInfo? Parse(string raw, string? defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64)
        {
            return null;
        }

        LibPhoneNumber number;
        try
        {
            number = Util.Parse(raw.Trim(), string.IsNullOrWhiteSpace(defaultRegion) ? "ZZ" : defaultRegion.Trim().ToUpperInvariant());
        }
        catch (LibPhoneNumberParseException)
        {
            return null;
        }

        if (!Util.IsPossibleNumber(number))
        {
            return null;
        }

        var valid = Util.IsValidNumber(number);
        var region = valid ? Util.GetRegionCodeForNumber(number) : null;
        if (region is null or "ZZ" or "001")
        {
            region = null;
        }

        var type = valid ? LineTypeName(Util.GetNumberType(number)) : "unknown";
        return new PhoneInfo(Util.Format(number, LibPhoneNumberFormat.E164), region, type);
    }

    private static string LineTypeName(LibPhoneNumberType type) => type switch
    {
        LibPhoneNumberType.MOBILE => "mobile",
        LibPhoneNumberType.FIXED_LINE => "fixed_line",
        LibPhoneNumberType.FIXED_LINE_OR_MOBILE => "fixed_line_or_mobile",
        LibPhoneNumberType.VOIP => "voip",
        LibPhoneNumberType.TOLL_FREE => "toll_free",
        LibPhoneNumberType.PREMIUM_RATE => "premium_rate",
        LibPhoneNumberType.SHARED_COST => "shared_cost",
        LibPhoneNumberType.PERSONAL_NUMBER => "personal_number",
        LibPhoneNumberType.PAGER => "pager",
        LibPhoneNumberType.UAN => "uan",
        LibPhoneNumberType.VOICEMAIL => "voicemail",
        _ => "unknown",
    };
}
