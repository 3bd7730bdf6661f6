using System.Text.Json.Nodes;

namespace Cordon.Population.Payroll;

/// <summary>How careful the worker behind a record was: it sets how many traces each record carries.</summary>
internal enum Care { Blatant, Moderate, Subtle }

/// <summary>Where a DPRK IT-worker team actually sits and the infrastructure it uses.</summary>
internal sealed class Cell
{
    public required string Country { get; init; }
    public required string Zone { get; init; }
    public required string Language { get; init; }
    public required List<string> LocalIps { get; init; }
    public required List<string> AstrillIps { get; init; }
    public required List<string> VpsIps { get; init; }
}

/// <summary>One operation: a team, a laptop farm, a front company. Members share some artefacts.</summary>
internal sealed class Ring
{
    public required string Id { get; init; }
    public required Cell Cell { get; init; }
    public List<string> Photos { get; } = [];
    public List<string> DocImages { get; } = [];
    public List<string> Phones { get; } = [];
    public List<string> Devices { get; } = [];
    public Dictionary<string, List<string>> ProxyIps { get; } = [];
    public List<Applicant> Members { get; } = [];
    public string ResumeTemplate { get; set; } = "";
    public string Role { get; set; } = "backend";
    public int EmailStyle { get; set; }
    public JsonObject? SharedPayout { get; set; }
    public JsonObject? FarmAddress { get; set; }
    public List<string> FarmIps { get; } = [];
    public string? Referrer { get; set; }
}

/// <summary>Stories of DPRK IT-worker fraud as described in the 2022–2025 US government advisories and industry reporting.</summary>
internal sealed class Fraud(Factory f)
{
    private Rng Rng => f.Rng;
    private Networks Nets => f.Nets;
    private static Country C(string code) => Countries.ByCode[code];
    private int ringSeq;

    private static double P(Care care) => care switch { Care.Blatant => 0.75, Care.Moderate => 0.4, _ => 0.12 };
    private bool S(Care care, double scale = 1.0) => Rng.Chance(Math.Min(1.0, P(care) * scale));
    private Care PickCare() => Rng.Weighted<Care>([(Care.Blatant, 12), (Care.Moderate, 38), (Care.Subtle, 50)]);

    public Cell NewCell()
    {
        var country = Rng.Weighted<string>([("CN", 50), ("RU", 25), ("LA", 12), ("AE", 13)]);
        var zone = country switch { "CN" => "Asia/Shanghai", "RU" => "Asia/Vladivostok", "LA" => "Asia/Vientiane", _ => "Asia/Dubai" };
        var language = country switch { "CN" => "zh-CN", "RU" => "ru-RU", "LA" => "lo-LA", _ => "ar-AE" };
        var vpsCountries = new[] { "US", "DE", "SG", "FR" };
        return new Cell
        {
            Country = country,
            Zone = zone,
            Language = language,
            LocalIps = [.. Enumerable.Range(0, Rng.Int(2, 5)).Select(_ => country == "CN" && Rng.Chance(0.2) ? Nets.Address(Rng, NetKind.Hosting, "CN") : Nets.Home(Rng, country))],
            AstrillIps = [.. Enumerable.Range(0, Rng.Int(2, 6)).Select(_ => Nets.Address(Rng, NetKind.Astrill))],
            VpsIps = [.. Enumerable.Range(0, Rng.Int(1, 4)).Select(_ => Nets.Address(Rng, NetKind.Hosting, Rng.Pick(vpsCountries)))],
        };
    }

    /// <summary>The ring most recently created.</summary>
    public Ring? LastRing { get; private set; }

    public Ring NewRing(string prefix, Cell? cell = null)
    {
        var ring = new Ring { Id = $"{prefix}-{++ringSeq:D3}", Cell = cell ?? NewCell() };
        LastRing = ring;
        for (var i = Rng.Int(1, 4); i > 0; i--) ring.Photos.Add(Rng.Hex(16));
        for (var i = Rng.Int(1, 3); i > 0; i--) ring.DocImages.Add(Rng.Hex(16));
        for (var i = Rng.Int(1, 3); i > 0; i--) ring.Phones.Add(f.Phone(C("US"), Rng.Pick(C("US").Cities)));
        for (var i = Rng.Int(1, 4); i > 0; i--) ring.Devices.Add(f.Device());
        ring.Role = Rng.Weighted<string>([("backend", 25), ("frontend", 20), ("mobile", 20), ("blockchain", 20), ("data", 5), ("devops", 10)]);
        ring.EmailStyle = Rng.Int(0, 5);
        return ring;
    }

    private static readonly (string Name, string Domain)[] LookAlikes =
    [
        ("EPAM Systems", "epam-global.com"), ("SoftServe", "softserve-it.net"), ("GlobalLogic", "globallogic-inc.co"), ("Accenture", "accenture-digital.io"),
        ("Infosys", "infosys-tech.org"), ("Toptal", "toptal-dev.com"), ("Stripe", "stripe-payments.dev"), ("Shopify", "shopify-partners.net"),
        ("Atlassian", "atlassian-dev.co"), ("Canva", "canva-labs.io"), ("Rakuten", "rakuten-tech.net"), ("Grab", "grab-engineering.com"),
        ("Coinbase", "coinbase-dev.io"), ("Binance", "binance-labs.co"), ("Luxoft", "luxoft-dev.net"), ("Andela", "andela-talent.co"),
    ];

    private static readonly (string Name, string Domain, string Country)[] Fronts =
    [
        ("Blue Horizon IT Solutions", "bluehorizon-itsol.com", "HK"), ("Appex Soft", "appexsoft.net", "US"), ("Silver Harbor Digital", "silverharbordigital.com", "AE"),
        ("NextGen Chain Labs", "nextgenchainlabs.io", "SG"), ("Alpine Code Works", "alpinecodeworks.com", "US"), ("Sunrise Tech Lab", "sunrisetechlab.net", "HK"),
        ("Lotus Bridge Software", "lotusbridge-soft.com", "LA"), ("Meteor Apps Studio", "meteorapps.studio", "CN"), ("Kora Dev Labs", "koradevlabs.com", "US"),
        ("Vertex Outsourcing Group", "vertex-og.com", "AE"), ("Greenwave Systems Ltd", "greenwave-sys.com", "HK"), ("Polar Pixel Games", "polarpixel.games", "RU"),
    ];

    // OFAC-designated DPRK IT-worker entities (public designations); a careless team sometimes lists one.
    private static readonly (string Name, string Country)[] Designated =
    [
        ("Yanbian Silverstar Network Technology Co., Ltd.", "CN"), ("Volasys Silverstar", "RU"), ("Chinyong Information Technology Cooperation Company", "CN"),
        ("Korea Sobaeksu Trading Company", "KP"),
    ];

    private static readonly (string Bank, string Swift, string Country)[] OffshoreBanks =
    [
        ("HSBC Hong Kong", "HSBCHKHH", "HK"), ("Bank of China (Hong Kong)", "BKCHHKHH", "HK"), ("Emirates NBD", "EBILAEAD", "AE"),
        ("Mashreq", "BOMLAEAD", "AE"), ("Bank of China Liaoning", "BKCHCNBJ", "CN"), ("Banque Franco-Lao", "BFLALALA", "LA"),
        ("Airwallex (HK)", "AIHKHKHH", "HK"), ("Tinkoff Bank", "TICSRUMM", "RU"),
    ];

    private static readonly string[] RefusalNotes =
    [
        "Camera 'not working'; interview held audio-only.", "Kept camera off, cited a broken webcam; offered to send photos instead.",
        "Video lagged and lip movement did not match audio; answers sounded read out.", "Declined the follow-up video call; asked to continue on Telegram.",
        "Camera on briefly with a blurred virtual background; face partly hidden.", "Refused the in-person identity check at the client's office; 'travelling'.",
        "Refused drug test and fingerprinting for the client's background check.", "Several voices audible in the background; candidate muted often.",
    ];

    private static Applicant Label(Applicant a, string scenario, string group)
    {
        a.Fraud = true;
        a.Scenario = scenario;
        a.GroupId = group;
        return a;
    }

    private string RingEmail(Ring ring, Applicant a)
    {
        var g = Factory.Slug(a.GivenName);
        var fam = Factory.Slug(a.FamilyName);
        return ring.EmailStyle switch
        {
            0 => $"{g}.{fam}.dev@gmail.com",
            1 => $"{g}{fam}{Rng.Int(1990, 2002)}@outlook.com",
            2 => $"{g}.{fam}{Rng.Int(10, 99)}@gmail.com",
            3 => $"{fam}{g[0]}.work@gmail.com",
            _ => $"{g}.{Rng.Pick(["tech", "code", "soft", "web3"])}{Rng.Int(1, 99)}@proton.me",
        };
    }

    private string NearPhoto(string hash)
    {
        // An edited copy of the same face: a few bits of the perceptual hash flip.
        var value = Convert.ToUInt64(hash, 16);
        for (var i = Rng.Int(1, 5); i > 0; i--) value ^= 1UL << Rng.Int(0, 64);
        return value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private string TeamResume(Ring ring, Applicant a, int years)
    {
        if (ring.ResumeTemplate.Length == 0)
        {
            var skills = Factory.Skills[ring.Role].OrderBy(_ => Rng.Double()).Take(8).ToList();
            ring.ResumeTemplate = "{NAME}\nSenior " + f.Title(ring.Role).Replace("Senior ", "", StringComparison.Ordinal) + " | {CITY}\n"
                + $"Highly motivated senior developer with {{Y}}+ years of experience building scalable, secure and high-performance applications. "
                + $"Expert in {skills[0]}, {skills[1]}, {skills[2]} and {skills[3]}. Delivered {{N}}+ projects for startups and enterprise clients in fintech, e-commerce and healthcare. "
                + "Strong communicator, available to work in your time zone, full-time, long-term.\n"
                + "- Senior Developer, {EMP1}: " + f.Achieve() + "; " + f.Achieve() + "\n"
                + "- Developer, {EMP2}: " + f.Achieve() + "\n"
                + $"Skills: {string.Join(", ", skills)}";
        }
        var e1 = a.Employment.Count > 0 ? (string)a.Employment[^1]["employer"]! : "Freelance";
        var e2 = a.Employment.Count > 1 ? (string)a.Employment[0]["employer"]! : "Upwork clients";
        return ring.ResumeTemplate.Replace("{NAME}", a.FullName, StringComparison.Ordinal).Replace("{CITY}", a.City.Name, StringComparison.Ordinal)
            .Replace("{Y}", years.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{N}", Rng.Int(20, 60).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{EMP1}", e1, StringComparison.Ordinal).Replace("{EMP2}", e2, StringComparison.Ordinal);
    }

    /// <summary>A persona used by the team: a fabricated person, or a real person's borrowed identity.</summary>
    private Applicant Persona(Ring ring, Country claimed, Care care, bool borrowed, out bool shares, City? city = null)
    {
        shares = false;
        var a = f.Person(claimed, claimed, city, minAge: 25, maxAge: 48);
        a.Kind = Rng.Weighted<string>([("contractor", 75), ("employee", 20), ("payee", 5)]);
        a.Emails.Add(S(care, 0.8) ? RingEmail(ring, a) : f.PersonalEmail(a));
        if (S(care, 0.5)) { a.Phones.Add(Rng.Pick(ring.Phones)); shares = true; }
        else a.Phones.Add(f.Phone(claimed, a.City));
        if (S(care, 0.6)) a.Messengers.Add(("telegram", $"{Factory.Slug(a.GivenName)}_{Rng.Pick(["dev", "pro", "tech", "sr"])}{Rng.Int(1, 999)}"));
        a.Addresses.Add(f.Address("home", claimed, a.City));

        bool? verified = borrowed ? (Rng.Chance(0.8) ? true : null) : care switch
        {
            Care.Blatant => Rng.Chance(0.6) ? false : null,
            Care.Moderate => Rng.Chance(0.35) ? false : Rng.Chance(0.5) ? null : true,
            _ => Rng.Chance(0.6) ? true : null,
        };
        var doc = f.Document(claimed.Code == "US" && Rng.Chance(0.4) ? "drivers_license" : "passport", claimed.Code, a.FullName, a.DateOfBirth, a.SubmittedAt, verified);
        if (!borrowed && S(care, 0.6)) { doc["image_hash"] = Rng.Pick(ring.DocImages); shares = true; }
        a.Documents.Add(doc);

        if (S(care, 0.9))
        {
            a.PhotoHash = Rng.Chance(0.6) ? Rng.Pick(ring.Photos) : NearPhoto(Rng.Pick(ring.Photos));
            shares = true;
            if (Rng.Chance(0.5)) a.PhotoSha = null;
        }

        var years = Rng.Int(6, 13);
        if (a.SubmittedAt.Year - a.DateOfBirth.Year < years + 22)
            a.DateOfBirth = new DateOnly(a.SubmittedAt.Year - years - 22 - Rng.Int(0, 5), a.DateOfBirth.Month, a.DateOfBirth.Day);
        f.Career(a, claimed, ring.Role, forceYears: years);
        foreach (var job in a.Employment)
        {
            job.Remove("verified");
            if (S(care, 0.7))
            {
                var (name, domain) = Rng.Chance(0.5) ? LookAlikes[Rng.Int(0, LookAlikes.Length)] : Fronts.Select(x => (x.Name, x.Domain)).ElementAt(Rng.Int(0, Fronts.Length));
                job["employer"] = name;
                job["employer_domain"] = domain;
            }
            if (S(care, 0.4)) job["verified"] = false;
        }
        if (care == Care.Blatant && Rng.Chance(0.08) && a.Employment.Count > 0)
        {
            var (name, country) = Designated[Rng.Int(0, Designated.Length)];
            a.Employment[0]["employer"] = name;
            a.Employment[0]["employer_domain"] = "";
            a.Employment[0].Remove("employer_domain");
            a.Employment[0]["country"] = country == "KP" ? "CN" : country;
        }

        // The résumé names the same (possibly imitated) employers as the history.
        a.Resume = f.Resume(a, ring.Role, years, claimed);

        // Developer profiles made for the persona, long after the experience it claims; follower counts that look bought.
        a.Profiles.RemoveAll(p => (string?)p["site"] == "github");
        if (S(care, 1.0) || !borrowed)
        {
            var created = S(care, 1.1) ? a.SubmittedAt.AddDays(-Rng.Int(20, 300)) : a.SubmittedAt.AddDays(-Rng.Int(400, 2500));
            var bought = S(care, 0.5);
            a.Profiles.Insert(0, f.Github(Factory.Slug(a.GivenName) + Rng.Pick(["-dev", "dev", "-code", "0x", "-sr", ""]) + Rng.Int(1, 999),
                created, bought ? Rng.Int(300, 4000) : Rng.Int(0, 12), bought ? Rng.Int(0, 4) : Rng.Int(3, 30)));
        }
        if (S(care, 0.5) && a.Profiles.FirstOrDefault(p => (string?)p["site"] == "linkedin") is { } li)
            li["created_at"] = Applicant.Time(a.SubmittedAt.AddDays(-Rng.Int(15, 250)));

        if (S(care, 1.0)) { a.Resume = TeamResume(ring, a, years); shares = true; }
        if (S(care, 0.5)) a.References.Clear();
        else if (a.References.Count == 0 && S(care, 0.5))
        {
            // A reference that is another member of the team.
            var other = ring.Members.Count > 0 ? Rng.Pick(ring.Members) : null;
            if (other is not null)
            {
                a.References.Add(new JsonObject { ["name"] = other.FullName, ["email"] = other.Emails[0], ["phone"] = other.Phones[0], ["relationship"] = "former team lead" });
                shares = true;
            }
        }

        if (S(care, 0.55))
            a.Interview = f.Interview(true, true, S(care, 0.5), Rng.Pick(RefusalNotes));
        else if (S(care, 0.3))
            a.Interview = f.Interview(true, false, true, Rng.Pick(RefusalNotes[^3..]));
        else a.Interview = f.Interview(true, false, false, Rng.Chance(0.4) ? "Video interview, camera on; strong technical answers." : null);
        return a;
    }

    /// <summary>Sessions of a remote worker hiding behind <paramref name="disguise"/>; leaks show the real place and hours.</summary>
    private void FraudSessions(Applicant a, Ring ring, Care care, Func<string> disguise, int count, Func<string[]?>? tools = null, IReadOnlyList<string>? devices = null, bool shareDevice = false)
    {
        var cellHours = S(care, 1.0);
        var leak = care switch { Care.Blatant => 0.25, Care.Moderate => 0.08, _ => 0.02 };
        var zoneLeak = S(care, 0.45);
        var langLeak = S(care, 0.2);
        var devs = devices ?? (shareDevice ? [Rng.Pick(ring.Devices)] : [f.Device()]);
        var plan = new SessionPlan(
            cellHours ? ring.Cell.Zone : a.City.TimeZone,
            cellHours ? 9.0 + Rng.Normal(0, 1) : 9.5,
            1.2,
            S(care, 0.5) ? 8 : 4,
            S(care, 0.5) ? 30 : 11,
            () => Rng.Chance(leak) ? Rng.Pick(ring.Cell.LocalIps) : disguise(),
            devs,
            f.UserAgent(),
            langLeak ? $"en-US,en;q=0.9,{ring.Cell.Language};q=0.8" : a.Country.AcceptLanguage,
            zoneLeak ? ring.Cell.Zone : a.City.TimeZone,
            WeekendShare: cellHours ? 0.3 : 0.1,
            RemoteTools: tools,
            AccountId: Rng.Chance(0.4) ? "acct-" + Rng.Hex(10) : null);
        f.Sessions(a, plan, count);
    }

    private Func<string> Disguise(Ring ring, Applicant a, Care care, out bool shares)
    {
        shares = false;
        var choice = care switch
        {
            Care.Blatant => Rng.Weighted<string>([("astrill", 40), ("vps", 20), ("local", 15), ("proxy", 25)]),
            Care.Moderate => Rng.Weighted<string>([("astrill", 25), ("vps", 15), ("proxy", 60)]),
            _ => Rng.Weighted<string>([("astrill", 6), ("vps", 6), ("proxy", 88)]),
        };
        if (choice == "proxy")
        {
            // Residential proxies or a helper's home connection in the claimed country, reused across the team.
            if (!ring.ProxyIps.TryGetValue(a.Country.Code, out var list))
                ring.ProxyIps[a.Country.Code] = list = [.. Enumerable.Range(0, Rng.Int(1, 3)).Select(_ => Nets.Home(Rng, a.Country.Code))];
            shares = true;
            var own = Nets.Home(Rng, a.Country.Code);
            return () => Rng.Chance(0.6) ? Rng.Pick(list) : own;
        }
        shares = true;
        return choice switch
        {
            "astrill" => () => Rng.Pick(ring.Cell.AstrillIps),
            "vps" => () => Rng.Pick(ring.Cell.VpsIps),
            _ => () => Rng.Pick(ring.Cell.LocalIps),
        };
    }

    private void FraudPayout(Applicant a, Ring ring, Care care, ref bool shares)
    {
        var added = a.SubmittedAt.AddHours(Rng.Int(1, 72));
        var roll = Rng.Double();
        if (ring.SharedPayout is not null && S(care, 0.7))
        {
            a.Payments.Add(ring.SharedPayout.DeepClone().AsObject().Also(p => p["added_at"] = Applicant.Time(added)));
            shares = true;
        }
        else if (S(care, 0.6) && roll < 0.35)
        {
            var (bank, swift, country) = OffshoreBanks[Rng.Int(0, OffshoreBanks.Length)];
            var holder = Rng.Chance(0.5) ? Fronts[Rng.Int(0, Fronts.Length)].Name : $"{Rng.Pick(C("CN").Male)} {Rng.Pick(C("CN").Family)}";
            a.Payments.Add(f.BankAccountAt(holder, country, bank, swift, added, country == "AE"));
            a.Requests.Add(f.Request("third_party_payout", added, Rng.Pick([
                "Please pay my company's account in Hong Kong; it handles my invoicing.",
                "My payments go through my business partner's account.", "Send payment to my agent's account, he manages my taxes."])));
        }
        else if (S(care, 0.6) && roll < 0.7)
        {
            var provider = Rng.Pick(["payoneer", "payoneer", "wise", "paypal"]);
            var other = ring.Members.Count > 0 && Rng.Chance(0.5) ? Rng.Pick(ring.Members).Emails[0] : RingEmail(ring, a);
            a.Payments.Add(f.PaymentService(provider, other, a.FullName, Rng.Chance(0.7) ? a.Country.Code : Rng.Pick(["HK", "CN", "AE", "SG"]), added));
            if (ring.Members.Any(m => m.Emails.Contains(other))) shares = true;
        }
        else if (S(care, 0.5))
        {
            var chain = Rng.Pick(["TRX", "TRX", "ETH", "BTC"]);
            a.Payments.Add(f.Wallet(chain, a.FullName, added));
            a.Requests.Add(f.Request("crypto_payment", added, Rng.Pick(["Prefer USDT (TRC20) to avoid bank delays.", "Can you pay in USDT? My bank is slow with international transfers.", "Crypto payout preferred."])));
        }
        else a.Payments.Add(f.BankAccount(a.FullName, a.Country, added));

        if (S(care, 0.4))
        {
            // Frequent payout changes after onboarding.
            for (var i = Rng.Int(1, 3); i > 0; i--)
            {
                var at = a.SubmittedAt.AddDays(Rng.Int(7, 70));
                a.Payments.Add(Rng.Chance(0.5) ? f.PaymentService("payoneer", RingEmail(ring, a), a.FullName, a.Country.Code, at) : f.Wallet("TRX", a.FullName, at));
                a.Requests.Add(f.Request("payout_change", at, "Please update my payout details to the new account."));
            }
        }
        if (S(care, 0.25)) a.Requests.Add(f.Request("prepayment", a.SubmittedAt.AddDays(Rng.Int(1, 10)), "Could you pay the first two weeks in advance? Setting up my workstation."));
        if (S(care, 0.3)) a.Requests.Add(f.Request("off_platform_contact", a.SubmittedAt.AddHours(Rng.Int(2, 48)), "Let's continue on Telegram, it's faster."));
    }

    private void Shipping(Applicant a, Care care, JsonObject? farm)
    {
        if (a.Kind == "payee") return;
        if (farm is not null)
        {
            var changed = S(care, 0.8);
            a.Shipping = f.Shipping(farm.DeepClone().AsObject().WithPurpose("equipment"), a.SubmittedAt.AddDays(Rng.Int(1, 12)), changed);
            if (changed || S(care, 0.5))
                a.Requests.Add(f.Request("shipping_address_change", a.SubmittedAt.AddDays(Rng.Int(1, 9)), Rng.Pick([
                    "I'm staying with a relative while my apartment is renovated; please ship the laptop there.",
                    "Please send the equipment to my cousin's address, I travel a lot.",
                    "Ship to this address instead, my building's mailroom loses packages."])));
            return;
        }
        if (S(care, 0.5))
        {
            // A freight forwarder or a reshipper, often in another state or country.
            var us = C("US");
            var city = Rng.Pick(us.Cities);
            var addr = f.Address("equipment", us, city, $"{Rng.Int(100, 9999)} {Rng.Pick(["Commerce Dr", "Industrial Pkwy", "Logistics Way", "Airport Rd"])}");
            addr["line2"] = $"Suite {Rng.Int(100, 999)}-{Rng.Hex(4).ToUpperInvariant()}";
            a.Shipping = f.Shipping(addr, a.SubmittedAt.AddDays(Rng.Int(1, 12)), S(care, 0.8));
        }
        else if (Rng.Chance(0.5))
            a.Shipping = f.Shipping(a.Addresses[0].DeepClone().AsObject().WithPurpose("equipment"), a.SubmittedAt.AddDays(Rng.Int(1, 12)), false);
    }

    private static readonly string[] TeamClaims = ["US", "US", "US", "CA", "JP", "SG", "PL", "UA", "RO", "GB", "NL", "DE", "AU"];

    private static readonly Func<string[]?> NoTools = () => null;

    private Func<string[]?> Tools(Care care, params string[] kinds)
    {
        var has = S(care, 0.7);
        var tool = Rng.Pick(kinds);
        return () => has && Rng.Chance(0.7) ? [tool] : null;
    }

    /// <summary>A team of IT workers with fabricated personas, shared photos, résumés, phones and infrastructure.</summary>
    public IEnumerable<Applicant> Team()
    {
        var ring = NewRing("dprk-team");
        var size = Rng.Int(3, 9);
        var claims = TeamClaims.OrderBy(_ => Rng.Double()).Take(Rng.Int(1, 4)).ToList();
        var start = f.SubmitTime();
        ring.SharedPayout = Rng.Chance(0.5)
            ? f.PaymentService("payoneer", $"{Rng.Pick(["star", "apex", "nova", "lucky", "gold"])}.{Rng.Pick(["dev", "team", "soft"])}{Rng.Int(10, 999)}@gmail.com", "", Rng.Pick(["HK", "US", "SG"]), start)
            : f.Wallet("TRX", "", start);
        ring.SharedPayout["holder_name"] = $"{Rng.Pick(C("US").Male)} {Rng.Pick(C("US").Family)}";
        for (var i = 0; i < size; i++)
        {
            var care = PickCare();
            var claimed = C(Rng.Pick(claims));
            var a = Persona(ring, claimed, care, borrowed: Rng.Chance(0.25), out var shares);
            a.SubmittedAt = start.AddDays(Rng.Int(0, 120));
            if (a.SubmittedAt > Factory.WindowEnd) a.SubmittedAt = Factory.WindowEnd.AddDays(-Rng.Int(1, 20));
            var disguise = Disguise(ring, a, care, out var s2);
            FraudSessions(a, ring, care, disguise, Rng.Int(4, 14), Tools(care, "anydesk", "rustdesk", "teamviewer", "chrome-remote-desktop"), shareDevice: S(care, 0.35));
            FraudPayout(a, ring, care, ref shares);
            Shipping(a, care, null);
            if (ring.Members.Count > 0 && S(care, 0.7))
            {
                a.ReferredByApplicant = ring.Members.Where(m => m.SubmittedAt < a.SubmittedAt).OrderBy(_ => Rng.Double()).FirstOrDefault();
                shares |= a.ReferredByApplicant is not null;
            }
            shares |= s2 || a.Sessions.Any(s => ring.Devices.Contains((string)s["device_id"]!));
            ring.Members.Add(a);
            yield return Label(a, care == Care.Subtle ? "it-worker-team-careful" : "it-worker-team", shares ? ring.Id : "");
        }
    }

    /// <summary>A US facilitator hosting the laptops of several remote workers at home (a laptop farm).</summary>
    public IEnumerable<Applicant> LaptopFarm()
    {
        var ring = NewRing("laptop-farm");
        var us = C("US");
        var farmCity = Rng.Pick(us.Cities);
        ring.FarmAddress = f.Address("home", us, farmCity);
        var isp = Enumerable.Range(0, Rng.Int(1, 3)).Select(_ => Nets.Address(Rng, NetKind.Residential, "US")).ToList();
        ring.FarmIps.AddRange(isp);
        var facilitatorName = (Rng.Pick(Rng.Chance(0.5) ? us.Female : us.Male), Rng.Pick(us.Family));
        var start = f.SubmitTime();
        var bank = f.BankAccount($"{facilitatorName.Item1} {facilitatorName.Item2}", us, start);
        ring.SharedPayout = bank;

        if (Rng.Chance(0.5))
        {
            // The facilitator also signs up under their own name, from the same house.
            var fac = f.Person(us, us, farmCity, minAge: 28, maxAge: 60);
            fac.GivenName = facilitatorName.Item1;
            fac.FamilyName = facilitatorName.Item2;
            fac.Gender = us.Female.Contains(fac.GivenName) ? "female" : "male";
            fac.SubmittedAt = start.AddDays(-Rng.Int(5, 40));
            f.Basics(fac);
            fac.Addresses[0] = ring.FarmAddress.DeepClone().AsObject();
            fac.Payments.Add(bank.DeepClone().AsObject());
            var plan = f.HomePlan(fac) with { Ip = () => Rng.Pick(isp) };
            f.Sessions(fac, plan with { RemoteTools = () => Rng.Chance(0.5) ? ["anydesk"] : null }, Rng.Int(4, 10));
            f.HonestDefaults(fac);
            ring.Members.Add(fac);
            yield return Label(fac, "laptop-farm-facilitator", ring.Id);
        }

        var size = Rng.Int(3, 8);
        for (var i = 0; i < size; i++)
        {
            var care = PickCare();
            var borrowed = Rng.Chance(0.8);
            var a = Persona(ring, us, care, borrowed, out var shares);
            a.SubmittedAt = start.AddDays(Rng.Int(0, 150));
            if (a.SubmittedAt > Factory.WindowEnd) a.SubmittedAt = Factory.WindowEnd.AddDays(-Rng.Int(1, 20));
            // The laptop sits at the farm on the facilitator's broadband; the worker drives it from abroad.
            var tools = Tools(care, "anydesk", "ip-kvm", "teamviewer", "rustdesk", "ip-kvm");
            FraudSessions(a, ring, care, () => Rng.Pick(isp), Rng.Int(5, 15), tools);
            if (care == Care.Blatant && Rng.Chance(0.4)) FraudSessions(a, ring, care, () => Rng.Pick(ring.Cell.AstrillIps), Rng.Int(1, 3));
            foreach (var s in a.Sessions) s["browser_time_zone"] = Rng.Chance(0.85) ? a.City.TimeZone : ring.Cell.Zone;
            shares = true;
            if (S(care, 0.7)) a.Payments.Add(bank.DeepClone().AsObject().Also(p => p["added_at"] = Applicant.Time(a.SubmittedAt.AddHours(Rng.Int(1, 72)))));
            else FraudPayout(a, ring, care, ref shares);
            Shipping(a, care, ring.FarmAddress);
            if (ring.Members.Count > 0 && S(care, 0.4))
                a.ReferredByApplicant = ring.Members.Where(m => m.SubmittedAt < a.SubmittedAt).OrderBy(_ => Rng.Double()).FirstOrDefault();
            ring.Members.Add(a);
            yield return Label(a, "laptop-farm-worker", ring.Id);
        }
    }

    /// <summary>Contractors invoiced through a front company, with employers that imitate real ones.</summary>
    public IEnumerable<Applicant> FrontCompany()
    {
        var ring = NewRing("front-co");
        var front = Fronts[Rng.Int(0, Fronts.Length)];
        var start = f.SubmitTime();
        var (bank, swift, country) = OffshoreBanks.Where(b => b.Country == front.Country).DefaultIfEmpty(OffshoreBanks[0]).First();
        ring.SharedPayout = front.Country == "US"
            ? f.BankAccountAt(front.Name + " LLC", "US", "Mercury (Evolve Bank & Trust)", "EVTCUS33", start, false)
            : f.BankAccountAt(front.Name, country, bank, swift, start, country == "AE");
        ring.Referrer = $"partner-{Factory.Slug(front.Name)[..Math.Min(12, Factory.Slug(front.Name).Length)]}";
        var size = Rng.Int(3, 7);
        for (var i = 0; i < size; i++)
        {
            var care = PickCare();
            var a = Persona(ring, C(Rng.Pick(TeamClaims)), care, borrowed: Rng.Chance(0.3), out var shares);
            a.SubmittedAt = start.AddDays(Rng.Int(0, 120));
            if (a.SubmittedAt > Factory.WindowEnd) a.SubmittedAt = Factory.WindowEnd.AddDays(-Rng.Int(1, 20));
            a.Emails.Insert(0, $"{Factory.Slug(a.GivenName)}.{Factory.Slug(a.FamilyName)}@{front.Domain}");
            var since = a.SubmittedAt.AddDays(-Rng.Int(200, 900));
            a.Employment.Add(new JsonObject
            {
                ["employer"] = front.Name, ["employer_domain"] = front.Domain, ["title"] = "Senior Software Engineer",
                ["start"] = Factory.Ym(since.Year, since.Month), ["country"] = front.Country,
            });
            a.Resume += $"\nEngaged through {front.Name}.";
            var disguise = Disguise(ring, a, care, out _);
            FraudSessions(a, ring, care, disguise, Rng.Int(4, 12), Tools(care, "anydesk", "teamviewer"));
            a.Payments.Add(ring.SharedPayout.DeepClone().AsObject().Also(p => p["added_at"] = Applicant.Time(a.SubmittedAt.AddHours(Rng.Int(1, 72)))));
            if (S(care, 1.2)) a.Requests.Add(f.Request("third_party_payout", a.SubmittedAt.AddHours(3), $"Invoices are issued by {front.Name}; please pay the company account."));
            if (S(care, 0.6)) a.ReferredByExternal = ring.Referrer;
            Shipping(a, care, null);
            ring.Members.Add(a);
            yield return Label(a, "front-company-contractor", ring.Id);
        }
    }

    private static readonly string[] BorrowedCountries = ["US", "US", "US", "US", "GB", "DE", "NL", "CA", "PL", "FR", "AU", "ES"];

    /// <summary>A real person's identity used by a worker elsewhere: documents check out, everything else is off.</summary>
    public Applicant Borrowed(Ring ring)
    {
        var care = PickCare();
        var claimed = C(Rng.Pick(BorrowedCountries));
        var a = Persona(ring, claimed, care, borrowed: true, out var shares);
        var disguise = Disguise(ring, a, care, out var s2);
        FraudSessions(a, ring, care, disguise, Rng.Int(4, 13), Tools(care, "anydesk", "rustdesk", "chrome-remote-desktop"));
        FraudPayout(a, ring, care, ref shares);
        if (S(care, 0.5))
        {
            // The identity's owner lives at the claimed address; the money goes to whoever rents the identity out.
            a.Payments.Insert(0, f.BankAccount($"{Rng.Pick(claimed.Male)} {Rng.Pick(claimed.Family)}", claimed, a.SubmittedAt.AddHours(5)));
            a.Requests.Add(f.Request("third_party_payout", a.SubmittedAt.AddHours(6), "Please pay my business partner's account; mine is being migrated."));
        }
        Shipping(a, care, ring.FarmAddress is not null && S(care, 0.6) ? ring.FarmAddress : null);
        ring.Members.Add(a);
        var group = shares && ring.Members.Count > 1 || s2 && ring.Members.Count > 1 ? ring.Id : "";
        return Label(a, "borrowed-identity", group);
    }

    /// <summary>A stolen identity: the document's name or date of birth does not match, the photo belongs to someone else.</summary>
    public Applicant Stolen(Ring ring, IReadOnlyList<Applicant> victims)
    {
        var care = PickCare();
        var claimed = C(Rng.Pick(BorrowedCountries));
        var a = Persona(ring, claimed, care, borrowed: false, out var shares);
        var doc = a.Documents[0];
        switch (Rng.Int(0, 3))
        {
            case 0: doc["name_on_document"] = $"{Rng.Pick(claimed.Male.Concat(claimed.Female).ToList())} {Rng.Pick(claimed.Family)}"; break;
            case 1: doc["date_of_birth"] = Applicant.Date(a.DateOfBirth.AddDays(Rng.Int(400, 4000))); break;
            default: doc["name_on_document"] = $"{a.GivenName} {Rng.Pick(claimed.Family)}"; doc["date_of_birth"] = Applicant.Date(a.DateOfBirth.AddYears(Rng.Int(2, 9))); break;
        }
        doc["verified"] = care == Care.Subtle ? null : false;
        if (doc["verified"] is null) doc.Remove("verified");
        if (victims.Count > 0 && S(care, 0.8))
        {
            // A photo lifted from a real person's profile.
            var victim = Rng.Pick(victims);
            a.PhotoHash = Rng.Chance(0.6) ? victim.PhotoHash : NearPhoto(victim.PhotoHash);
            a.PhotoSha = null;
        }
        var disguise = Disguise(ring, a, care, out _);
        FraudSessions(a, ring, care, disguise, Rng.Int(3, 10), Tools(care, "anydesk", "rustdesk"));
        FraudPayout(a, ring, care, ref shares);
        Shipping(a, care, null);
        ring.Members.Add(a);
        return Label(a, "stolen-identity", shares && ring.Members.Count > 1 ? ring.Id : "");
    }

    /// <summary>Workers who look local and clean but are paid into one account controlled by a facilitator.</summary>
    public IEnumerable<Applicant> PayoutMule()
    {
        var ring = NewRing("payout-mule");
        var claimed = C(Rng.Pick(["US", "US", "CA", "GB"]));
        var mule = $"{Rng.Pick(claimed.Male.Concat(claimed.Female).ToList())} {Rng.Pick(claimed.Family)}";
        var start = f.SubmitTime();
        ring.SharedPayout = Rng.Chance(0.6) ? f.BankAccount(mule, claimed, start) : f.PaymentService("payoneer", f.Email(mule.Split(' ')[0], mule.Split(' ')[1]), mule, claimed.Code, start);
        var size = Rng.Int(2, 4);
        for (var i = 0; i < size; i++)
        {
            var care = Rng.Chance(0.6) ? Care.Subtle : Care.Moderate;
            var a = Persona(ring, claimed, care, borrowed: Rng.Chance(0.6), out _);
            a.SubmittedAt = start.AddDays(Rng.Int(0, 90));
            if (a.SubmittedAt > Factory.WindowEnd) a.SubmittedAt = Factory.WindowEnd.AddDays(-Rng.Int(1, 20));
            var disguise = Disguise(ring, a, Care.Subtle, out _);
            FraudSessions(a, ring, care, disguise, Rng.Int(4, 12));
            a.Payments.Add(f.BankAccount(a.FullName, claimed, a.SubmittedAt.AddHours(4)));
            var at = a.SubmittedAt.AddDays(Rng.Int(10, 45));
            a.Payments.Add(ring.SharedPayout.DeepClone().AsObject().Also(p => p["added_at"] = Applicant.Time(at)));
            a.Requests.Add(f.Request(Rng.Chance(0.5) ? "third_party_payout" : "payout_change", at, Rng.Pick([
                $"Please send my pay to {mule}, my business partner, from this month.",
                "My bank froze my account for a review; pay the new account until it's sorted.",
                "Please switch payouts to this account (my relative's), I'm moving banks."])));
            Shipping(a, care, null);
            ring.Members.Add(a);
            yield return Label(a, "payout-to-facilitator", ring.Id);
        }
    }

    /// <summary>Workers asking for crypto payouts into wallets shared across the ring, often with prepayment requests.</summary>
    public IEnumerable<Applicant> CryptoRing()
    {
        var ring = NewRing("crypto-ring");
        var start = f.SubmitTime();
        var wallet = f.Wallet(Rng.Pick(["TRX", "TRX", "ETH"]), "", start);
        var size = Rng.Int(2, 5);
        for (var i = 0; i < size; i++)
        {
            var care = PickCare();
            var a = Persona(ring, C(Rng.Pick(["UA", "PL", "RO", "SG", "JP", "US", "CA", "RS"])), care, borrowed: false, out var shares);
            a.SubmittedAt = start.AddDays(Rng.Int(0, 100));
            if (a.SubmittedAt > Factory.WindowEnd) a.SubmittedAt = Factory.WindowEnd.AddDays(-Rng.Int(1, 20));
            var disguise = Disguise(ring, a, care, out _);
            FraudSessions(a, ring, care, disguise, Rng.Int(3, 10), Tools(care, "anydesk", "rustdesk"));
            var added = a.SubmittedAt.AddHours(Rng.Int(2, 40));
            a.Payments.Add(wallet.DeepClone().AsObject().Also(p => { p["holder_name"] = a.FullName; p["added_at"] = Applicant.Time(added); }));
            a.Requests.Add(f.Request("crypto_payment", added, Rng.Pick(["USDT TRC20 only please.", "I can only receive crypto at the moment.", "Pay in USDT, banks in my country block foreign transfers."])));
            if (S(care, 0.8)) a.Requests.Add(f.Request("prepayment", added.AddDays(1), "Please prepay the first month; I need to buy a new workstation."));
            Shipping(a, care, null);
            ring.Members.Add(a);
            yield return Label(a, "crypto-payout-ring", ring.Id);
        }
    }

    /// <summary>A careful worker whose record is almost clean; one trace links it to its team, or none but the hours.</summary>
    public Applicant NearClean(Ring ring)
    {
        var claimed = C(Rng.Pick(BorrowedCountries));
        var a = f.Person(claimed, claimed, minAge: 25, maxAge: 45);
        f.Basics(a, role: ring.Role);
        a.Kind = "contractor";
        foreach (var d in a.Documents) d["verified"] = true;
        var home = f.HomePlan(a);
        var trace = Rng.Weighted<string>([("device", 15), ("payout", 15), ("resume", 15), ("photo", 12), ("referral", 12), ("farm", 12), ("hours", 10), ("github", 9)]);
        if (trace == "farm" && ring.FarmAddress is null) trace = "device";
        var shares = trace is not ("hours" or "github");
        switch (trace)
        {
            case "device": f.Sessions(a, home with { Devices = [Rng.Pick(ring.Devices)] }, Rng.Int(4, 10)); break;
            case "hours": f.Sessions(a, home with { WorkZone = ring.Cell.Zone, StartHour = 9.5, MaxHours = 12 }, Rng.Int(5, 12)); break;
            default: f.Sessions(a, home, Rng.Int(4, 10)); break;
        }
        switch (trace)
        {
            case "payout" when ring.SharedPayout is not null:
                a.Payments.Add(ring.SharedPayout.DeepClone().AsObject().Also(p => { p["holder_name"] = a.FullName; p["added_at"] = Applicant.Time(a.SubmittedAt.AddDays(Rng.Int(5, 40))); }));
                break;
            case "payout":
                shares = false;
                break;
            case "resume":
                a.Resume = TeamResume(ring, a, Rng.Int(6, 12));
                break;
            case "photo":
                a.PhotoHash = NearPhoto(Rng.Pick(ring.Photos));
                break;
            case "referral" when ring.Members.Count > 0:
                a.ReferredByApplicant = Rng.Pick(ring.Members);
                a.SubmittedAt = a.ReferredByApplicant.SubmittedAt.AddDays(Rng.Int(3, 40));
                break;
            case "referral":
                shares = false;
                break;
            case "farm":
                a.Shipping = f.Shipping(ring.FarmAddress!.DeepClone().AsObject().WithPurpose("equipment"), a.SubmittedAt.AddDays(Rng.Int(1, 10)), Rng.Chance(0.5));
                break;
            case "github":
                a.Profiles.RemoveAll(p => (string?)p["site"] == "github");
                a.Profiles.Insert(0, f.Github(f.Handle(a), a.SubmittedAt.AddDays(-Rng.Int(30, 200)), Rng.Int(0, 15), Rng.Int(1, 6)));
                break;
        }
        f.HonestDefaults(a);
        ring.Members.Add(a);
        return Label(a, "near-clean-dprk-worker", shares ? ring.Id : "");
    }
}

/// <summary>Fluent helper for in-place edits.</summary>
internal static class AlsoExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
