using static Cordon.Risk.Rules.RuleCatalog;

namespace Cordon.Risk.Rules;

/// <summary>Device and access rules.</summary>
internal static class AccessRules
{
    private static readonly string[] HardwareTools = ["ip-kvm", "ipkvm", "kvm", "pikvm", "tinypilot", "jetkvm"];

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        Define("ACC-REMOTE-TOOL", "Remote-desktop or IP-KVM tool on the device", Families.Access, "A22, P24, MS", "sessions[].remote_access_tools", 20,
            "Remote-control software (AnyDesk, TeamViewer, RDP, Chrome Remote Desktop…) earns 60 % of the points; an IP-KVM device, the tool of laptop farms, earns all.",
            Advice.RestrictRemoteTools, RemoteTool),
        Define("ACC-SHARED-DEVICE", "Device shared with other people's accounts", Families.Access, "A22, MS", "sessions[].device_id (across the batch)", 25,
            "A device identifier seen in this record is also seen in the record of another person, not of the same household (home address), in the same batch.",
            Advice.LinkedAccounts, SharedDevice),
        Define("ACC-SHARED-IP", "IP address shared with two or more other people", Families.Access, "A22, MS", "sessions[].ip (across the batch)", 10,
            "A login IP that is not a VPN or hosting exit is shared with at least two other people outside the household in the batch (one other person is common: offices, shared flats). Supporting evidence only: coworking spaces, universities and carrier NAT put strangers on one IP; an IP used by five or more others is shared infrastructure and earns half.",
            Advice.LinkedAccounts, SharedIp, supportingOnly: true),
        Define("ACC-SHARED-LINE", "Home line shared with people who claim to live elsewhere", Families.Access, "P24, A22", "sessions[].ip, claimed_location (across the batch)", 25,
            "The ordinary (not VPN, hosting, campus or corporate-gateway) line that carries at least half of this person's logins on two days or more is also the main line of another person, outside the household and not a colleague (same current employer), who claims to live in another city or country: the laptops of several identities kept at one facilitator's home (laptop farm). Coworkers, classmates and flatmates live in one place; one other identity earns 60 % of the points, two or more all.",
            Advice.LinkedAccounts, SharedLine),
    ];

    private static RuleHit? SharedLine(RuleInput input)
    {
        var record = input.Record;
        var lines = Records.LoginLines.MainLines(record);
        if (lines.Count == 0)
        {
            return null;
        }

        var evidence = new List<Evidence>();
        var people = new HashSet<int>();
        var sessions = record.Sessions;
        foreach (var line in lines)
        {
            var at = -1;
            for (var i = 0; i < sessions.Count && at < 0; i++)
            {
                at = sessions[i].Ip.Trim() == line ? i : -1;
            }

            if (at < input.IpFacts.Count && input.IpFacts[at] is { } facts && (facts.IsVpn || facts.IsHosting || Records.LoginLines.IsCampusNetwork(facts.AsnOrganisation) || Records.LoginLines.IsGatewayNetwork(facts.AsnOrganisation)))
            {
                continue;
            }

            var apart = input.Batch.OthersWithIp(input.Index, line)
                .Where(o => Records.LoginLines.LiveApart(record, input.Batch.Record(o)) && !Records.LoginLines.Colleagues(record, input.Batch.Record(o)) && Records.LoginLines.MainLines(input.Batch.Record(o)).Contains(line, StringComparer.Ordinal))
                .ToList();
            if (apart.Count > 0)
            {
                people.UnionWith(apart);
                evidence.Add(At("$.sessions[" + Text.N(at) + "].ip", line, "also the main line of " + Describe(input, apart) + ", who claim to live elsewhere"));
            }
        }

        return evidence.Count == 0
            ? null
            : new RuleHit(people.Count >= 2 ? 1 : 0.6, evidence, "Most logins come from a line that is also the main line of " + Text.N(people.Count) + " other person(s) claiming to live in another place (" + record.ClaimedLocation.Country + (record.ClaimedLocation.City is { } city ? ", " + city : string.Empty) + " here): the pattern of a laptop farm.");
    }

    private static RuleHit? RemoteTool(RuleInput input)
    {
        var evidence = new List<Evidence>();
        var hardware = false;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sessions = input.Record.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            var tools = sessions[i].RemoteAccessTools;
            for (var t = 0; t < tools.Count; t++)
            {
                var tool = tools[t].Trim();
                if (tool.Length == 0 || !seen.Add(tool))
                {
                    continue;
                }

                var isHardware = HardwareTools.Any(h => tool.Contains(h, StringComparison.OrdinalIgnoreCase));
                hardware |= isHardware;
                evidence.Add(At("$.sessions[" + Text.N(i) + "].remote_access_tools[" + Text.N(t) + "]", tool, isHardware ? "hardware remote control (IP-KVM)" : "remote-control software"));
            }
        }

        return evidence.Count == 0
            ? null
            : new RuleHit(hardware ? 1 : 0.6, evidence, "Remote-access tools seen on the device: " + string.Join(", ", evidence.Select(e => e.Value)) + ".");
    }

    private static RuleHit? SharedDevice(RuleInput input)
    {
        var evidence = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<int>();
        var sessions = input.Record.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(sessions[i].DeviceId) || !seen.Add(sessions[i].DeviceId!))
            {
                continue;
            }

            var others = input.Batch.OthersWithDevice(input.Index, sessions[i].DeviceId!);
            if (others.Count > 0)
            {
                people.UnionWith(others);
                evidence.Add(At("$.sessions[" + Text.N(i) + "].device_id", sessions[i].DeviceId!, "also used by " + Describe(input, others)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(1, evidence, "A device of this record is also used by " + Text.N(people.Count) + " other person(s) in the batch.");
    }

    private static RuleHit? SharedIp(RuleInput input)
    {
        var widest = 0;
        var evidence = new List<Evidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sessions = input.Record.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            if (!seen.Add(sessions[i].Ip))
            {
                continue;
            }

            if (i < input.IpFacts.Count && input.IpFacts[i] is { } facts && (facts.IsVpn || facts.IsHosting))
            {
                // VPN and hosting exits are shared by their many customers; LOC-VPN covers them.
                continue;
            }

            var others = input.Batch.OthersWithIp(input.Index, sessions[i].Ip);
            if (others.Count >= 2)
            {
                widest = Math.Max(widest, others.Count);
                evidence.Add(At("$.sessions[" + Text.N(i) + "].ip", sessions[i].Ip, "also used by " + Describe(input, others) + (others.Count >= 5 ? " (shared infrastructure: an office, coworking space or carrier NAT)" : string.Empty)));
            }
        }

        return evidence.Count == 0 ? null : new RuleHit(evidence.Count == 1 && widest >= 5 ? 0.5 : 1, evidence, Text.N(evidence.Count) + " login IP(s) are shared with two or more other people in the batch.");
    }

    /// <summary>"app-2 (Jane Roe), app-7 (John Doe)" for at most five records.</summary>
    public static string Describe(RuleInput input, IReadOnlyList<int> others)
    {
        var parts = others.Take(5).Select(o => input.Batch.Record(o).Id + " (" + input.Batch.Record(o).Person.FullName + ")");
        return string.Join(", ", parts) + (others.Count > 5 ? " and " + Text.N(others.Count - 5) + " more" : string.Empty);
    }
}
