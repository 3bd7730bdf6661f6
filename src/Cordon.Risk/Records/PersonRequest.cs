namespace Cordon.Risk.Records;

/// <summary>Something the person asked for during hiring or work (<c>$.requests[]</c>).</summary>
/// <param name="Type">prepayment, crypto_payment, payout_change, third_party_payout, shipping_address_change, off_platform_contact or other.</param>
/// <param name="At">When it was asked.</param>
/// <param name="Detail">Free text.</param>
public sealed record PersonRequest(string Type, DateTimeOffset? At, string? Detail);
