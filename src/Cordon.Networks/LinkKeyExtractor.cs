using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Cordon.Core.Identifiers;
using Cordon.Intelligence;
using Cordon.Risk;

namespace Cordon.Networks;

/// <summary>Extracts the identifying values of a record, normalised, with their kind and strength.</summary>
public static class LinkKeyExtractor
{
    /// <summary>Extracts every link value of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">Linker options (IP time window); defaults when null.</param>
    /// <returns>The values, images and résumé fingerprint.</returns>
    public static RecordKeys Extract(ApplicationRecord record, NetworkLinkerOptions? options = null)
    {
        options ??= NetworkLinkerOptions.Default;
        var keys = new List<LinkKey>();
        var seen = new HashSet<(string Kind, string Space, string Value)>();
        void Add(string kind, string space, string? value, LinkStrength strength)
        {
            if (!string.IsNullOrEmpty(value) && seen.Add((kind, space, value)))
            {
                keys.Add(new LinkKey(kind, space, value, strength));
            }
        }

        var region = record.ClaimedLocation.Country;
        foreach (var email in record.Contacts.Emails)
        {
            var normal = IdentifierNormalizer.NormaliseEmail(email);
            Add(LinkKinds.Email, LinkKinds.Email, normal, LinkStrength.Strong);
            Add(LinkKinds.EmailPattern, LinkKinds.EmailPattern, EmailPattern(normal), LinkStrength.Weak);
        }

        foreach (var phone in record.Contacts.Phones)
        {
            Add(LinkKinds.Phone, LinkKinds.Phone, IdentifierNormalizer.ParsePhone(phone, region)?.E164, LinkStrength.Strong);
        }

        var ips = new SortedSet<string>(StringComparer.Ordinal);
        // Sessions repeat a few addresses many times: each distinct one is parsed and looked up once.
        var addresses = new Dictionary<string, (string Text, string? Prefix24, string? Asn)?>(StringComparer.Ordinal);
        foreach (var session in record.Sessions)
        {
            Add(LinkKinds.Device, LinkKinds.Device, Clean(session.DeviceId), LinkStrength.Strong);
            var raw = session.Ip.Trim();
            if (!addresses.TryGetValue(raw, out var address))
            {
                address = null;
                if (IPAddress.TryParse(raw, out var ip))
                {
                    var text = ip.ToString();
                    var b = ip.GetAddressBytes();
                    var network = options.IpLookup?.Invoke(text);
                    address = (text,
                        ip.AddressFamily == AddressFamily.InterNetwork ? string.Create(CultureInfo.InvariantCulture, $"{b[0]}.{b[1]}.{b[2]}.0/24") : null,
                        AsnValue(network, options.MaxAsnIpv4Addresses));
                    ips.Add(text);
                }

                addresses[raw] = address;
            }

            if (address is { } known)
            {
                var window = session.StartedAt.UtcDateTime.Ticks / TimeSpan.TicksPerDay / Math.Max(1, options.IpWindowDays);
                // Weak: coworking spaces, universities, offices, carrier NAT and VPN exits put strangers on one IP the same day.
                Add(LinkKinds.IpInWindow, LinkKinds.IpInWindow, known.Text + "@" + window.ToString(CultureInfo.InvariantCulture), LinkStrength.Weak);
                Add(LinkKinds.IpPrefix24, LinkKinds.IpPrefix24, known.Prefix24, LinkStrength.Weak);
                Add(LinkKinds.Asn, LinkKinds.Asn, known.Asn, LinkStrength.Weak);
            }
        }

        foreach (var line in Risk.Records.LoginLines.MainLines(record))
        {
            // Medium: the line a person works from day after day, shared with another person, is a home, office or laptop
            // farm in common; a VPN, hosting or campus network is shared by strangers and is left to the weak kinds.
            if (!IPAddress.TryParse(line, out var parsed))
            {
                continue;
            }

            var text = parsed.ToString();
            if (options.IpLookup?.Invoke(text) is not { } info || (!info.IsVpn && !info.IsHosting && !Risk.Records.LoginLines.IsCampusNetwork(info.AsnOrganisation) && !Risk.Records.LoginLines.IsGatewayNetwork(info.AsnOrganisation)))
            {
                Add(LinkKinds.SharedLine, LinkKinds.SharedLine, text, LinkStrength.Medium);
            }
        }

        foreach (var payment in record.PaymentMethods)
        {
            var account = IdentifierNormalizer.NormaliseDocumentNumber(payment.AccountNumber);
            if (account is { Length: >= 6 })
            {
                Add(LinkKinds.PayoutAccount, LinkKinds.PayoutAccount, "acct:" + account, LinkStrength.Strong);
            }

            var iban = IdentifierNormalizer.NormaliseDocumentNumber(payment.Iban);
            if (iban is { Length: >= 12 })
            {
                Add(LinkKinds.PayoutAccount, LinkKinds.PayoutAccount, "iban:" + iban, LinkStrength.Strong);
                if (iban.Length > 4)
                {
                    // The account number is embedded in the IBAN; the bare number also matches it.
                    Add(LinkKinds.PayoutAccount, LinkKinds.PayoutAccount, "acct:" + iban[^Math.Min(10, iban.Length - 4)..], LinkStrength.Strong);
                }
            }

            if (!string.IsNullOrWhiteSpace(payment.AccountId))
            {
                var id = payment.AccountId.Contains('@', StringComparison.Ordinal) ? IdentifierNormalizer.NormaliseEmail(payment.AccountId) : Clean(payment.AccountId)?.ToLowerInvariant();
                Add(LinkKinds.PayoutAccount, LinkKinds.PayoutAccount, "provider:" + (payment.Provider ?? string.Empty).Trim().ToLowerInvariant() + ":" + id, LinkStrength.Strong);
            }

            // Medium: one stranger (not of the person's family name) receiving several people's pay is a facilitator or
            // mule (A22, P24), yet a name alone can be a namesake: it takes a second kind of evidence to join.
            Add(LinkKinds.PayoutHolder, LinkKinds.PayoutHolder, ThirdPartyHolder(record, payment.HolderName), LinkStrength.Medium);

            var wallet = IdentifierNormalizer.NormaliseWallet(payment.Address);
            if (wallet is { Length: >= 20 })
            {
                Add(LinkKinds.Wallet, LinkKinds.Wallet, wallet, LinkStrength.Strong);
            }
        }

        var images = new List<ImageHash>();
        foreach (var document in record.IdentityDocuments)
        {
            var number = IdentifierNormalizer.NormaliseDocumentNumber(document.Number);
            if (number is { Length: >= 5 })
            {
                Add(LinkKinds.IdentityDocument, LinkKinds.IdentityDocument, (document.IssuingCountry ?? string.Empty).Trim().ToUpperInvariant() + ":" + number, LinkStrength.Strong);
            }

            if (TryParseHash(document.ImageHash, out var hash))
            {
                images.Add(new ImageHash(LinkKinds.DocumentImage, hash));
            }
        }

        if (TryParseHash(record.Photo?.PerceptualHash, out var photo))
        {
            images.Add(new ImageHash(LinkKinds.Photo, photo));
        }

        foreach (var address in record.Addresses)
        {
            Add(LinkKinds.Address, LinkKinds.Address, NormaliseAddress(address), AddressStrength(address));
        }

        if (record.EquipmentShipping?.Address is { } equipment)
        {
            Add(LinkKinds.EquipmentAddress, LinkKinds.Address, NormaliseAddress(equipment), AddressStrength(equipment));
        }

        Add(LinkKinds.Referral, LinkKinds.Referral, Clean(record.Id), LinkStrength.Medium);
        Add(LinkKinds.Referral, LinkKinds.Referral, Clean(record.ReferredBy), LinkStrength.Medium);

        foreach (var reference in record.References)
        {
            var email = IdentifierNormalizer.NormaliseEmail(reference.Email);
            Add(LinkKinds.ReferenceContact, LinkKinds.Email, email, LinkStrength.Medium);
            var phone = IdentifierNormalizer.ParsePhone(reference.Phone, region)?.E164;
            Add(LinkKinds.ReferenceContact, LinkKinds.Phone, phone, LinkStrength.Medium);
        }

        var names = new List<string?> { record.Person.FullName, record.Person.GivenName, record.Person.FamilyName };
        names.AddRange(record.Person.OtherNames);
        var resume = MinHasher.Fingerprint(record.ResumeText, names);
        return new RecordKeys(record.Id, keys, images, resume, [.. ips]);
    }

    /// <summary>
    /// The payout holder's name (words folded and sorted) when it is someone other than the person and shares no word with
    /// the person's family name (a spouse, parent or sibling usually does); null otherwise.
    /// </summary>
    private static string? ThirdPartyHolder(ApplicationRecord record, string? holder)
    {
        var words = Words(holder).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var own = Words(record.Person.FullName + " " + record.Person.FamilyName + " " + record.Person.GivenName).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var family = Words(record.Person.FamilyName ?? record.Person.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(own.Contains) || words.Any(family.Contains))
        {
            return null;
        }

        Array.Sort(words, StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    /// <summary>
    /// An address of a forwarder, coworking space or university is shared by strangers: weak support only. Any other
    /// address is medium evidence.
    /// </summary>
    private static LinkStrength AddressStrength(Risk.Records.Address address) =>
        Risk.Records.SharedPlaces.Classify(address) is null ? LinkStrength.Medium : LinkStrength.Weak;

    /// <summary>
    /// Normalises a postal address: case, punctuation and whitespace folded, common street words abbreviated
    /// (street→st, avenue→ave; suite, unit, apartment and # dropped so only the number stays), joined with its postal code and country.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <returns>The normal form, or null without a first line.</returns>
    public static string? NormaliseAddress(Risk.Records.Address address)
    {
        var line = Words(address.Line1) + " " + Words(address.Line2);
        if (string.IsNullOrWhiteSpace(address.Line1))
        {
            return null;
        }

        var postal = Alphanumeric(address.PostalCode) ?? Words(address.City);
        return string.Join('|', line.Trim(), postal, (address.Country ?? string.Empty).Trim().ToUpperInvariant());
    }

    private static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w switch
        {
            "street" => "st",
            "avenue" => "ave",
            "road" => "rd",
            "drive" => "dr",
            "boulevard" => "blvd",
            "lane" => "ln",
            "court" => "ct",
            "place" => "pl",
            "north" => "n",
            "south" => "s",
            "east" => "e",
            "west" => "w",
            "suite" or "ste" or "unit" or "apt" or "apartment" or "no" or "number" or "flat" => string.Empty,
            _ => w,
        }).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    /// <summary>
    /// The ASN value of a session IP (<c>AS64500 Example Net</c>), or null when unknown, when the network is a VPN
    /// provider's or a hosting / data-centre network (anyone can rent or tunnel through those, so sharing one says nothing
    /// about who runs two records; the same such IP on the same day is judged on its own, by <see cref="LinkKinds.IpInWindow"/>),
    /// or when the AS holds more IPv4 addresses than <paramref name="maxAddresses"/> (a national ISP shared by millions).
    /// </summary>
    private static string? AsnValue(IpInfo? network, long maxAddresses) =>
        network is { Asn: { } asn, IsVpn: false, IsHosting: false } && !(network.AsnIpv4Addresses > maxAddresses)
            ? string.Create(CultureInfo.InvariantCulture, $"AS{asn}") + (string.IsNullOrWhiteSpace(network.AsnOrganisation) ? string.Empty : " " + network.AsnOrganisation.Trim())
            : null;

    private static string? EmailPattern(string? normal)
    {
        if (normal is null)
        {
            return null;
        }

        var at = normal.LastIndexOf('@');
        var builder = new StringBuilder();
        var last = '\0';
        foreach (var c in normal[..at])
        {
            var cls = char.IsLetter(c) ? 'a' : char.IsDigit(c) ? '9' : c;
            if (cls != last || (cls != 'a' && cls != '9'))
            {
                builder.Append(cls);
            }

            last = cls;
        }

        return builder + normal[at..];
    }

    private static bool TryParseHash(string? text, out ulong hash)
    {
        hash = 0;
        var value = text?.Trim();
        return value is { Length: 16 } && ulong.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Alphanumeric(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
