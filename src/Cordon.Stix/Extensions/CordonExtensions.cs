using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Extensions;

/// <summary>
/// Cordon's published STIX extensions: new SCO types for cryptocurrency wallets, bank accounts, phone numbers and keyed
/// (HMAC) identifiers, each defined by an extension-definition object with a fixed identifier, created by the Cordon
/// identity. The objects are shipped as embedded JSON so every Cordon hub publishes exactly the same definitions.
/// </summary>
public static class CordonExtensions
{
    /// <summary>The identity that creates Cordon's extension definitions.</summary>
    public const string PublisherIdentityId = "identity--76a35b77-f678-4e54-b03d-29623e99c17f";

    /// <summary>Extension definition of <c>cryptocurrency-wallet</c>.</summary>
    public const string CryptocurrencyWalletId = "extension-definition--67003fc0-aa48-4609-a2a1-6fe00d338514";

    /// <summary>Extension definition of <c>bank-account</c>.</summary>
    public const string BankAccountId = "extension-definition--76997ca6-ccb8-47f7-be3a-1c52261798a6";

    /// <summary>Extension definition of <c>phone-number</c>.</summary>
    public const string PhoneNumberId = "extension-definition--1cb70525-5555-4089-bf74-8f5ae6bad76c";

    /// <summary>Extension definition of <c>keyed-identifier</c>.</summary>
    public const string KeyedIdentifierId = "extension-definition--e5885016-6b39-4419-8c57-a1401f7d3197";

    private static readonly Lazy<StixBundle> Published = new(() => EmbeddedBundles.Load("Cordon.Stix.Extensions.cordon-extensions.json"));

    /// <summary>The publisher identity and the four extension definitions, as published (copies).</summary>
    public static IReadOnlyList<StixObject> Objects =>
        Published.Value.Objects.Select(o => StixObject.FromJson((JsonObject)o.Json.DeepClone())).ToArray();

    /// <summary>The extension-definition identifier that defines an observable type, or null for other types.</summary>
    public static string? ExtensionIdFor(string observableType) => observableType switch
    {
        CordonObservableTypes.CryptocurrencyWallet => CryptocurrencyWalletId,
        CordonObservableTypes.BankAccount => BankAccountId,
        CordonObservableTypes.PhoneNumber => PhoneNumberId,
        CordonObservableTypes.KeyedIdentifier => KeyedIdentifierId,
        _ => null,
    };

    /// <summary>
    /// Creates an observable of a Cordon type: <c>type</c>, <c>spec_version</c>, the deterministic <c>id</c>, the given
    /// properties in order, and the <c>extensions</c> entry declaring the new SCO type.
    /// </summary>
    public static StixObject CreateObservable(string observableType, IEnumerable<KeyValuePair<string, JsonNode?>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var extensionId = ExtensionIdFor(observableType)
            ?? throw new ArgumentException($"'{observableType}' is not a Cordon observable type", nameof(observableType));
        var json = new JsonObject { ["type"] = observableType, ["spec_version"] = "2.1", ["id"] = string.Empty };
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                json[key] = value.Parent is null ? value : value.DeepClone();
            }
        }

        json["extensions"] = new JsonObject { [extensionId] = new JsonObject { ["extension_type"] = "new-sco" } };
        json["id"] = ScoIdentifiers.Compute(json)
            ?? throw new ArgumentException($"a {observableType} needs at least one ID contributing property", nameof(properties));
        return StixObject.FromJson(json);
    }

    /// <summary>Creates a cryptocurrency wallet observable.</summary>
    public static StixCryptocurrencyWallet Wallet(string address, string? currency = null) =>
        (StixCryptocurrencyWallet)CreateObservable(CordonObservableTypes.CryptocurrencyWallet,
            [new("value", address), new("currency", currency)]);

    /// <summary>Creates a bank account observable (IBAN and/or national account number).</summary>
    public static StixBankAccount BankAccount(string? iban, string? accountNumber = null, string? bic = null) =>
        (StixBankAccount)CreateObservable(CordonObservableTypes.BankAccount,
            [new("iban", iban), new("account_number", accountNumber), new("bic", bic)]);

    /// <summary>Creates a phone number observable; <paramref name="e164"/> must already be in E.164 form.</summary>
    public static StixPhoneNumber PhoneNumber(string e164) =>
        (StixPhoneNumber)CreateObservable(CordonObservableTypes.PhoneNumber, [new("value", e164)]);
}
