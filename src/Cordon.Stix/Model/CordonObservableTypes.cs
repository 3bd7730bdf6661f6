using System.Collections.Frozen;

namespace Cordon.Stix.Model;

/// <summary>
/// Type names of Cordon's extension observables (new SCO types published through extension-definition objects, see
/// <see cref="Extensions.CordonExtensions"/>). The names follow those other sharing platforms already use for the same
/// things, so a consumer that knows them by name reads them without knowing Cordon.
/// </summary>
public static class CordonObservableTypes
{
    /// <summary>A cryptocurrency wallet address (<c>value</c>, <c>currency</c>).</summary>
    public const string CryptocurrencyWallet = "cryptocurrency-wallet";

    /// <summary>A bank account (<c>iban</c> and/or <c>account_number</c>, <c>bic</c>).</summary>
    public const string BankAccount = "bank-account";

    /// <summary>A telephone number in E.164 form (<c>value</c>).</summary>
    public const string PhoneNumber = "phone-number";

    /// <summary>A personal identifier shared only as a keyed hash (<c>identifier_kind</c>, <c>hmac_sha256</c>, <c>key_id</c>).</summary>
    public const string KeyedIdentifier = "keyed-identifier";

    /// <summary>Every Cordon extension observable type.</summary>
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet([CryptocurrencyWallet, BankAccount, PhoneNumber, KeyedIdentifier]);
}
