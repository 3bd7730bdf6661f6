namespace Cordon.Networks;

/// <summary>The names of the kinds of link values.</summary>
public static class LinkKinds
{
    /// <summary>Normalised e-mail address (strong).</summary>
    public const string Email = "email";

    /// <summary>Phone number in E.164 (strong).</summary>
    public const string Phone = "phone";

    /// <summary>Device id seen in a session (strong).</summary>
    public const string Device = "device";

    /// <summary>Payout bank account number, IBAN or provider account (strong).</summary>
    public const string PayoutAccount = "payout_account";

    /// <summary>Crypto wallet address (strong).</summary>
    public const string Wallet = "wallet";

    /// <summary>Identity-document type, country and number (strong).</summary>
    public const string IdentityDocument = "identity_document";

    /// <summary>Photo perceptual hash within a small Hamming distance (strong).</summary>
    public const string Photo = "photo";

    /// <summary>Identity-document image hash within a small Hamming distance (strong).</summary>
    public const string DocumentImage = "document_image";

    /// <summary>Normalised postal address: home, shipping, equipment or office (medium).</summary>
    public const string Address = "address";

    /// <summary>Normalised address that equipment is shipped to (medium; matches every address kind).</summary>
    public const string EquipmentAddress = "equipment_address";

    /// <summary>Same IP address within one time window (medium).</summary>
    public const string IpInWindow = "ip_window";

    /// <summary>Near-duplicate résumé text with names and contacts removed (medium).</summary>
    public const string Resume = "resume";

    /// <summary>One record referred the other, or both were referred by the same id (medium).</summary>
    public const string Referral = "referral";

    /// <summary>A reference's e-mail or phone is another record's own contact (medium).</summary>
    public const string ReferenceIsApplicant = "reference_is_applicant";

    /// <summary>
    /// The same ordinary line (not VPN, hosting or campus) carrying at least half of each person's logins on two days or
    /// more (medium): a home, an office or a laptop farm in common.
    /// </summary>
    public const string SharedLine = "shared_line";

    /// <summary>The same third-party payout holder, not of either person's family name (medium): a facilitator or mule.</summary>
    public const string PayoutHolder = "payout_holder";

    /// <summary>Same IPv4 /24 network (weak).</summary>
    public const string IpPrefix24 = "ip_24";

    /// <summary>
    /// Same autonomous system (weak): the ASN, with its name when known, of session IPs outside VPN and hosting networks.
    /// Held by many records for a big ISP, so the frequency discount leaves only small or uncommon networks.
    /// </summary>
    public const string Asn = "asn";

    /// <summary>Same e-mail local-part shape at the same domain (weak).</summary>
    public const string EmailPattern = "email_pattern";

    /// <summary>Same reference contact given by both records (weak).</summary>
    public const string ReferenceContact = "reference_contact";
}
