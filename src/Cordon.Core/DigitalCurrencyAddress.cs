namespace Cordon.Core;

/// <summary>A crypto-currency wallet address published with a listing.</summary>
/// <param name="Currency">Currency code as the list gives it (XBT, ETH, USDT, XMR…).</param>
/// <param name="Address">The address, case preserved (some chains are case-sensitive).</param>
public sealed record DigitalCurrencyAddress(string Currency, string Address);
