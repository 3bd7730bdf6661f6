namespace Cordon.Risk.Records;

/// <summary>
/// The network lines a person really works from, and the networks that many unrelated people share. A laptop kept at a
/// facilitator's home logs in from that home's line session after session, day after day (P24); so does an honest
/// person's own broadband. Sharing such a line with identities that claim to live elsewhere is the laptop-farm pattern,
/// while a university or research network, like a coworking space, puts strangers on one address.
/// </summary>
public static class LoginLines
{
    private static readonly string[] CampusWords =
    [
        "universit", "college", "academic", "research and education", "research organization", "research organisation",
        "research network", "institute of technology", "education network", "educational", "knowledge network", "school", "campus",
        "renater", "janet", "dfn", "surfnet", "internet2", "geant", "aarnet", "kreonet",
    ];

    private static readonly string[] GatewayWords =
    [
        "zscaler", "palo alto", "netskope", "opendns", "cisco", "umbrella", "cloudflare", "akamai", "forcepoint", "iboss",
        "menlo security", "cato networks", "fortinet", "check point", "proofpoint", "symantec", "broadcom", "cloud security",
    ];

    /// <summary>
    /// True when the network's name says it is a corporate security gateway (Zscaler, Palo Alto Prisma, Netskope, Cisco
    /// Umbrella, Cloudflare…): employees of one company, wherever they live, reach the internet through its few egress
    /// addresses (corporate NAT), as students do through a campus network.
    /// </summary>
    /// <param name="asnOrganisation">The autonomous system's organisation name, or null.</param>
    /// <returns>True for a corporate gateway network.</returns>
    public static bool IsGatewayNetwork(string? asnOrganisation) =>
        !string.IsNullOrWhiteSpace(asnOrganisation) && GatewayWords.Any(w => asnOrganisation.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when two people name the same current employer (an entry without an end date, by domain or by name): colleagues
    /// share the company's office line or gateway, wherever they live.
    /// </summary>
    /// <param name="a">One record.</param>
    /// <param name="b">The other.</param>
    /// <returns>True for colleagues.</returns>
    public static bool Colleagues(ApplicationRecord a, ApplicationRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        static IEnumerable<string> Current(ApplicationRecord r) => r.EmploymentHistory
            .Where(e => e.End is null)
            .SelectMany(e => new[] { e.EmployerDomain?.Trim().ToLowerInvariant(), e.Employer?.Trim().ToLowerInvariant() })
            .Where(v => !string.IsNullOrEmpty(v))
            .Select(v => v!);
        var mine = Current(a).ToHashSet(StringComparer.Ordinal);
        return mine.Count > 0 && Current(b).Any(mine.Contains);
    }

    /// <summary>
    /// The IP addresses (trimmed) that carry at least half of the record's sessions, on at least two different UTC days:
    /// the lines the person (or the laptop) lives on. Empty for fewer than two sessions.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The main lines, in order of first use.</returns>
    public static IReadOnlyList<string> MainLines(ApplicationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sessions = record.Sessions;
        if (sessions.Count < 2)
        {
            return [];
        }

        var uses = new Dictionary<string, (int Sessions, HashSet<long> Days)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var s in sessions)
        {
            var ip = s.Ip.Trim();
            if (!uses.TryGetValue(ip, out var use))
            {
                use = (0, []);
                order.Add(ip);
            }

            use.Days.Add(s.StartedAt.UtcDateTime.Ticks / TimeSpan.TicksPerDay);
            uses[ip] = (use.Sessions + 1, use.Days);
        }

        return order.Where(ip => uses[ip].Sessions * 2 >= sessions.Count && uses[ip].Days.Count >= 2).ToList();
    }

    /// <summary>
    /// True when the network's name says it is a university, school or research-and-education network: students and
    /// staff of one campus are many unrelated people behind few addresses.
    /// </summary>
    /// <param name="asnOrganisation">The autonomous system's organisation name, or null.</param>
    /// <returns>True for a campus or research network.</returns>
    public static bool IsCampusNetwork(string? asnOrganisation)
    {
        if (string.IsNullOrWhiteSpace(asnOrganisation))
        {
            return false;
        }

        var name = " " + asnOrganisation.ToLowerInvariant() + " ";
        return CampusWords.Any(w => w.Length <= 5 ? name.Contains(" " + w + " ", StringComparison.Ordinal) : name.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when two people claim to live in different countries, or in different cities (or regions, when no city is
    /// given) of one country: they could not share one home or office line day after day. False when either leaves the
    /// place out.
    /// </summary>
    /// <param name="a">One record.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when their claimed homes are in different places.</returns>
    public static bool LiveApart(ApplicationRecord a, ApplicationRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.ClaimedLocation;
        var y = b.ClaimedLocation;
        if (!string.Equals(x.Country.Trim(), y.Country.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (p, q) = x.City is not null && y.City is not null ? (x.City, y.City) : (x.Region, y.Region);
        return p is not null && q is not null && !string.Equals(p.Trim(), q.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
