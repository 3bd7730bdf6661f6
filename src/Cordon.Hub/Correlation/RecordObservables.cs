using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Cordon.Core.Identifiers;
using Cordon.Risk;
using Cordon.Stix.Model;
using Cordon.Stix.Privacy;

namespace Cordon.Hub.Correlation;

/// <summary>
/// Turns a record's identifiers into STIX observables — the one conversion used both when an indicator arrives (stored
/// records are matched against it) and when a record is assessed (hub indicators are matched against it): e-mail
/// addresses (and their domains), phones (E.164), session IPs, employer domains, profile URLs, wallets, bank accounts, and,
/// for every community key, keyed hashes of e-mails, phones, account numbers and document numbers.
/// </summary>
public static class RecordObservables
{
    /// <summary>The observables of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="hashers">The community keys in use (none: no keyed observables).</param>
    public static IReadOnlyList<RecordObservable> From(ApplicationRecord record, IReadOnlyList<KeyedHasher> hashers)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(hashers);
        var result = new List<RecordObservable>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var region = record.ClaimedLocation.Country is { Length: 2 } c ? c.ToUpperInvariant() : null;

        void Add(string kind, string path, string value, JsonObject observable)
        {
            if (seen.Add(kind + "\n" + observable.ToJsonString()))
            {
                result.Add(new RecordObservable(kind, path, value, observable));
            }
        }

        void Keyed(KeyedIdentifierKind kind, string path, string value, string? defaultRegion = null)
        {
            foreach (var hasher in hashers)
            {
                try
                {
                    Add("keyed-" + KeyedHasher.KindName(kind), path, value, hasher.Observable(kind, value, defaultRegion).Json);
                }
                catch (FormatException)
                {
                    // A value that does not normalise cannot equal anyone's hash.
                }
            }
        }

        for (var i = 0; i < record.Contacts.Emails.Count; i++)
        {
            var email = record.Contacts.Emails[i].Trim();
            var path = Path("$.contacts.emails", i);
            Add("email", path, email, Sco("email-addr", ("value", email.ToLowerInvariant())));
            var at = email.LastIndexOf('@');
            if (at > 0 && at < email.Length - 1)
            {
                Add("domain", path, email, Sco("domain-name", ("value", email[(at + 1)..].ToLowerInvariant())));
            }

            Keyed(KeyedIdentifierKind.Email, path, email);
        }

        for (var i = 0; i < record.Contacts.Phones.Count; i++)
        {
            var phone = record.Contacts.Phones[i];
            var path = Path("$.contacts.phones", i);
            try
            {
                Add("phone", path, phone, Sco(CordonObservableTypes.PhoneNumber, ("value", IdentifierNormalizer.Phone(phone, region))));
            }
            catch (FormatException)
            {
                // Not a phone number libphonenumber can read: nothing to compare.
            }

            Keyed(KeyedIdentifierKind.Phone, path, phone, region);
        }

        for (var i = 0; i < record.Sessions.Count; i++)
        {
            var ip = record.Sessions[i].Ip.Trim();
            if (IPAddress.TryParse(ip, out var address))
            {
                var type = address.AddressFamily == AddressFamily.InterNetworkV6 ? "ipv6-addr" : "ipv4-addr";
                Add("ip", Path("$.sessions", i) + ".ip", ip, Sco(type, ("value", address.ToString())));
            }
        }

        for (var i = 0; i < record.EmploymentHistory.Count; i++)
        {
            if (record.EmploymentHistory[i].EmployerDomain is { Length: > 0 } domain)
            {
                Add("domain", Path("$.employment_history", i) + ".employer_domain", domain, Sco("domain-name", ("value", domain.Trim().TrimEnd('.').ToLowerInvariant())));
            }
        }

        for (var i = 0; i < record.OnlineProfiles.Count; i++)
        {
            if (record.OnlineProfiles[i].Url is { Length: > 0 } url)
            {
                Add("url", Path("$.online_profiles", i) + ".url", url, Sco("url", ("value", url.Trim())));
            }
        }

        for (var i = 0; i < record.PaymentMethods.Count; i++)
        {
            var method = record.PaymentMethods[i];
            var path = Path("$.payment_methods", i);
            if (method.Address is { Length: > 0 } wallet)
            {
                Add("wallet", path + ".address", wallet, Sco(CordonObservableTypes.CryptocurrencyWallet, ("value", wallet.Trim())));
            }

            if (method.Iban is { Length: > 0 } iban)
            {
                Account("iban", path + ".iban", iban);
            }

            if (method.AccountNumber is { Length: > 0 } number)
            {
                Account("account_number", path + ".account_number", number);
            }
        }

        void Account(string property, string path, string value)
        {
            try
            {
                Add("bank-account", path, value, Sco(CordonObservableTypes.BankAccount, (property, IdentifierNormalizer.AccountNumber(value))));
            }
            catch (FormatException)
            {
                // An IBAN with wrong check digits is nobody's account.
            }

            Keyed(KeyedIdentifierKind.AccountNumber, path, value);
        }

        for (var i = 0; i < record.IdentityDocuments.Count; i++)
        {
            if (record.IdentityDocuments[i].Number is { Length: > 0 } number)
            {
                Keyed(KeyedIdentifierKind.DocumentNumber, Path("$.identity_documents", i) + ".number", number);
            }
        }

        return result;
    }

    private static string Path(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static JsonObject Sco(string type, params (string Name, string Value)[] properties)
    {
        var json = new JsonObject { ["type"] = type };
        foreach (var (name, value) in properties)
        {
            json[name] = value;
        }

        return json;
    }
}
