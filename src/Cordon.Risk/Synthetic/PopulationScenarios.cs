namespace Cordon.Risk.Synthetic;

/// <summary>The scenario names used in the labels of a synthetic population.</summary>
public static class PopulationScenarios
{
    /// <summary>An independent legitimate applicant with no noise.</summary>
    public const string LegitPlain = "legit_plain";

    /// <summary>A legitimate applicant who logged in once from another country while travelling.</summary>
    public const string LegitTraveler = "legit_traveler";

    /// <summary>A legitimate applicant who used a consumer VPN in some sessions.</summary>
    public const string LegitVpnUser = "legit_vpn_user";

    /// <summary>A legitimate applicant who works late at night in the claimed time zone.</summary>
    public const string LegitNightOwl = "legit_night_owl";

    /// <summary>A legitimate applicant whose school or small former employer could not be verified.</summary>
    public const string LegitUnverified = "legit_unverified";

    /// <summary>A legitimate applicant paid into a spouse's account.</summary>
    public const string LegitSpousePayout = "legit_spouse_payout";

    /// <summary>A legitimate applicant who lives outside the country of nationality (expatriate, immigrant).</summary>
    public const string LegitExpatriate = "legit_expatriate";

    /// <summary>A legitimate applicant whose equipment goes to the employer's or a relative's address.</summary>
    public const string LegitAlternateShipping = "legit_alternate_shipping";

    /// <summary>Members of one family sharing a home address, home IP and sometimes a payout account (group).</summary>
    public const string LegitFamily = "legit_family";

    /// <summary>Unrelated freelancers working from one coworking space: shared IP and office address (group).</summary>
    public const string LegitCoworking = "legit_coworking";

    /// <summary>Coworkers whose sessions all leave through their company's cloud-hosted VPN (group).</summary>
    public const string LegitCompanyVpn = "legit_company_vpn";

    /// <summary>Identities run by one DPRK team: shared devices, payouts, résumé text and photos (group).</summary>
    public const string FraudRing = "fraud_ring";

    /// <summary>Identities whose laptops go to one facilitator's home (a laptop farm), reached through remote-access tools (group).</summary>
    public const string FraudLaptopFarm = "fraud_laptop_farm";

    /// <summary>Identities claiming employment at front companies or look-alikes of real companies, vouching for each other (group).</summary>
    public const string FraudFrontCompany = "fraud_front_company";

    /// <summary>Every scenario name.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        LegitPlain, LegitTraveler, LegitVpnUser, LegitNightOwl, LegitUnverified, LegitSpousePayout, LegitExpatriate,
        LegitAlternateShipping, LegitFamily, LegitCoworking, LegitCompanyVpn, FraudRing, FraudLaptopFarm, FraudFrontCompany,
    ];
}
