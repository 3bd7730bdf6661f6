namespace Cordon.Risk.Records;

/// <summary>A way to pay the person (<c>$.payment_methods[]</c>).</summary>
/// <param name="Type">bank_account, crypto_wallet, payment_service or card.</param>
/// <param name="HolderName">Name of the account holder.</param>
/// <param name="Country">Country of the account.</param>
/// <param name="BankName">Bank name.</param>
/// <param name="AccountNumber">Account number.</param>
/// <param name="Iban">IBAN.</param>
/// <param name="Swift">SWIFT/BIC.</param>
/// <param name="Provider">Payment service, e.g. paypal, payoneer, wise.</param>
/// <param name="AccountId">The account's identifier at the provider, often an e-mail.</param>
/// <param name="Chain">For wallets: BTC, ETH, TRX, SOL, …</param>
/// <param name="Address">For wallets: the wallet address.</param>
/// <param name="AddedAt">When the method was added.</param>
public sealed record PaymentMethod(
    string Type,
    string? HolderName,
    string? Country,
    string? BankName,
    string? AccountNumber,
    string? Iban,
    string? Swift,
    string? Provider,
    string? AccountId,
    string? Chain,
    string? Address,
    DateTimeOffset? AddedAt);
