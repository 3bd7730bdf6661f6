namespace Cordon.Risk.Rules;

/// <summary>
/// The patterns the advisories tie to DPRK IT workers, as opposed to how honest remote workers live: the places they
/// work from (A22: mostly the PRC and Russia, fewer in South-East Asia and Africa; the 2024–2025 indictments and MS name
/// Laos, the UAE and Cambodia), hosting and VPN networks (A22, MAN), working hours at UTC+8/UTC+9 (SEAL), remote-control
/// tools and IP-KVMs (P24, MS) and equipment sent away from home (P24). A rule that has a benign reading — a payout to
/// a relative, a move abroad — keeps its full weight only when the record shows one of these.
/// </summary>
internal static class DprkNexus
{
    /// <summary>Countries the advisories and indictments name as where DPRK IT workers live and work, with North Korea itself.</summary>
    public static IReadOnlySet<string> Countries { get; } = new HashSet<string>(["KP", "CN", "RU", "LA", "AE", "KH"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Autonomous systems of the VPN service the advisories and public reporting name for DPRK IT workers: Astrill VPN's
    /// exits on AS7393 (CYBERCON), AS20278 (NEXEON) and AS64267 (Sprious) (MAN, UNC5267, 2024; MS, Jasper Sleet, 2025).
    /// A consumer VPN elsewhere is what privacy-minded people use.
    /// </summary>
    public static IReadOnlySet<long> AdvisoryVpnAsns { get; } = new HashSet<long> { 7393, 20278, 64267 };

    /// <summary>Browser time zones of the places above (supporting evidence: never a reason on its own).</summary>
    private static readonly HashSet<string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        "Asia/Pyongyang", "Asia/Shanghai", "Asia/Harbin", "Asia/Chongqing", "Asia/Urumqi", "Asia/Vladivostok", "Asia/Vientiane", "Asia/Dubai", "Asia/Phnom_Penh",
    };

    /// <summary>True when the country is one of <see cref="Countries"/>.</summary>
    public static bool IsNexusCountry(string? country) => country is not null && Countries.Contains(country);

    /// <summary>What in the record fits the DPRK pattern; empty when nothing does (computed once per record).</summary>
    public static IReadOnlyList<string> Reasons(RuleInput input) => input.NexusReasons ??= Find(input);

    private static List<string> Find(RuleInput input)
    {
        var r = input.Record;
        var reasons = new List<string>();
        var facts = input.IpFacts;
        // A third of the logins or more: one session on a network that a hosting list also names (mobile carriers and
        // regional ISPs are on some) is not a working pattern.
        if (facts.Count(f => f is { IsHosting: true }) is var hosting and > 0 && hosting * 3 >= facts.Count)
        {
            reasons.Add("logins from hosting networks");
        }

        if (facts.FirstOrDefault(f => f is { Asn: { } asn } && AdvisoryVpnAsns.Contains(asn)) is { } astrill)
        {
            reasons.Add("logins through Astrill VPN (AS" + astrill.Asn + ")");
        }

        if (facts.Any(f => f is { IsNorthKorean: true }) || facts.Any(f => f is { IsVpn: false, IsHosting: false } && IsNexusCountry(f.Country)))
        {
            reasons.Add("logins from " + string.Join(", ", facts.Where(f => f is { IsVpn: false, IsHosting: false } && IsNexusCountry(f.Country)).Select(f => f!.Country).Distinct(StringComparer.OrdinalIgnoreCase)));
        }

        if (r.PaymentMethods.FirstOrDefault(p => IsNexusCountry(p.Country)) is { } payout)
        {
            reasons.Add("a payout account in " + payout.Country);
        }

        if (r.Contacts.Phones.Select(input.Phone).FirstOrDefault(p => IsNexusCountry(p?.Country)) is { } phone)
        {
            reasons.Add("a phone number of " + phone.Country);
        }

        if (r.Sessions.Any(s => s.RemoteAccessTools.Count > 0))
        {
            reasons.Add("remote-control tools");
        }

        var homes = r.Addresses.Where(a => a.Purpose == "home").Select(Text.AddressKey).ToList();
        if (r.EquipmentShipping?.Address is { } shipTo && homes.Count > 0 && !homes.Contains(Text.AddressKey(shipTo)))
        {
            reasons.Add("equipment shipped away from home");
        }

        if (LocationRules.WorksAtUtc9(input))
        {
            reasons.Add("working hours at UTC+8/UTC+9");
        }

        if (reasons.Count > 0 && r.Sessions.Count(s => s.BrowserTimeZone is { } zone && Zones.Contains(zone)) * 2 > r.Sessions.Count)
        {
            reasons.Add("browser time zone of the region");
        }

        return reasons;
    }
}
