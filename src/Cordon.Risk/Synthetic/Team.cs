using System.Globalization;
using System.Text;

namespace Cordon.Risk.Synthetic;

/// <summary>What the identities of one fraud group share: infrastructure, facilitators, payout accounts, templates.</summary>
internal sealed class Team
{
    private static readonly (string Line1, string City, string Region, string Postal)[] Forwarders =
    [
        ("18 Industrial Rd, Unit B", "New Castle", "DE", "19720"), ("4500 NE Cornfoot Rd, Suite 114", "Portland", "OR", "97218"),
        ("1250 Cargo Way, Ste 300", "Miami", "FL", "33166"), ("700 Commerce Dr, Unit 12", "Wilmington", "DE", "19801"),
    ];

    private static readonly string[] ResumeOpenings =
    [
        "Senior full-stack engineer with {years} years of experience delivering web3, fintech and SaaS products for US clients.",
        "Results-driven software developer with {years}+ years building scalable web and mobile applications end to end.",
        "Passionate blockchain and full-stack developer with {years} years of experience in DeFi, NFT marketplaces and trading bots.",
    ];

    private static readonly string[] ResumeMiddles =
    [
        "Expert in {s1}, {s2}, {s3} and {s4}; delivered {projects} projects with 100% client satisfaction.",
        "Strong background in {s1} and {s2}, cloud deployments on {s3} and CI/CD with {s4}. Completed {projects} projects on time.",
    ];

    public Team(Random random, string scenario)
    {
        Scenario = scenario;
        var vpnRoll = random.NextDouble();
        VpnKind = vpnRoll < 0.4 ? "ASTRILL" : vpnRoll < 0.7 ? "VPN" : "DC";
        var tools = PopulationBuilder.RemoteToolList;
        RemoteTools = scenario == PopulationScenarios.FraudLaptopFarm
            ? (random.NextDouble() < 0.5 ? ["ip-kvm"] : [tools[random.Next(3)], "ip-kvm"])
            : [tools[random.Next(tools.Count)]];
        var us = CountryTables.Get("US");
        if (scenario == PopulationScenarios.FraudLaptopFarm || random.NextDouble() < 0.5)
        {
            var city = us.Cities[random.Next(us.Cities.Count)];
            ShippingAddress = new Address(
                string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 9800)} {us.Streets[random.Next(us.Streets.Count)]}"),
                null, city.Name, city.Region, city.PostalCode, "US");
            var given = us.GivenNames[random.Next(us.GivenNames.Count)];
            PayoutHolder = given + " " + us.FamilyNames[random.Next(us.FamilyNames.Count)];
        }
        else
        {
            var forwarder = Forwarders[random.Next(Forwarders.Length)];
            ShippingAddress = new Address(forwarder.Line1, null, forwarder.City, forwarder.Region, forwarder.Postal, "US");
            var cn = CountryTables.Get("CN");
            PayoutHolder = cn.FamilyNames[random.Next(cn.FamilyNames.Count)].Split(':')[0] + " "
                + cn.GivenNames[random.Next(cn.GivenNames.Count)].Split(':')[0];
        }

        PayoutCountry = new[] { "CN", "CN", "AE", "SG", "VN" }[random.Next(5)];
        FacilitatorIp = IpTables.Pick(random, "US");
        AccountNumber = Digits(random, 12);
        Wallet = random.NextDouble() < 0.6 ? "T" + Base58(random, 33) : "0x" + Hex(random, 40);
        Devices = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => "dev-" + Hex(random, 16))];
        PhotoHash = Hex(random, 16);
        var skills = PopulationBuilder.SkillList;
        var picked = Enumerable.Range(0, 4).Select(_ => skills[random.Next(skills.Count)]).ToArray();
        ResumeTemplate = ResumeOpenings[random.Next(ResumeOpenings.Length)] + " "
            + ResumeMiddles[random.Next(ResumeMiddles.Length)]
                .Replace("{s1}", picked[0], StringComparison.Ordinal).Replace("{s2}", picked[1], StringComparison.Ordinal)
                .Replace("{s3}", picked[2], StringComparison.Ordinal).Replace("{s4}", picked[3], StringComparison.Ordinal)
            + " Available to work in US time zones, flexible hours, fast communication.";
    }

    public string Scenario { get; }

    public string VpnKind { get; }

    public IReadOnlyList<string> RemoteTools { get; }

    public Address ShippingAddress { get; }

    public string PayoutHolder { get; }

    /// <summary>The holder's payment-service account, claimed when the first member is paid through it.</summary>
    public string? PayoutAccount { get; set; }

    public string PayoutCountry { get; }

    public string FacilitatorIp { get; }

    public string AccountNumber { get; }

    public string Wallet { get; }

    public IReadOnlyList<string> Devices { get; }

    public string PhotoHash { get; }

    public string ResumeTemplate { get; }

    public List<Draft> Members { get; } = [];

    public string ResumeVariant(Random random, string name)
    {
        var text = ResumeTemplate
            .Replace("{years}", (7 + random.Next(6)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{projects}", (20 + random.Next(60)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (random.NextDouble() < 0.5)
        {
            text = text.Replace("fast communication", "excellent communication skills", StringComparison.Ordinal);
        }

        return name + "\n" + text;
    }

    internal static string Hex(Random random, int length)
    {
        const string Alphabet = "0123456789abcdef";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(16)]);
        }

        return builder.ToString();
    }

    internal static string Base58(Random random, int length)
    {
        const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    internal static string Digits(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        return builder.ToString();
    }
}
