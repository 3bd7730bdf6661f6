namespace Cordon.Risk.Rules;

/// <summary>Recommended next steps, worded after the advisories (A22, P23, P24, P25).</summary>
internal static class Advice
{
    public const string VideoInterview = "Hold a video interview with the camera on, and repeat video checks after hiring (P23).";
    public const string InPersonIdentity = "Verify the identity document in person or through a trusted identity-verification service, and contact references through independently found details (A22, P23).";
    public const string VerifyPaymentHolder = "Pay only a verified account in the worker's own name in the claimed country; no cryptocurrency, no prepayment, no third-party accounts (A22, P24).";
    public const string ShipToIdAddress = "Ship equipment only to the address on the verified identity document; never to forwarders or changed addresses (P24).";
    public const string RestrictRemoteTools = "Block unapproved remote-access tools and IP-KVM devices; allow work only from managed devices (A22, P24, MS).";
    public const string VerifyLocation = "Verify the claimed location: require logins without VPN or hosting networks and compare them with the address on the identity document (A22).";
    public const string VerifyEmployers = "Confirm that listed employers, schools and their websites exist, through independently found contacts (P23, S1).";
    public const string Sanctions = "Stop and refer to compliance: dealing with a sanctioned person or entity is prohibited; confirm or clear the list match (A22).";
    public const string LinkedAccounts = "Review the other accounts that share these details together: DPRK IT workers operate in groups (A22, MS).";
    public const string ReportIc3 = "Report suspected DPRK IT workers to the FBI at ic3.gov, and preserve logs and evidence (P23, P25).";
}
