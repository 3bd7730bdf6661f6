namespace Cordon.Risk.Synthetic;

/// <summary>The red flags the generator can plant in a fraudulent record; each fraudulent record gets a subset, never all.</summary>
public static class FraudFlags
{
    /// <summary>Sessions from VPN or hosting networks (ASNs from the shared lists) or from published DPRK-linked IPs.</summary>
    public const string AnonymisingNetwork = "anonymising_network";

    /// <summary>Sessions concentrated in UTC+8/UTC+9 working hours while the claimed time zone is far away.</summary>
    public const string AsianWorkingHours = "asian_working_hours";

    /// <summary>Remote-desktop tools or IP-KVM devices on the sessions.</summary>
    public const string RemoteAccess = "remote_access";

    /// <summary>Camera or in-person meeting refused.</summary>
    public const string CameraRefused = "camera_refused";

    /// <summary>Equipment shipped to an address other than the home address, or changed after the offer.</summary>
    public const string ShippingElsewhere = "shipping_elsewhere";

    /// <summary>Payout to a holder other than the person or in another country.</summary>
    public const string ThirdPartyPayout = "third_party_payout";

    /// <summary>Crypto wallet payout or a request for crypto payment or prepayment.</summary>
    public const string CryptoPayout = "crypto_payout";

    /// <summary>Employer domains that are known fronts or look-alikes of real companies.</summary>
    public const string FrontEmployer = "front_employer";

    /// <summary>Developer profile created long after the claimed experience, with few or bought followers.</summary>
    public const string YoungProfile = "young_profile";

    /// <summary>Name, date of birth or nationality differing between the person and the documents or profiles.</summary>
    public const string IdentityMismatch = "identity_mismatch";

    /// <summary>Browser time zone or language of East Asia while the claimed location is elsewhere.</summary>
    public const string BrowserMismatch = "browser_mismatch";

    /// <summary>Device ids shared with other identities of the group.</summary>
    public const string SharedDevice = "shared_device";

    /// <summary>Payout account or wallet shared with other identities of the group.</summary>
    public const string SharedPayout = "shared_payout";

    /// <summary>Photo perceptual hash reused (with a few bits changed) from another identity of the group.</summary>
    public const string ReusedPhoto = "reused_photo";

    /// <summary>One account seen from several countries within a day.</summary>
    public const string MultiCountryDay = "multi_country_day";

    /// <summary>Requests for payout changes or frequent payout-method changes.</summary>
    public const string PayoutChanges = "payout_changes";

    /// <summary>Résumé text copied from the group's template with small edits.</summary>
    public const string ResumeReuse = "resume_reuse";

    /// <summary>Every flag name.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AnonymisingNetwork, AsianWorkingHours, RemoteAccess, CameraRefused, ShippingElsewhere, ThirdPartyPayout, CryptoPayout,
        FrontEmployer, YoungProfile, IdentityMismatch, BrowserMismatch, SharedDevice, SharedPayout, ReusedPhoto, MultiCountryDay,
        PayoutChanges, ResumeReuse,
    ];
}
