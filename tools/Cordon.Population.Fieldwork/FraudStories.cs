namespace Cordon.Population.Fieldwork;

/// <summary>What a DPRK IT-worker team shares: infrastructure, money routes, templates, people.</summary>
internal sealed class Ring
{
    public string Id = "";
    public string Scenario = "";
    /// <summary>Where the workers really sit: CN, RU, LA, AE.</summary>
    public string Base = "CN";
    public string BaseZone = "Asia/Shanghai";
    public List<string> VpnExits = [];
    public List<string> FarmLines = [];
    public Address? FarmAddress;
    public string? Facilitator;
    public Payment? SharedPayout;
    public List<string> Phones = [];
    public string MailStyle = "dev";
    public string MailDomain = "outlook.com";
    public string UserAgent = "";
    public string ResumeBase = "";
    public string ResumeTitle = "";
    public List<string> Photos = [];
    public List<string> DocImages = [];
    public List<string> Devices = [];
    public (string Name, string Domain) Front;
    public List<Applicant> Members = [];
    public Func<Rng, string> ClaimedCountry = _ => "US";
    public string RemoteTool = "anydesk";
}

/// <summary>
/// DPRK IT-worker schemes as public advisories describe them (State/Treasury/FBI 2022, FBI/ROK 2023, FBI 2024-2025,
/// Mandiant, Microsoft): teams behind rented or stolen identities, US laptop farms, front companies, shared money
/// routes. Each member shows a different number of tells — some blatant, most subtle, some almost none.
/// </summary>
internal sealed class FraudStories(Factory f)
{
    private int _ringSeq;

    private enum Tell
    {
        Vpn, Slip, Hours, Browser, Remote, Marathon, SharedDevice, DocMismatch, DocUnverified, PhotoReuse, DocImageReuse, FrontEmployer,
        YoungGithub, ResumeCopy, Camera, Shipping, Referral, ThirdPartyPayout, Crypto, SharedPayout, SharedContact, PayoutChanges, KoreanLanguage,
    }

    public IReadOnlyList<(Func<Rng, int, List<Applicant>> Story, double Weight)> All() =>
    [
        (LaptopFarm, 26),
        (OverseasTeam, 32),
        (StolenIdentity, 12),
        (FrontCompany, 9),
        (RentedAccount, 8),
        (CryptoRing, 7),
        (LoneWorker, 4),
    ];

    private static readonly string[] LookAlikes =
    [
        "epam-systems.net", "globant-tech.com", "accenture-digital.co", "stripe-dev.io", "shopify-partners.net", "thoughtworks-inc.com", "toptal-talent.net", "gitlab-solutions.io",
        "salesforce-dev.net", "deloitte-digital.co",
    ];

    private static readonly (string, string)[] Fronts =
    [
        ("Silverline Tech Solutions", "silverlinetech-solutions.com"), ("Bluewave Software Inc", "bluewavesoftinc.com"), ("Apex Pacific Technologies", "apexpacifictech.com"),
        ("Jinyang Digital Co. Ltd.", "jinyangdigital.com"), ("Greatwall Innovations LLC", "greatwall-innovations.com"), ("Starlight IT Services", "starlight-its.com"),
        ("Pinnacle Sky Tech", "pinnacleskytech.com"), ("Northstar Dev Studio", "northstardevstudio.net"), ("Cosmo Link Solutions", "cosmolinksol.com"),
        ("Unity Bridge Technologies", "unitybridgetech.io"),
    ];

    private static readonly (string City, string Region, string Postal, string Zone)[] FarmPlaces =
    [
        ("Scottsdale", "AZ", "852##", "America/Phoenix"), ("Nashville", "TN", "372##", "America/Chicago"), ("Bowie", "MD", "207##", "America/New_York"), ("Hillsboro", "OR", "971##", "America/Los_Angeles"),
        ("Fort Worth", "TX", "761##", "America/Chicago"), ("Lexington", "KY", "405##", "America/New_York"), ("Bronx", "NY", "104##", "America/New_York"), ("Ardmore", "PA", "190##", "America/New_York"),
        ("Sarasota", "FL", "342##", "America/New_York"), ("Columbus", "OH", "432##", "America/New_York"),
    ];

    private Ring NewRing(Rng r, string scenario)
    {
        var ring = new Ring { Id = $"ring-{++_ringSeq:000}", Scenario = scenario };
        ring.Base = r.Weighted<string>([("CN", 5.5), ("RU", 2), ("LA", 1.5), ("AE", 1)]);
        ring.BaseZone = ring.Base switch { "RU" => "Asia/Vladivostok", "LA" => "Asia/Vientiane", "AE" => "Asia/Dubai", _ => "Asia/Shanghai" };
        int exits = r.Int(2, 6);
        for (int i = 0; i < exits; i++)
        {
            int asn = r.Pick(Networks.AstrillLike);
            string? where = f.Ips.Has(asn, "US") && r.Chance(0.7) ? "US" : null;
            ring.VpnExits.Add(f.Ips.Pick(r, asn, where));
        }
        ring.UserAgent = Factory.UserAgent(r);
        ring.MailStyle = r.Pick(new[] { "dev", "tech", "pro", "work", "code", "eng" });
        ring.MailDomain = r.Pick(new[] { "outlook.com", "gmail.com", "hotmail.com", "proton.me", "yahoo.com" });
        ring.Front = r.Chance(0.5) ? r.Pick(Fronts) : (r.Pick(new[] { "EPAM Systems", "Globant", "Accenture", "Stripe", "Shopify", "Thoughtworks", "Toptal", "GitLab", "Salesforce", "Deloitte" }), "");
        if (ring.Front.Domain == "")
        {
            string brand = Names.Ascii(ring.Front.Name.Split(' ')[0]);
            ring.Front = (ring.Front.Name, LookAlikes.FirstOrDefault(d => d.StartsWith(brand, StringComparison.Ordinal)) ?? $"{brand}-tech.net");
        }
        var (title, skills) = Factory.Profession(r);
        if (!Factory.IsDeveloper(title) || r.Chance(0.3)) (title, skills) = ("Full-Stack Developer", ["React", "Node.js", "TypeScript", "Next.js", "AWS", "MongoDB", "GraphQL", "Laravel", "Vue.js"]);
        ring.ResumeTitle = title;
        ring.ResumeBase = Factory.Resume(r, "{NAME}", "Senior " + title, skills, r.Int(7, 13))
            + $" Led a team of {r.Int(3, 9)} engineers delivering {r.Pick(new[] { "a high-load trading platform", "an AI-powered CRM", "a multi-tenant SaaS billing system", "a real-time logistics dashboard", "an NFT marketplace" })}. Available full-time in US hours.";
        int photos = r.Int(1, 4);
        for (int i = 0; i < photos; i++) ring.Photos.Add(r.Hex(16));
        for (int i = 0; i < photos; i++) ring.DocImages.Add(r.Hex(16));
        int devices = r.Int(1, 4);
        for (int i = 0; i < devices; i++) ring.Devices.Add(Factory.Device(r));
        int phones = r.Int(1, 4);
        for (int i = 0; i < phones; i++) ring.Phones.Add(Geography.Phone(r, Geography.Get("US")));
        ring.RemoteTool = r.Weighted<string>([("anydesk", 4), ("rustdesk", 2), ("teamviewer", 1.5), ("chrome-remote-desktop", 1), ("ip-kvm", 1.5)]);
        return ring;
    }

    private void AddFarm(Rng r, Ring ring)
    {
        var us = Geography.Get("US");
        var place = r.Pick(FarmPlaces);
        var (given, family, _) = Names.Draw(r, "us");
        ring.Facilitator = $"{given} {family}";
        int lines = r.Int(1, 4);
        for (int i = 0; i < lines; i++) ring.FarmLines.Add(f.Ips.Pick(r, r.Pick(us.HomeAsns), "US"));
        ring.FarmAddress = new Address
        {
            Purpose = "equipment", Line1 = $"{r.Int(100, 9999)} {r.Pick(Geography.Streets)}", Line2 = r.Chance(0.4) ? $"Unit {r.Int(1, 30)}" : null,
            City = place.City, Region = place.Region, Postal = Geography.Postal(r, place.Postal), Country = "US",
        };
        ring.RemoteTool = r.Weighted<string>([("ip-kvm", 3), ("anydesk", 3), ("rustdesk", 1.5), ("teamviewer", 1)]);
    }

    private static int TellCount(Rng r, string intensity) => intensity switch
    {
        "blatant" => r.Int(6, 10),
        "moderate" => r.Int(3, 6),
        _ => r.Int(1, 3),
    };

    private static string Intensity(Rng r) => r.Weighted<string>([("blatant", 15), ("moderate", 45), ("subtle", 40)]);

    private static List<Tell> ChooseTells(Rng r, int n, IReadOnlyList<(Tell, double)> weights, IEnumerable<Tell> always)
    {
        var chosen = new List<Tell>(always);
        var pool = weights.Where(w => !chosen.Contains(w.Item1)).ToList();
        while (chosen.Count < n && pool.Count > 0)
        {
            var t = r.Weighted(pool);
            chosen.Add(t);
            pool.RemoveAll(p => p.Item1 == t);
        }
        return chosen;
    }

    /// <summary>A persona the worker presents, built like any ordinary person so that nothing stands out by default.</summary>
    private Applicant Persona(Rng r, Ring ring, string claimed)
    {
        var c = Geography.Get(claimed);
        string culture = claimed == "US" && r.Chance(0.08) ? r.Pick(new[] { "kr", "cn", "jp" }) : c.Culture;
        var a = f.Person(r, claimed, culture, r.Int(27, 45));
        a.Kind = r.Weighted<string>([("freelancer", 70), ("contractor", 25), ("job_applicant", 5)]);
        if (r.Chance(0.8))
        {
            // Most personas are developers; the career is an ordinary one for the persona's age.
            a.Jobs.Clear(); a.Schools.Clear(); a.Profiles.Clear();
            var skills = new[] { "React", "Node.js", "TypeScript", "Python", "AWS", "Go", "Solidity", "Flutter", ".NET", "Java", "Next.js", "Laravel" };
            var born = DateTime.Parse(a.Dob!, System.Globalization.CultureInfo.InvariantCulture);
            Factory.BuildCareer(r, a, claimed, ring.ResumeTitle, skills, Math.Max(2, a.SubmittedAt.Year - born.Year - 23), born);
        }
        if (r.Chance(0.4))
        {
            // Inflated seniority: the résumé claims more years than the history shows.
            a.Resume = Factory.Resume(r, a.FullName, "Senior " + ring.ResumeTitle, ["React", "Node.js", "TypeScript", "AWS", "Python", "GraphQL"], r.Int(9, 14));
        }
        return a;
    }

    private void Apply(Rng r, Ring ring, Applicant a, IReadOnlyList<Tell> tells, string intensity)
    {
        var claimed = Geography.Get(a.Country);
        var h = new Habit
        {
            WorkZone = a.TimeZone, StartHour = r.Normal(9.5, 1), HoursMean = r.Normal(7, 1.5), Count = r.Int(5, 15), UserAgent = r.Chance(0.5) ? ring.UserAgent : Factory.UserAgent(r),
            AcceptLanguage = "en-US,en;q=0.9", BrowserZone = a.TimeZone, Devices = [Factory.Device(r)], WeekendChance = 0.3,
        };
        // Where the sessions seem to come from when nothing gives it away: the farm, or a residential proxy in the claimed country.
        if (ring.FarmLines.Count > 0)
        {
            string line = r.Pick(ring.FarmLines);
            h.Networks.Add((_ => line, 10));
        }
        else
        {
            string proxy = f.Ips.Pick(r, r.Pick(claimed.HomeAsns), claimed.Code);
            h.Networks.Add((_ => proxy, 10));
            h.Networks.Add((rr => IpPools.Neighbour(rr, proxy), 2));
        }
        var baseC = Geography.Get(ring.Base);
        DateTime t0 = a.SubmittedAt;

        foreach (var tell in tells)
        {
            switch (tell)
            {
                case Tell.Vpn:
                    h.Networks.Add((rr => rr.Chance(0.7) ? rr.Pick(ring.VpnExits) : f.Ips.Pick(rr, rr.Pick(Networks.AstrillLike), null), intensity == "blatant" ? 25 : 8));
                    break;
                case Tell.Slip:
                    if (intensity == "blatant" && r.Chance(0.25)) h.Networks.Add((rr => f.Ips.Pick(rr, Networks.StarJointVenture, null), 1.5));
                    else h.Networks.Add((rr => f.Ips.Pick(rr, rr.Pick(baseC.HomeAsns.Concat(baseC.MobileAsns).ToArray()), ring.Base), intensity == "blatant" ? 4 : 1.2));
                    break;
                case Tell.Hours:
                    // A day shift where the team really is (UTC+8/+9), whatever the claimed zone.
                    h.WorkZone = ring.Base == "CN" && r.Chance(0.4) ? "Asia/Seoul" : ring.BaseZone;
                    h.StartHour = r.Normal(9, 1);
                    h.StartSd = 0.8;
                    break;
                case Tell.Browser:
                    if (r.Chance(0.6)) h.BrowserZone = r.Chance(0.8) ? ring.BaseZone : "Asia/Pyongyang";
                    else h.AcceptLanguage = ring.Base == "CN" && r.Chance(0.5) ? "zh-CN,zh;q=0.9,en;q=0.8" : "en-US,en;q=0.9,ko;q=0.8";
                    break;
                case Tell.KoreanLanguage:
                    h.AcceptLanguage = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";
                    break;
                case Tell.Remote:
                    h.RemoteTools = ring.RemoteTool == "ip-kvm" && r.Chance(0.3) ? ["ip-kvm", "anydesk"] : [ring.RemoteTool];
                    h.RemoteToolChance = r.NextDouble() * 0.5 + 0.45;
                    break;
                case Tell.Marathon:
                    h.MarathonChance = 0.3;
                    break;
                case Tell.SharedDevice:
                    h.Devices = [r.Pick(ring.Devices)];
                    h.UserAgent = ring.UserAgent;
                    break;
                case Tell.DocMismatch:
                {
                    var d = a.Documents[0];
                    double roll = r.NextDouble();
                    if (roll < 0.45) d.Name = Factory.DocumentName(new Applicant { Given = Names.Given(r, claimed.Culture, a.Gender ?? "male"), Family = Names.Family(r, claimed.Culture) }, d.Country);
                    else if (roll < 0.7) d.Name = Factory.DocumentName(new Applicant { Given = a.Given, Family = Names.Family(r, claimed.Culture) }, d.Country);
                    else d.Dob = new DateTime(int.Parse(a.Dob![..4]) + r.Int(-9, -2), r.Int(1, 13), r.Int(1, 28), 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd");
                    d.Verified = r.Chance(0.3) ? null : false;
                    break;
                }
                case Tell.DocUnverified:
                    foreach (var d in a.Documents) d.Verified = false;
                    if (r.Chance(0.5)) foreach (var j in a.Jobs) j.Verified = false;
                    break;
                case Tell.PhotoReuse:
                    a.PhotoHash = r.Chance(0.5) ? r.Pick(ring.Photos) : r.FlipBits(r.Pick(ring.Photos), r.Int(1, 5));
                    a.PhotoSha = null;
                    break;
                case Tell.DocImageReuse:
                    a.Documents[0].ImageHash = r.Chance(0.5) ? r.Pick(ring.DocImages) : r.FlipBits(r.Pick(ring.DocImages), r.Int(1, 4));
                    break;
                case Tell.FrontEmployer:
                {
                    var job = new Job
                    {
                        Employer = ring.Front.Name, Domain = ring.Front.Domain, Title = "Senior " + ring.ResumeTitle, Start = $"{2026 - r.Int(3, 7)}-0{r.Int(1, 10)}",
                        End = r.Chance(0.5) ? null : $"2026-0{r.Int(1, 5)}", Country = r.Chance(0.6) ? "US" : a.Country, Verified = r.Chance(0.8) ? false : null,
                    };
                    a.Jobs.Add(job);
                    var (rg, rf, _) = Names.Draw(r, "us");
                    a.References.Add(new Reference { Name = $"{rg} {rf}", Email = $"{Names.Ascii(rg)}.{Names.Ascii(rf)}@{ring.Front.Domain}", Phone = r.Pick(ring.Phones), Relationship = "former manager" });
                    break;
                }
                case Tell.YoungGithub:
                {
                    var gh = a.Profiles.FirstOrDefault(p => p.Site == "github");
                    if (gh is null)
                    {
                        string handle = Factory.GithubHandle(r, a.Given, a.Family);
                        gh = new Profile { Site = "github", Handle = handle, Url = $"https://github.com/{handle}" };
                        a.Profiles.Add(gh);
                    }
                    gh.CreatedAt = t0.AddDays(-r.Int(20, 500));
                    bool bought = r.Chance(0.5);
                    gh.Followers = bought ? r.Int(300, 2500) : r.Int(0, 15);
                    gh.Repos = bought ? r.Int(2, 9) : r.Int(15, 60);
                    break;
                }
                case Tell.ResumeCopy:
                {
                    string text = ring.ResumeBase.Replace("{NAME}", a.FullName, StringComparison.Ordinal);
                    if (r.Chance(0.6)) text = text.Replace(" years", r.Chance(0.5) ? "+ years" : " yrs", StringComparison.Ordinal);
                    if (r.Chance(0.4)) text = text.Replace("Available full-time in US hours.", "Open to full-time contracts.", StringComparison.Ordinal);
                    a.Resume = text;
                    break;
                }
                case Tell.Camera:
                    a.Interview = new Interview
                    {
                        VideoRequested = true, CameraRefused = r.Chance(0.8), InPersonRefused = r.Chance(0.5),
                        Notes = r.Pick(new[] { "Said the webcam was broken; audio only.", "Camera on briefly, face poorly lit, lips out of sync.", "Declined to meet in person; asked to keep it on chat.", "Another voice audible in the background answering the technical questions.", "Refused the video identity check twice." }),
                    };
                    break;
                case Tell.Shipping:
                {
                    a.Kind = "contractor";
                    var addr = ring.FarmAddress?.Copy("equipment") ?? new Address
                    {
                        Purpose = "equipment", Line1 = $"{r.Int(100, 9999)} {r.Pick(Geography.Streets)}", Line2 = $"Suite {r.Int(100, 999)}",
                        City = r.Pick(FarmPlaces).City, Region = "DE", Postal = $"19{r.Int(700, 999)}", Country = "US",
                    };
                    a.Shipping = new Shipping { Address = addr, RequestedAt = t0.AddDays(r.Int(5, 30)), ChangedAfterOffer = r.Chance(0.6) };
                    if (r.Chance(0.6)) a.Requests.Add(new Request { At = a.Shipping.RequestedAt!.Value.AddHours(r.Int(1, 48)), Type = "shipping_address_change", Detail = r.Pick(new[] { "Please ship the laptop to my relative's address, I am travelling.", "Ship to my cousin, I am moving this week.", "Use this address instead, my building does not accept parcels." }) });
                    break;
                }
                case Tell.Referral:
                    if (ring.Members.Count > 0) a.ReferredBy = r.Pick(ring.Members);
                    break;
                case Tell.ThirdPartyPayout:
                {
                    a.Payments.Clear();
                    string holder = ring.Facilitator ?? $"{Names.Given(r, "us", "male")} {Names.Family(r, "us")}";
                    var where = r.Chance(ring.Facilitator is null ? 0.5 : 0.1) ? Geography.Get(r.Pick(new[] { "CN", "AE", "SG", "MY" })) : Geography.Get("US");
                    if (where.Code == "CN") holder = $"{Names.Given(r, "cn", "male")} {Names.Family(r, "cn")}";
                    a.Payments.Add(Factory.Bank(r, where, holder, t0.AddHours(r.Int(2, 200))));
                    if (r.Chance(0.5)) a.Requests.Add(new Request { At = t0.AddDays(r.Int(1, 25)), Type = "third_party_payout", Detail = r.Pick(new[] { "Please pay to my business partner's account.", "My bank is frozen, pay my friend instead.", "Payments go to my agent who handles taxes." }) });
                    break;
                }
                case Tell.Crypto:
                {
                    var w = Factory.Wallet(r, t0.AddHours(r.Int(2, 300)), r.Chance(0.7) ? "TRX" : "ETH");
                    a.Payments.Add(w);
                    a.Requests.Add(new Request { At = t0.AddDays(r.Int(1, 20)), Type = r.Chance(0.7) ? "crypto_payment" : "prepayment", Detail = r.Pick(new[] { "Can you pay in USDT (TRC20)? Bank transfers are slow for me.", "Please pay 50% upfront.", "USDT preferred, lower fees.", "Prepay the first milestone please." }) });
                    break;
                }
                case Tell.SharedPayout:
                {
                    var sp = ring.SharedPayout!;
                    a.Payments.Clear();
                    a.Payments.Add(new Payment
                    {
                        Type = sp.Type, Holder = sp.Type == "payment_service" && r.Chance(0.5) ? a.FullName : sp.Holder, Country = sp.Country, Bank = sp.Bank, AccountNumber = sp.AccountNumber, Iban = sp.Iban,
                        Provider = sp.Provider, AccountId = sp.AccountId, Chain = sp.Chain, WalletAddress = sp.WalletAddress, AddedAt = t0.AddHours(r.Int(2, 300)),
                    });
                    break;
                }
                case Tell.SharedContact:
                    if (r.Chance(0.6)) a.Phones[0] = r.Pick(ring.Phones);
                    a.Emails[0] = $"{Names.Ascii(a.Given)}{Names.Ascii(a.Family)}.{ring.MailStyle}{r.Int(10, 99)}@{ring.MailDomain}";
                    if (r.Chance(0.5)) a.Messengers.Add(("telegram", $"{Names.Ascii(a.Given)}_{ring.MailStyle}{r.Int(1, 99)}"));
                    break;
                case Tell.PayoutChanges:
                {
                    int changes = r.Int(2, 4);
                    for (int i = 0; i < changes; i++)
                    {
                        var at = t0.AddDays(r.Int(3, 40));
                        a.Payments.Add(r.Chance(0.5) ? Factory.Wallet(r, at) : new Payment { Type = "payment_service", Provider = r.Pick(new[] { "payoneer", "wise", "paypal" }), AccountId = $"{r.Hex(6)}@{ring.MailDomain}", Holder = r.Chance(0.5) ? a.FullName : $"{Names.Given(r, "us", "male")} {Names.Family(r, "us")}", Country = "US", AddedAt = at });
                        a.Requests.Add(new Request { At = at, Type = "payout_change" });
                    }
                    break;
                }
            }
        }
        a.Sessions = f.Sessions(r, a, h);
    }

    private static readonly (Tell, double)[] TeamTells =
    [
        (Tell.Vpn, 4), (Tell.Hours, 3), (Tell.Slip, 1.2), (Tell.Browser, 1.5), (Tell.Remote, 1.5), (Tell.SharedPayout, 2), (Tell.Crypto, 1.5), (Tell.ThirdPartyPayout, 1.5),
        (Tell.ResumeCopy, 2.2), (Tell.PhotoReuse, 1), (Tell.YoungGithub, 2), (Tell.FrontEmployer, 1.5), (Tell.SharedContact, 2), (Tell.Referral, 1.5), (Tell.Camera, 1.5),
        (Tell.DocMismatch, 1), (Tell.DocUnverified, 1), (Tell.Marathon, 0.8), (Tell.PayoutChanges, 1), (Tell.SharedDevice, 0.8), (Tell.KoreanLanguage, 0.3), (Tell.Shipping, 0.6),
    ];

    private static readonly (Tell, double)[] FarmTells =
    [
        (Tell.Remote, 3), (Tell.Shipping, 3), (Tell.SharedPayout, 2.5), (Tell.ThirdPartyPayout, 2), (Tell.Hours, 2.5), (Tell.DocMismatch, 1.5), (Tell.DocUnverified, 1), (Tell.ResumeCopy, 1.5),
        (Tell.YoungGithub, 1.5), (Tell.Camera, 1.5), (Tell.Referral, 1), (Tell.FrontEmployer, 1), (Tell.SharedDevice, 1), (Tell.Vpn, 0.6), (Tell.Slip, 0.4), (Tell.Marathon, 0.8),
        (Tell.SharedContact, 1), (Tell.PhotoReuse, 0.8), (Tell.Browser, 0.6),
    ];

    private static readonly (Tell, double)[] IdentityTells =
    [
        (Tell.PhotoReuse, 3), (Tell.DocImageReuse, 2.5), (Tell.SharedPayout, 2), (Tell.ThirdPartyPayout, 2), (Tell.Vpn, 2), (Tell.Hours, 2), (Tell.Camera, 2.5), (Tell.SharedContact, 1.5),
        (Tell.YoungGithub, 1), (Tell.Referral, 1), (Tell.Remote, 1), (Tell.Browser, 1), (Tell.Slip, 0.6), (Tell.ResumeCopy, 1),
    ];

    private static string ClaimedForTeam(Rng r) => r.Weighted<string>([("US", 60), ("CA", 5), ("GB", 4), ("JP", 5), ("PL", 4), ("UA", 4), ("RO", 2), ("SG", 3), ("MY", 2), ("VN", 2), ("AU", 3), ("DE", 2), ("IT", 1), ("SE", 1)]);

    private List<Applicant> Build(Rng r, Ring ring, int size, (Tell, double)[] weights, Func<Rng, Applicant, string, List<Tell>>? mandatory, string scenario)
    {
        for (int i = 0; i < size; i++)
        {
            string intensity = Intensity(r);
            var a = Persona(r, ring, ring.ClaimedCountry(r));
            var always = mandatory?.Invoke(r, a, intensity) ?? [];
            var tells = ChooseTells(r, Math.Max(TellCount(r, intensity), always.Count), weights, always);
            Apply(r, ring, a, tells, intensity);
            a.Fraud = true;
            a.Group = ring.Id;
            a.Scenario = intensity == "subtle" ? scenario + "-subtle" : scenario;
            ring.Members.Add(a);
        }
        return ring.Members;
    }

    private Payment SharedPayout(Rng r, Ring ring)
    {
        double roll = r.NextDouble();
        if (roll < 0.35)
            return new Payment { Type = "payment_service", Provider = r.Pick(new[] { "payoneer", "payoneer", "wise", "paypal" }), AccountId = $"{r.Pick(new[] { "finance", "billing", "team", "pay", "ops" })}.{r.Hex(5)}@{ring.MailDomain}", Holder = ring.Facilitator ?? $"{Names.Given(r, "us", "male")} {Names.Family(r, "us")}", Country = "US" };
        if (roll < 0.6) return Factory.Wallet(r, Factory.WindowStart, r.Chance(0.75) ? "TRX" : "ETH");
        var country = Geography.Get(ring.Facilitator is not null ? "US" : r.Pick(new[] { "US", "US", "CN", "AE", "SG" }));
        string holder = ring.Facilitator ?? (country.Code == "CN" ? $"{Names.Given(r, "cn", "male")} {Names.Family(r, "cn")}" : country.Code == "US" ? $"{Names.Given(r, "us", "male")} {Names.Family(r, "us")}" : r.Pick(Fronts).Item1);
        return Factory.Bank(r, country, holder, Factory.WindowStart);
    }

    private List<Applicant> LaptopFarm(Rng r, int max)
    {
        var ring = NewRing(r, "laptop-farm-us");
        AddFarm(r, ring);
        ring.ClaimedCountry = _ => "US";
        ring.SharedPayout = SharedPayout(r, ring);
        int size = Math.Min(max, r.Int(3, 13));
        var members = Build(r, ring, size, FarmTells, null, "laptop-farm-us");
        if (members.Count < max && r.Chance(0.35))
        {
            // The facilitator's own account: a real US identity, the farm's line, and the team's money.
            var c = Geography.Get("US");
            var fac = f.Person(r, "US");
            var parts = ring.Facilitator!.Split(' ');
            fac.Given = parts[0]; fac.Family = parts[1]; fac.FullName = ring.Facilitator;
            fac.Documents[0].Name = ring.Facilitator; fac.Documents[0].Verified = true;
            fac.Addresses = [ring.FarmAddress!.Copy("home")];
            fac.City = ring.FarmAddress!.City; fac.Region = ring.FarmAddress.Region; fac.Postal = ring.FarmAddress.Postal;
            fac.Kind = r.Chance(0.5) ? "payee" : "freelancer";
            foreach (var s in fac.Sessions) if (r.Chance(0.8)) s.Ip = r.Pick(ring.FarmLines);
            if (ring.SharedPayout!.Type != "crypto_wallet") fac.Payments = [ring.SharedPayout];
            fac.Fraud = true; fac.Group = ring.Id; fac.Scenario = "laptop-farm-facilitator";
            _ = c;
            members.Add(fac);
        }
        return members;
    }

    private List<Applicant> OverseasTeam(Rng r, int max)
    {
        var ring = NewRing(r, "");
        string scenario = ring.Base switch { "RU" => "it-team-russia", "LA" => "it-team-laos", "AE" => "it-team-uae", _ => "it-team-china" };
        ring.Scenario = scenario;
        ring.ClaimedCountry = ClaimedForTeam;
        if (r.Chance(0.3)) AddFarm(r, ring);
        ring.SharedPayout = SharedPayout(r, ring);
        return Build(r, ring, Math.Min(max, r.Int(3, 11)), TeamTells, null, scenario);
    }

    private List<Applicant> StolenIdentity(Rng r, int max)
    {
        bool eu = r.Chance(0.35);
        string scenario = eu ? "borrowed-identity-eu" : "stolen-identity-us";
        var ring = NewRing(r, scenario);
        ring.ClaimedCountry = eu ? rr => rr.Pick(new[] { "DE", "PL", "GB", "NL", "FR", "RO", "IT" }) : _ => "US";
        ring.SharedPayout = SharedPayout(r, ring);
        // The identity belongs to a real person: their documents check out; the face and the money do not.
        return Build(r, ring, Math.Min(max, r.Int(2, 6)), IdentityTells, (rr, a, _) =>
        {
            foreach (var d in a.Documents) d.Verified = rr.Chance(0.7);
            return [rr.Chance(0.5) ? Tell.PhotoReuse : Tell.DocImageReuse];
        }, scenario);
    }

    private List<Applicant> FrontCompany(Rng r, int max)
    {
        var ring = NewRing(r, "front-company-employer");
        ring.ClaimedCountry = ClaimedForTeam;
        ring.SharedPayout = SharedPayout(r, ring);
        return Build(r, ring, Math.Min(max, r.Int(3, 8)), TeamTells, (_, _, _) => [Tell.FrontEmployer], "front-company-employer");
    }

    private List<Applicant> RentedAccount(Rng r, int max)
    {
        // Real, verified local people who rent their account and identity to a team (a recognised facilitator role).
        var ring = NewRing(r, "rented-account-proxy");
        ring.SharedPayout = SharedPayout(r, ring);
        int size = Math.Min(max, r.Int(2, 5));
        for (int i = 0; i < size; i++)
        {
            string intensity = Intensity(r);
            string country = r.Weighted<string>([("US", 6), ("UA", 1), ("PH", 1), ("KE", 1), ("NG", 1), ("PK", 1), ("PL", 0.5)]);
            var a = f.Person(r, country);
            foreach (var d in a.Documents) d.Verified = true;
            var owner = a.Sessions.ToList();
            var handover = a.SubmittedAt.AddDays(r.Int(3, 12));
            a.Sessions = owner.Where(s => s.Start < handover).ToList();
            if (a.Sessions.Count == 0) a.Sessions.Add(owner[0]);
            // After the hand-over, someone else works the account.
            var ghost = new Applicant { SubmittedAt = handover, TimeZone = a.TimeZone, Country = a.Country, Documents = a.Documents, Payments = a.Payments, Requests = a.Requests, Dob = a.Dob, Given = a.Given, Family = a.Family, FullName = a.FullName, Emails = a.Emails, Phones = a.Phones, Messengers = a.Messengers, Profiles = a.Profiles, Jobs = a.Jobs, References = a.References };
            var tells = ChooseTells(r, TellCount(r, intensity) + 1, [(Tell.Vpn, 3), (Tell.Hours, 2.5), (Tell.Remote, 2.5), (Tell.SharedDevice, 1), (Tell.Crypto, 1.5), (Tell.Browser, 1), (Tell.Slip, 0.8), (Tell.Marathon, 0.7)], [Tell.PayoutChanges]);
            if (intensity == "subtle") tells = [Tell.PayoutChanges, Tell.SharedDevice];
            Apply(r, ring, ghost, tells, intensity);
            a.Sessions.AddRange(ghost.Sessions.Where(s => s.Start > a.Sessions.Max(x => x.Start)));
            a.Payments = ghost.Payments;
            a.Requests = ghost.Requests;
            if (r.Chance(0.6))
            {
                var sp = ring.SharedPayout!;
                a.Payments.Add(new Payment { Type = sp.Type, Holder = sp.Holder, Country = sp.Country, Bank = sp.Bank, AccountNumber = sp.AccountNumber, Iban = sp.Iban, Provider = sp.Provider, AccountId = sp.AccountId, Chain = sp.Chain, WalletAddress = sp.WalletAddress, AddedAt = handover.AddDays(r.Int(1, 10)) });
            }
            a.Fraud = true; a.Group = ring.Id; a.Scenario = intensity == "subtle" ? "rented-account-proxy-subtle" : "rented-account-proxy";
            ring.Members.Add(a);
        }
        return ring.Members;
    }

    private List<Applicant> CryptoRing(Rng r, int max)
    {
        var ring = NewRing(r, "team-crypto-payout");
        ring.ClaimedCountry = ClaimedForTeam;
        ring.SharedPayout = Factory.Wallet(r, Factory.WindowStart, "TRX");
        return Build(r, ring, Math.Min(max, r.Int(2, 7)), TeamTells, (_, _, _) => [Tell.SharedPayout, Tell.Crypto], "team-crypto-payout");
    }

    private List<Applicant> LoneWorker(Rng r, int max)
    {
        var ring = NewRing(r, "lone-dprk-worker");
        ring.ClaimedCountry = ClaimedForTeam;
        ring.SharedPayout = SharedPayout(r, ring);
        var members = Build(r, ring, 1, TeamTells, (rr, _, _) => rr.Chance(0.5) ? [Tell.Slip, Tell.Hours] : [Tell.Vpn], "lone-dprk-worker");
        foreach (var m in members) m.Group = "";
        _ = max;
        return members;
    }

    /// <summary>Some teams pay out through a money mule who signs up as a payee in their own clean name.</summary>
    public List<Applicant> Mules(Rng r, IReadOnlyList<Applicant> fraud, int max)
    {
        var result = new List<Applicant>();
        var byRing = fraud.Where(a => a.Group.StartsWith("ring-", StringComparison.Ordinal)).GroupBy(a => a.Group).ToList();
        foreach (var g in byRing)
        {
            if (result.Count >= max) break;
            if (!r.Chance(0.25)) continue;
            var paid = g.SelectMany(m => m.Payments).FirstOrDefault(p => p.Type == "bank_account" && p.Country == "US" && p.Holder is not null && !g.Any(m => m.FullName == p.Holder));
            if (paid is null) continue;
            var mule = f.Person(r, "US");
            var parts = paid.Holder!.Split(' ', 2);
            mule.Given = parts[0]; mule.Family = parts.Length > 1 ? parts[1] : parts[0]; mule.FullName = paid.Holder;
            mule.Documents[0].Name = paid.Holder; mule.Documents[0].Verified = true;
            mule.Kind = "payee";
            mule.Payments = [new Payment { Type = "bank_account", Holder = paid.Holder, Country = "US", Bank = paid.Bank, AccountNumber = paid.AccountNumber, AddedAt = mule.SubmittedAt.AddHours(3) }];
            mule.Jobs.Clear();
            mule.Fraud = true; mule.Group = g.Key; mule.Scenario = "payee-money-mule";
            result.Add(mule);
        }
        return result;
    }
}
