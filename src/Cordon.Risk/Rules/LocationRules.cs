using Cordon.Risk.Lookups;
using static Cordon.Risk.Rules.RuleCatalog;

namespace Cordon.Risk.Rules;

/// <summary>Location rules: where the logins really come from.</summary>
internal static class LocationRules
{
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Define("LOC-IP-COUNTRY", "Logins from outside the claimed country", Families.Location, "A22, SEAL", "sessions[].ip, claimed_location.country; IP country database", 18,
            "A quarter or more of the logins on residential or business networks (and at least two, or half) come from IP addresses in a country other than the claimed one. One trip abroad does not fire it; VPN and hosting exits are left to LOC-VPN.",
            Advice.VerifyLocation, IpCountry),
        Define("LOC-VPN", "VPN, VPS or hosting network", Families.Location, "A22, MAN", "sessions[].ip; ASN range file, VPN and hosting ASN lists", 12,
            "Logins through networks of VPN providers (Astrill VPN is the most reported) or hosting/data-centre networks. Occasional use earns a third of the points; most logins earn all.",
            Advice.VerifyLocation, Vpn),
        Define("LOC-KP-RANGE", "Login from a North Korean address range", Families.Location, "public lists (kp_cidrs)", "sessions[].ip; North Korean ranges", 70,
            "A login came from an address range attributed to North Korea.",
            Advice.ReportIc3, KpRange),
        Define("LOC-INDICATOR-IP", "Login IP on the DPRK IT-worker indicator list", Families.Location, "A22, MAN, S1 (indicator store)", "sessions[].ip; indicators", 35,
            "A login came from an IP address published as used by DPRK IT workers. Indicators age: evidence, not a verdict.",
            Advice.VerifyLocation, IndicatorIp),
        Define("LOC-MULTI-COUNTRY-DAY", "One account in several countries within a day", Families.Location, "A22", "sessions[] (account_id, started_at, ip); IP country database", 15,
            "The same account logged in from three countries within 24 hours, or switched country within 24 hours three times or more.",
            Advice.VerifyLocation, MultiCountryDay),
        Define("LOC-UTC9-HOURS", "Working hours fit UTC+8/UTC+9, not the claimed zone", Families.Location, "SEAL, A22", "sessions[].started_at, claimed_location.time_zone", 15,
            "Of at least five sessions, three quarters or more start in daytime hours at UTC+8/UTC+9 while at most a third start in working hours of the claimed time zone, which is five hours or more away. Hours that are the local day of the country most logins come from on ordinary networks (UTC+7 to UTC+10, not a country the advisories name) earn 20 % of the points: a nomad or expatriate.",
            Advice.VerifyLocation, Utc9Hours),
        Define("LOC-LONG-SESSION", "Logged in continuously for a day or more", Families.Location, "SEAL, A22", "sessions[].started_at, ended_at", 8,
            "A session lasted 24 hours or more, as when several people share one account in shifts or a remote-controlled laptop stays on.",
            Advice.RestrictRemoteTools, LongSession),
        Define("LOC-BROWSER-TZ", "Browser time zone inconsistent with the claimed location", Families.Location, "P23", "sessions[].browser_time_zone, claimed_location.time_zone", 6,
            "Most sessions report a browser time zone three hours or more from the claimed one. Supporting evidence only: it never raises the level on its own. Browser language is deliberately not a signal (fairness).",
            Advice.VerifyLocation, BrowserTimeZone, supportingOnly: true),
    ];

    private static RuleHit? IpCountry(RuleInput input)
    {
        var facts = input.IpFacts;
        var claimed = input.Record.ClaimedLocation.Country;
        var known = 0;
        var foreign = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            // A VPN or hosting exit's country says nothing of where the person is; LOC-VPN covers those sessions.
            if (facts[i] is not { Country: { } country } f || f.IsVpn || f.IsHosting)
            {
                continue;
            }

            known++;
            if (!string.Equals(country, claimed, StringComparison.OrdinalIgnoreCase))
            {
                foreign.Add(i);
            }
        }

        if (known == 0 || foreign.Count == 0)
        {
            return null;
        }

        var share = foreign.Count / (double)known;
        if (share < 0.25 || (foreign.Count < 2 && share < 0.5))
        {
            return null;
        }

        var countries = foreign.Select(i => facts[i]!.Country!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = Text.N(foreign.Count) + " of " + Text.N(known) + " logins came from outside the claimed country " + claimed + ": " + string.Join(", ", countries) + ".";
        var moved = Relocation(input);
        return moved is null
            ? new RuleHit(Math.Min(1, 0.4 + share), SessionEvidence(input, foreign, i => "country " + facts[i]!.Country + Network(facts[i]!)), text)
            : new RuleHit(
                0.2,
                SessionEvidence(input, foreign, i => "country " + facts[i]!.Country + Network(facts[i]!) + "; " + moved),
                text + " " + moved + ": a weak sign.");
    }

    /// <summary>
    /// The one foreign country the person's logins on ordinary (not VPN or hosting) networks come from, or null when
    /// there is none or several.
    /// </summary>
    public static string? OnlyForeignCountry(RuleInput input)
    {
        var claimed = input.Record.ClaimedLocation.Country;
        var foreign = input.IpFacts
            .Where(f => f is { Country: not null, IsVpn: false, IsHosting: false } && !string.Equals(f.Country, claimed, StringComparison.OrdinalIgnoreCase))
            .Select(f => f!.Country!.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return foreign.Count == 1 ? foreign[0] : null;
    }

    /// <summary>
    /// Why the foreign logins read as a move or life abroad rather than the advisories' pattern: one foreign country on
    /// ordinary networks, not one the advisories name, agreeing with the payout accounts and phone numbers (each in the
    /// claimed country or that one), and nothing else of the pattern (hosting or VPN networks, UTC+9 hours, remote
    /// tools, equipment sent away). Null when it does not read so.
    /// </summary>
    private static string? Relocation(RuleInput input)
    {
        var r = input.Record;
        if (OnlyForeignCountry(input) is not { } country || DprkNexus.IsNexusCountry(country) || DprkNexus.Reasons(input).Count > 0)
        {
            return null;
        }

        bool Agrees(string? c) => c is null || string.Equals(c, country, StringComparison.OrdinalIgnoreCase) || string.Equals(c, r.ClaimedLocation.Country, StringComparison.OrdinalIgnoreCase);
        if (!r.PaymentMethods.All(p => Agrees(p.Country)) || !r.Contacts.Phones.All(p => Agrees(input.Phone(p)?.Country)))
        {
            return null;
        }

        var corroborated = r.PaymentMethods.Any(p => string.Equals(p.Country, country, StringComparison.OrdinalIgnoreCase))
            || r.Contacts.Phones.Any(p => string.Equals(input.Phone(p)?.Country, country, StringComparison.OrdinalIgnoreCase))
            || string.Equals(r.Person.Nationality, country, StringComparison.OrdinalIgnoreCase);
        return "one consistent foreign country (" + country + ") on ordinary networks" + (corroborated ? ", matching the person's payout, phone or nationality" : string.Empty) + ", none of the advisories' patterns: consistent with living or travelling there";
    }

    private static RuleHit? Vpn(RuleInput input)
    {
        var facts = input.IpFacts;
        var hits = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i] is { } f && (f.IsVpn || f.IsHosting))
            {
                hits.Add(i);
            }
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var share = hits.Count / (double)facts.Count;
        var factor = share >= 0.5 ? 1 : share >= 0.2 ? 0.6 : 0.3;

        // A consumer VPN with nothing else of the advisories' pattern is what privacy-minded freelancers use: half weight.
        // Hosting networks (VPS exits) and VPNs beside other patterns keep it all.
        var privacy = DprkNexus.Reasons(input).Count == 0;
        return new RuleHit(
            privacy ? factor / 2 : factor,
            SessionEvidence(input, hits, i => Network(facts[i]!).TrimStart(',', ' ')),
            Text.N(hits.Count) + " of " + Text.N(facts.Count) + " logins came through VPN or hosting networks" + (privacy ? " (a consumer VPN and nothing else of the advisories' pattern: a weak sign)." : "."));
    }

    private static RuleHit? KpRange(RuleInput input)
    {
        var facts = input.IpFacts;
        var hits = new List<int>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i] is { IsNorthKorean: true })
            {
                hits.Add(i);
            }
        }

        return hits.Count == 0
            ? null
            : new RuleHit(1, SessionEvidence(input, hits, _ => "North Korean address range"), Text.N(hits.Count) + " login(s) came from an address range attributed to North Korea.");
    }

    private static RuleHit? IndicatorIp(RuleInput input)
    {
        if (input.Context.Indicators is not { } indicators)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Record.Sessions.Count; i++)
        {
            var ip = input.Record.Sessions[i].Ip.Trim();
            if (!seen.Add(ip))
            {
                continue;
            }

            var found = indicators.Find(IndicatorKind.Ip, ip);
            if (found.Count > 0)
            {
                evidence.Add(At("$.sessions[" + Text.N(i) + "].ip", ip, found[0].Context + " (" + found[0].Source + ")"));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, Text.N(evidence.Count) + " login IP(s) are on the DPRK IT-worker indicator list.");
    }

    private static RuleHit? MultiCountryDay(RuleInput input)
    {
        var facts = input.IpFacts;
        if (facts.Count < 2)
        {
            return null;
        }

        var sessions = input.Record.Sessions;
        var groups = Enumerable.Range(0, facts.Count)
            .Where(i => facts[i]?.Country is not null)
            .GroupBy(i => sessions[i].AccountId ?? string.Empty, StringComparer.Ordinal);
        var window = TimeSpan.FromHours(24);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(i => sessions[i].StartedAt).ToList();
            var switches = new List<int>();
            for (var k = 0; k < ordered.Count; k++)
            {
                var a = ordered[k];
                var countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { facts[a]!.Country! };
                var members = new List<int> { a };
                for (var m = k + 1; m < ordered.Count && sessions[ordered[m]].StartedAt - sessions[a].StartedAt <= window; m++)
                {
                    if (countries.Add(facts[ordered[m]]!.Country!))
                    {
                        members.Add(ordered[m]);
                    }
                }

                if (countries.Count >= 3)
                {
                    return new RuleHit(1, SessionEvidence(input, members, i => "country " + facts[i]!.Country + ", " + Stamp(sessions[i].StartedAt)), "One account logged in from " + Text.N(countries.Count) + " countries within 24 hours: " + string.Join(", ", countries) + ".");
                }

                if (k + 1 < ordered.Count)
                {
                    var b = ordered[k + 1];
                    if (sessions[b].StartedAt - sessions[a].StartedAt <= window && !string.Equals(facts[a]!.Country, facts[b]!.Country, StringComparison.OrdinalIgnoreCase))
                    {
                        switches.Add(a);
                        switches.Add(b);
                    }
                }
            }

            if (switches.Count >= 6)
            {
                var distinct = switches.Distinct().ToList();
                return new RuleHit(1, SessionEvidence(input, distinct, i => "country " + facts[i]!.Country + ", " + Stamp(sessions[i].StartedAt)), "One account switched country within 24 hours " + Text.N(switches.Count / 2) + " times.");
            }
        }

        return null;
    }

    /// <summary>True when the record's working hours fit UTC+8/UTC+9 and not the claimed zone (<c>LOC-UTC9-HOURS</c>).</summary>
    public static bool WorksAtUtc9(RuleInput input) => Utc9Hours(input) is { Factor: >= 1 };

    /// <summary>
    /// Countries whose daytime is daytime at UTC+8/UTC+9 (UTC+7 to UTC+10), other than those the advisories name: someone
    /// who logs in from there on ordinary networks (a nomad in Bali, an expatriate in Tokyo) works in the local day.
    /// </summary>
    private static readonly HashSet<string> AsiaPacificDaytime = new(StringComparer.OrdinalIgnoreCase)
    {
        "JP", "KR", "TW", "HK", "MO", "PH", "SG", "MY", "BN", "ID", "TH", "VN", "MN", "AU", "TL", "PW", "PG", "GU", "MP",
    };

    /// <summary>
    /// The country, of <see cref="AsiaPacificDaytime"/>, from which at least half of the logins on ordinary networks come
    /// (and at least two); null when there is none.
    /// </summary>
    private static string? LocalDaytimeCountry(RuleInput input)
    {
        var countries = input.IpFacts.Where(f => f is { Country: not null, IsVpn: false, IsHosting: false, IsNorthKorean: false }).Select(f => f!.Country!.ToUpperInvariant()).ToList();
        var top = countries.GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault();
        return top is not null && top.Count() >= 2 && top.Count() * 2 >= input.IpFacts.Count && AsiaPacificDaytime.Contains(top.Key) ? top.Key : null;
    }

    private static RuleHit? Utc9Hours(RuleInput input)
    {
        var sessions = input.Record.Sessions;
        if (sessions.Count < 5 || TimeZones.Find(input.Record.ClaimedLocation.TimeZone) is not { } zone)
        {
            return null;
        }

        var asian = 0;
        var claimed = 0;
        var far = 0;
        foreach (var s in sessions)
        {
            var utc = s.StartedAt.UtcDateTime;
            var offset = zone.GetUtcOffset(utc);
            if (Math.Abs((offset - TimeSpan.FromHours(9)).TotalHours) >= 5)
            {
                far++;
            }

            var h9 = utc.AddHours(9).Hour;
            var h8 = utc.AddHours(8).Hour;
            if ((h9 >= 8 && h9 < 20) || (h8 >= 8 && h8 < 20))
            {
                asian++;
            }

            var local = (utc + offset).Hour;
            if (local >= 9 && local < 18)
            {
                claimed++;
            }
        }

        var n = (double)sessions.Count;
        if (far < n / 2 || asian / n < 0.75 || claimed / n > 1.0 / 3)
        {
            return null;
        }

        var evidence = new List<Evidence> { At("$.claimed_location.time_zone", input.Record.ClaimedLocation.TimeZone!) };
        for (var i = 0; i < Math.Min(5, sessions.Count); i++)
        {
            evidence.Add(At("$.sessions[" + Text.N(i) + "].started_at", Stamp(sessions[i].StartedAt), "UTC+9 " + sessions[i].StartedAt.UtcDateTime.AddHours(9).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var text = Text.N(asian) + " of " + Text.N(sessions.Count) + " sessions start in daytime at UTC+8/UTC+9 but only " + Text.N(claimed) + " in working hours of " + input.Record.ClaimedLocation.TimeZone + ".";

        // The hours of the place the person logs in from, on ordinary networks of a country that is not one the advisories
        // name: a nomad or an expatriate working in the local day, not a worker in Shenyang claiming Chicago.
        return LocalDaytimeCountry(input) is { } there
            ? new RuleHit(0.2, evidence, text + " Most logins come from " + there + " on ordinary networks, where these are daytime hours: consistent with living or travelling there, a weak sign.")
            : new RuleHit(1, evidence, text);
    }

    private static RuleHit? LongSession(RuleInput input)
    {
        var sessions = input.Record.Sessions;
        var hits = new List<int>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (sessions[i].EndedAt is { } end && end - sessions[i].StartedAt >= TimeSpan.FromHours(24))
            {
                hits.Add(i);
            }
        }

        return hits.Count == 0
            ? null
            : new RuleHit(
                1,
                hits.Take(5).Select(i => At("$.sessions[" + Text.N(i) + "].ended_at", Stamp(sessions[i].EndedAt!.Value), Text.N((sessions[i].EndedAt!.Value - sessions[i].StartedAt).TotalHours) + " hours")).ToList(),
                Text.N(hits.Count) + " session(s) lasted 24 hours or more.");
    }

    private static RuleHit? BrowserTimeZone(RuleInput input)
    {
        if (TimeZones.Find(input.Record.ClaimedLocation.TimeZone) is not { } claimed)
        {
            return null;
        }

        var sessions = input.Record.Sessions;
        var withZone = 0;
        var hits = new List<int>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (TimeZones.Find(sessions[i].BrowserTimeZone) is not { } browser)
            {
                continue;
            }

            withZone++;
            var at = sessions[i].StartedAt.UtcDateTime;
            if (Math.Abs((browser.GetUtcOffset(at) - claimed.GetUtcOffset(at)).TotalHours) >= 3)
            {
                hits.Add(i);
            }
        }

        if (withZone == 0 || hits.Count * 2 < withZone)
        {
            return null;
        }

        return new RuleHit(
            1,
            hits.Take(5).Select(i => At("$.sessions[" + Text.N(i) + "].browser_time_zone", sessions[i].BrowserTimeZone!, "claimed " + input.Record.ClaimedLocation.TimeZone)).ToList(),
            Text.N(hits.Count) + " of " + Text.N(withZone) + " sessions report a browser time zone three or more hours from the claimed " + input.Record.ClaimedLocation.TimeZone + " (supporting evidence only).");
    }

    private static List<Evidence> SessionEvidence(RuleInput input, IReadOnlyList<int> indexes, Func<int, string> note)
    {
        var evidence = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in indexes)
        {
            var ip = input.Record.Sessions[i].Ip;
            if (seen.Add(ip))
            {
                evidence.Add(At("$.sessions[" + Text.N(i) + "].ip", ip, note(i)));
                if (evidence.Count >= 8)
                {
                    break;
                }
            }
        }

        return evidence;
    }

    private static string Network(IpFacts f)
    {
        var kind = f.IsVpn ? "VPN" : f.IsHosting ? "hosting" : null;
        var asn = f.Asn is { } n ? "AS" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (f.AsnOrganisation is { } o ? " " + o : string.Empty) : null;
        return (asn, kind) switch
        {
            (null, null) => string.Empty,
            (null, _) => ", " + kind,
            (_, null) => ", " + asn,
            _ => ", " + asn + " (" + kind + ")",
        };
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
