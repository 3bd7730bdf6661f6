using System.Text.Json.Nodes;

// The typed views are a few lines each and read best side by side, so they share this file.
namespace Cordon.Stix.Model;

/// <summary>An e-mail address (STIX 2.1 section 6.5).</summary>
public sealed class StixEmailAddress : StixObject
{
    internal StixEmailAddress(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property (the address).</summary>
    public string? Value => GetString("value");

    /// <summary>The <c>display_name</c> property.</summary>
    public string? DisplayName => GetString("display_name");

    /// <summary>The <c>belongs_to_ref</c> property (a user-account).</summary>
    public string? BelongsToRef => GetString("belongs_to_ref");
}

/// <summary>A domain name (STIX 2.1 section 6.4).</summary>
public sealed class StixDomainName : StixObject
{
    internal StixDomainName(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property.</summary>
    public string? Value => GetString("value");

    /// <summary>The <c>resolves_to_refs</c> property.</summary>
    public IReadOnlyList<string> ResolvesToRefs => GetStrings("resolves_to_refs");
}

/// <summary>An IPv4 address or CIDR block (STIX 2.1 section 6.8).</summary>
public sealed class StixIPv4Address : StixObject
{
    internal StixIPv4Address(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property.</summary>
    public string? Value => GetString("value");
}

/// <summary>An IPv6 address or CIDR block (STIX 2.1 section 6.9).</summary>
public sealed class StixIPv6Address : StixObject
{
    internal StixIPv6Address(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property.</summary>
    public string? Value => GetString("value");
}

/// <summary>A URL (STIX 2.1 section 6.16).</summary>
public sealed class StixUrl : StixObject
{
    internal StixUrl(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property.</summary>
    public string? Value => GetString("value");
}

/// <summary>A user account (STIX 2.1 section 6.17).</summary>
public sealed class StixUserAccount : StixObject
{
    internal StixUserAccount(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>user_id</c> property.</summary>
    public string? UserId => GetString("user_id");

    /// <summary>The <c>account_login</c> property.</summary>
    public string? AccountLogin => GetString("account_login");

    /// <summary>The <c>account_type</c> property (e.g. <c>unix</c>, <c>github</c>, <c>linkedin</c>).</summary>
    public string? AccountType => GetString("account_type");

    /// <summary>The <c>display_name</c> property.</summary>
    public string? DisplayName => GetString("display_name");
}

/// <summary>A file (STIX 2.1 section 6.7).</summary>
public sealed class StixFile : StixObject
{
    internal StixFile(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>name</c> property.</summary>
    public string? Name => GetString("name");

    /// <summary>The <c>size</c> property in bytes.</summary>
    public long? Size => GetInt64("size");

    /// <summary>The <c>hashes</c> property (algorithm → hexadecimal value).</summary>
    public IReadOnlyDictionary<string, string> Hashes =>
        Json["hashes"] is JsonObject h
            ? h.Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _)).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal)
            : new Dictionary<string, string>();
}

/// <summary>A cryptocurrency wallet (Cordon extension observable).</summary>
public sealed class StixCryptocurrencyWallet : StixObject
{
    internal StixCryptocurrencyWallet(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property: the wallet address.</summary>
    public string? Value => GetString("value");

    /// <summary>The <c>currency</c> property (e.g. <c>BTC</c>, <c>ETH</c>, <c>USDT-TRC20</c>).</summary>
    public string? Currency => GetString("currency");
}

/// <summary>A bank account (Cordon extension observable).</summary>
public sealed class StixBankAccount : StixObject
{
    internal StixBankAccount(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>iban</c> property (electronic form, no spaces).</summary>
    public string? Iban => GetString("iban");

    /// <summary>The <c>account_number</c> property (for accounts without an IBAN).</summary>
    public string? AccountNumber => GetString("account_number");

    /// <summary>The <c>bic</c> property.</summary>
    public string? Bic => GetString("bic");
}

/// <summary>A telephone number (Cordon extension observable).</summary>
public sealed class StixPhoneNumber : StixObject
{
    internal StixPhoneNumber(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>value</c> property, in E.164 form (<c>+</c> and up to 15 digits).</summary>
    public string? Value => GetString("value");
}

/// <summary>A personal identifier shared only as a keyed hash (Cordon extension observable, see <see cref="Privacy.KeyedHasher"/>).</summary>
public sealed class StixKeyedIdentifier : StixObject
{
    internal StixKeyedIdentifier(JsonObject json)
        : base(json)
    {
    }

    /// <summary>The <c>identifier_kind</c> property (email, phone, account-number, document-number).</summary>
    public string? IdentifierKind => GetString("identifier_kind");

    /// <summary>The <c>hmac_sha256</c> property: lower-case hexadecimal HMAC-SHA256.</summary>
    public string? HmacSha256 => GetString("hmac_sha256");

    /// <summary>The <c>key_id</c> property naming the community key used.</summary>
    public string? KeyId => GetString("key_id");
}
