namespace Cordon.Risk.Synthetic;

/// <summary>How the record of one persona deviates from a clean record: legitimate noise and planted red flags.</summary>
internal sealed class RecordPlan
{
    public string Kind { get; set; } = "job_applicant";

    public string? SharedHomeIp { get; set; }

    public string? CompanyVpnIp { get; set; }

    public double VpnShare { get; set; }

    public string VpnKind { get; set; } = "VPN";

    public bool IndicatorIp { get; set; }

    public bool KpIp { get; set; }

    public string? TravelCountry { get; set; }

    public bool NightOwl { get; set; }

    public bool AsianHours { get; set; }

    public IReadOnlyList<string>? RemoteTools { get; set; }

    public bool CameraRefused { get; set; }

    public bool InPersonRefused { get; set; }

    public Address? ShippingAddress { get; set; }

    public bool ShippingChangedAfterOffer { get; set; }

    public string? PayoutHolder { get; set; }

    /// <summary>The payment-service account of <see cref="PayoutHolder"/>: one per holder, shared only by those paying the same person.</summary>
    public string? PayoutHolderAccount { get; set; }

    public string? PayoutCountry { get; set; }

    public string? SharedAccountNumber { get; set; }

    public string? SharedWallet { get; set; }

    public bool CryptoPayout { get; set; }

    public bool CryptoRequest { get; set; }

    public bool PrepaymentRequest { get; set; }

    public int PayoutChanges { get; set; }

    public bool FrontEmployer { get; set; }

    public bool YoungProfile { get; set; }

    public bool Senior { get; set; }

    public bool IdentityMismatch { get; set; }

    public string? BrowserTimeZone { get; set; }

    public string? BrowserLanguage { get; set; }

    public IReadOnlyList<string>? SharedDevices { get; set; }

    public string? PhotoHash { get; set; }

    public string? ResumeText { get; set; }

    public bool MultiCountryDay { get; set; }

    public string? ReferredBy { get; set; }

    public bool UnverifiedSchool { get; set; }

    public bool UnverifiedEmployer { get; set; }

    public string? CurrentEmployer { get; set; }

    public string? OfficeAddressLine { get; set; }

    public IReadOnlyList<(string Name, string Email)>? References { get; set; }
}
