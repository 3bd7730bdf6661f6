using System.Text.Json.Nodes;

namespace Cordon.Population.Payroll;

/// <summary>Stories of honest contractors and payees, including many that look odd at first sight.</summary>
internal sealed class Legit(Factory f)
{
    private Rng Rng => f.Rng;
    private Networks Nets => f.Nets;
    private static Country C(string code) => Countries.ByCode[code];
    private int groupSeq;

    private string Group(string prefix) => $"{prefix}-{++groupSeq:D3}";

    private static Applicant Label(Applicant a, string scenario, string group = "")
    {
        a.Scenario = scenario;
        a.GroupId = group;
        return a;
    }

    private string HomeCountry(params string[] exclude) =>
        Rng.Weighted(Countries.HomeWeights.Where(w => !exclude.Contains(w.Code)).ToList());

    public Applicant Domestic()
    {
        var c = C(HomeCountry("KR", "JP", "AU"));
        var a = f.Person(c, c);
        f.Basics(a);
        f.HonestDefaults(a);
        return Label(a, "domestic-standard");
    }

    private static readonly (string From, string To, string Scenario, int Weight)[] Moves =
    [
        ("UA", "PL", "relocated-ukraine-poland", 24), ("UA", "DE", "relocated-ukraine-germany", 10), ("UA", "PT", "relocated-ukraine-portugal", 6),
        ("IN", "AE", "relocated-india-uae", 16), ("BR", "PT", "relocated-brazil-portugal", 14), ("US", "MX", "relocated-us-mexico", 10),
        ("RU", "RS", "relocated-russia-serbia", 8), ("AR", "ES", "relocated-argentina-spain", 7), ("PK", "AE", "relocated-pakistan-uae", 5),
        ("IN", "DE", "relocated-india-germany", 5), ("TR", "NL", "relocated-turkey-netherlands", 4), ("RU", "TR", "relocated-russia-turkey", 4),
    ];

    private static string MovedLanguage(Country from, Country to) =>
        from.Code == "US" ? "en-US,en;q=0.9,es;q=0.6" : $"{from.AcceptLanguage.Split(',')[0]},{from.AcceptLanguage.Split(',')[0][..2]};q=0.9,en;q=0.8";

    /// <summary>An engineer who moved country: IP, phone and bank all follow the new country.</summary>
    public Applicant Relocated()
    {
        var move = Rng.Weighted(Moves.Select(m => (m, m.Weight)).ToList());
        var from = C(move.From);
        var to = C(move.To);
        var a = f.Person(from, to);
        a.Emails.Add(f.PersonalEmail(a, from));
        a.Phones.Add(f.Phone(to, a.City));
        if (Rng.Chance(0.3)) a.Phones.Add(f.Phone(from));
        if (Rng.Chance(0.4)) a.Messengers.Add((Rng.Pick(["telegram", "whatsapp", "signal"]), f.Handle(a)));
        a.Addresses.Add(f.Address("home", to, a.City));
        a.Documents.Add(f.Document("passport", from.Code, a.FullName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.85) ? true : null));
        a.Documents.Add(f.Document("residence_permit", to.Code, a.FullName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.7) ? true : null));
        f.Career(a, to, earlier: from);
        var added = a.SubmittedAt.AddHours(Rng.Int(2, 90));
        a.Payments.Add(f.BankAccount(a.FullName, to, added));
        if (Rng.Chance(0.15))
        {
            // The old account at home is still on file; it was added long ago and is in the person's own name.
            a.Payments.Add(f.BankAccount(a.FullName, from, a.SubmittedAt.AddDays(-Rng.Int(5, 30))));
            a.Requests.Add(f.Request("payout_change", added, $"Please pay only to my new {Factory.CountryNames[to.Code]} account from now on."));
        }
        var plan = f.HomePlan(a, 9.0, MovedLanguage(from, to)) with { BrowserZone = a.City.TimeZone };
        f.Sessions(a, plan, Rng.Int(4, 12));
        if (Rng.Chance(0.15) && Nets.Has(NetKind.Residential, from.Code))
        {
            // A week visiting family back home.
            var visitIp = Nets.Home(Rng, from.Code);
            f.Sessions(a, plan with { Ip = () => visitIp, BrowserZone = from.Cities[0].TimeZone }, Rng.Int(1, 4));
        }
        f.HonestDefaults(a);
        return Label(a, move.Scenario);
    }

    /// <summary>A married person whose document carries a different family name than the one they work under.</summary>
    public Applicant MarriedName()
    {
        // Family names change at marriage in most, not all, of these countries (not in Spain or most of Latin America).
        var c = C(HomeCountry("KR", "JP", "CN", "VN", "ES", "MX", "AR", "CO", "ID"));
        var a = f.Person(c, c, gender: Rng.Chance(0.85) ? "female" : "male");
        var other = Rng.Pick(c.Family.Where(x => x != a.FamilyName).ToList());
        f.Basics(a);
        a.Documents.Clear();
        var workUnderMaiden = Rng.Chance(0.5);
        // Either the professional (résumé, profiles) name is the maiden name and the document the married one, or the reverse
        // for documents not yet renewed; given name and date of birth match in both.
        var docName = $"{a.GivenName} {other}";
        if (Rng.Chance(0.5)) a.OtherNames.Add(docName);
        else if (Rng.Chance(0.4)) a.OtherNames.Add($"{a.GivenName} {other}-{a.FamilyName}");
        a.Documents.Add(f.Document(Rng.Pick(["passport", c.Code == "US" ? "drivers_license" : "national_id"]), c.Code, docName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.85) ? true : null));
        a.Payments.Add(f.BankAccount(Rng.Chance(0.6) ? docName : a.FullName, c, a.SubmittedAt.AddHours(Rng.Int(1, 72))));
        if (!workUnderMaiden && Rng.Chance(0.3))
            a.Interview = f.Interview(true, false, false, "Name on passport differs from CV (maiden name); marriage certificate provided.");
        f.HonestDefaults(a);
        return Label(a, "married-name-document");
    }

    private static string Transliterate(string family, string country) => country switch
    {
        "DE" or "NL" => family.Replace("sh", "sch", StringComparison.Ordinal).Replace("v", "w", StringComparison.Ordinal).Replace("kh", "ch", StringComparison.Ordinal).Replace("y", "j", StringComparison.Ordinal),
        "FR" => family.Replace("sh", "ch", StringComparison.Ordinal).Replace("u", "ou", StringComparison.Ordinal),
        _ => family.Replace("ii", "iy", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal).Replace("y", "i", StringComparison.Ordinal),
    };

    /// <summary>A naturalised citizen whose new passport spells the family name differently or carries a spouse's name.</summary>
    public Applicant Naturalised()
    {
        var from = C(Rng.Pick(["UA", "RU", "IN", "VN", "PK", "EG", "NG", "PH", "TR"]));
        var to = C(Rng.Pick(["US", "CA", "GB", "DE", "AU", "NL", "FR"]));
        var a = f.Person(from, to);
        a.Nationality = to.Code;
        f.Basics(a, earlier: Rng.Chance(0.5) ? from : null);
        a.Documents.Clear();
        var changed = Factory.Ascii(a.FamilyName);
        var variant = Transliterate(changed, to.Code);
        var docFamily = variant != a.FamilyName && Rng.Chance(0.5) ? variant : Rng.Pick(to.Family.Where(x => x != a.FamilyName).ToList());
        var docName = $"{a.GivenName} {docFamily}";
        if (Rng.Chance(0.5)) a.OtherNames.Add(docName);
        a.Documents.Add(f.Document("passport", to.Code, docName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.85) ? true : null));
        a.Payments.Add(f.BankAccount(Rng.Chance(0.5) ? docName : a.FullName, to, a.SubmittedAt.AddHours(Rng.Int(1, 72))));
        f.HonestDefaults(a);
        return Label(a, "naturalised-name-change");
    }

    /// <summary>A contractor paid into a joint or spouse's account in the same country; sometimes both spouses are contractors.</summary>
    public IEnumerable<Applicant> JointAccount()
    {
        var c = C(HomeCountry());
        var a = f.Person(c, c);
        f.Basics(a);
        var spouseGiven = Rng.Pick(a.Gender == "female" ? c.Male : c.Female);
        var spouseName = $"{spouseGiven} {a.FamilyName}";
        var joint = Rng.Chance(0.6) ? $"{a.GivenName} {a.FamilyName} & {spouseGiven} {a.FamilyName}" : spouseName;
        if (Rng.Chance(0.2)) joint = $"{a.FamilyName.ToUpperInvariant()} {a.GivenName.ToUpperInvariant()} OR {spouseGiven.ToUpperInvariant()}";
        var account = f.BankAccount(joint, c, a.SubmittedAt.AddHours(Rng.Int(1, 72)));
        a.Payments.Add(account);
        if (joint == spouseName)
            a.Requests.Add(f.Request("third_party_payout", a.SubmittedAt.AddHours(2), Rng.Pick([
                "Please pay into my husband's account; we manage household finances from it.",
                "My own account is being closed; payouts to my wife's account at the same bank please.",
                "Pay to my partner's account (same address); marriage certificate attached."])));
        var plan = f.HomePlan(a);
        f.Sessions(a, plan, Rng.Int(3, 10));
        f.HonestDefaults(a);
        if (!Rng.Chance(0.45)) { yield return Label(a, "joint-account-payout"); yield break; }

        // Both spouses contract through the provider: same home, same router, same joint account.
        var group = Group("household");
        var b = f.Person(c, c, a.City, a.Gender == "female" ? "male" : "female");
        b.GivenName = spouseGiven;
        b.FamilyName = a.FamilyName;
        b.FullNameOverride = null;
        b.SubmittedAt = a.SubmittedAt.AddDays(Rng.Int(-60, 60));
        f.Basics(b);
        b.Addresses[0] = a.Addresses[0].DeepClone().AsObject();
        b.Payments.Add(account.DeepClone().AsObject());
        f.Sessions(b, f.HomePlan(b) with { Ip = plan.Ip }, Rng.Int(3, 10));
        f.HonestDefaults(b);
        if (Rng.Chance(0.3)) b.ReferredByApplicant = a.SubmittedAt < b.SubmittedAt ? a : null;
        yield return Label(a, "joint-account-payout", group);
        yield return Label(b, "joint-account-payout", group);
    }

    private static readonly Dictionary<string, string[]> CompanyForms = new()
    {
        ["US"] = ["LLC", "Consulting LLC", "Software LLC", "Labs LLC"], ["CA"] = ["Consulting Inc.", "Software Ltd."], ["GB"] = ["Ltd", "Consulting Ltd"],
        ["DE"] = ["IT-Beratung", "Software UG", "GmbH"], ["PL"] = ["Software", "IT Consulting Sp. z o.o."], ["PT"] = ["Unipessoal Lda"],
        ["ES"] = ["Consulting SL"], ["NL"] = ["Software B.V.", "IT"], ["FR"] = ["Conseil SASU", "EURL"], ["IN"] = ["Technologies Pvt Ltd", "Software Solutions"],
        ["UA"] = ["FOP", "IT Solutions"], ["RO"] = ["Software SRL", "PFA"], ["BR"] = ["Tecnologia LTDA", "Software ME"], ["AU"] = ["Pty Ltd"],
    };

    /// <summary>A contractor paid through their own one-person company with a freshly registered domain.</summary>
    public Applicant OnePersonCompany()
    {
        var c = C(Rng.Weighted<string>([("US", 25), ("GB", 15), ("DE", 12), ("PL", 14), ("PT", 6), ("ES", 5), ("NL", 5), ("FR", 5), ("IN", 8), ("UA", 10), ("RO", 8), ("BR", 6), ("CA", 6), ("AU", 6)]));
        var a = f.Person(c, c);
        var role = f.Basics(a);
        var form = Rng.Pick(CompanyForms[c.Code]);
        var company = Rng.Int(0, 4) switch
        {
            0 => $"{a.FamilyName} {form}",
            1 => $"{a.GivenName} {a.FamilyName} {form}",
            2 => $"{Rng.Pick(["Northbeam", "Brightline", "Tidal", "Kestrel", "Quartz", "Ember", "Lumen", "Cobalt", "Fjord", "Saffron", "Halcyon", "Pinecone"])} {Rng.Pick(["Code", "Systems", "Labs", "Works", "Digital", "Dev"])} {form}",
            _ => form == "FOP" ? $"FOP {a.FamilyName} {a.GivenName}" : $"{a.FamilyName} {form}",
        };
        var domain = Factory.Slug(company.Split(' ')[0] + (company.Split(' ').Length > 2 ? company.Split(' ')[1] : "")) + Rng.Pick([".dev", ".io", ".tech", ".consulting", ".com", ".co"]);
        var founded = a.SubmittedAt.AddDays(-Rng.Int(20, 500));
        a.Emails.Insert(0, $"{Factory.Slug(a.GivenName)}@{domain}");
        a.Employment.Add(new JsonObject
        {
            ["employer"] = company,
            ["employer_domain"] = domain,
            ["title"] = Rng.Pick(["Founder & Engineer", "Independent Consultant", "Owner / Lead Developer", "Freelance Engineer"]),
            ["start"] = Factory.Ym(founded.Year, founded.Month),
            ["country"] = c.Code,
        });
        a.Profiles.Add(new JsonObject
        {
            ["site"] = "personal_site",
            ["url"] = $"https://{domain}",
            ["created_at"] = Applicant.Time(founded.AddDays(Rng.Int(0, 20))),
        });
        a.Resume = f.Resume(a, role, Math.Max(1, a.SubmittedAt.Year - a.DateOfBirth.Year - 23), c) + $"\nContracting through {company}.";
        a.Payments.Add(f.BankAccount(company, c, a.SubmittedAt.AddHours(Rng.Int(1, 72))));
        a.Kind = "contractor";
        f.HonestDefaults(a);
        return Label(a, "own-company-contractor");
    }

    private static readonly (string Name, string Domain, string Hq)[] Clients =
    [
        ("Northwind Health", "northwindhealth.com", "US"), ("Helio Logistics", "heliologistics.com", "DE"), ("Meridian Capital Systems", "meridiancs.com", "US"),
        ("Fjordline Energy", "fjordline-energy.no", "CH"), ("Tessellate Games", "tessellate.gg", "GB"), ("Brightwave Insurance", "brightwave.com", "US"),
        ("Orbital Retail Group", "orbitalretail.com", "NL"), ("Kinetic Pay", "kineticpay.io", "GB"), ("Solace Pharma", "solacepharma.com", "CH"),
        ("Atlas Freight Cloud", "atlasfreight.cloud", "US"), ("Pacifica Telecom", "pacificatel.com.au", "AU"), ("Vantage Mobility", "vantagemobility.de", "DE"),
    ];

    private int clientIndex;

    /// <summary>Employees of one client company whose traffic leaves through the same corporate gateway (Zscaler or similar).</summary>
    public IEnumerable<Applicant> CorporateEgress()
    {
        var client = Clients[clientIndex++ % Clients.Length];
        var group = Group("client");
        var egressCountry = client.Hq == "CH" ? "CH" : "US";
        var egress = Enumerable.Range(0, Rng.Int(2, 5)).Select(_ => Nets.Address(Rng, NetKind.Corporate, egressCountry)).ToList();
        var size = Rng.Int(8, 30);
        var countries = client.Hq switch
        {
            "US" => new[] { "US", "US", "US", "CA", "MX", "IN", "PL", "BR" },
            "AU" => new[] { "AU", "AU", "NZ", "PH", "IN", "SG" },
            _ => new[] { client.Hq == "CH" ? "DE" : client.Hq, "DE", "PL", "PT", "ES", "RO", "UA", "GB", "NL" },
        };
        for (var i = 0; i < size; i++)
        {
            var c = C(Rng.Pick(countries));
            var a = f.Person(c, c);
            a.Kind = Rng.Chance(0.7) ? "employee" : "contractor";
            var role = f.Basics(a);
            a.Emails.Insert(0, f.Email(a.GivenName, a.FamilyName, client.Domain).Replace("_", ".", StringComparison.Ordinal));
            var since = a.SubmittedAt.AddDays(-Rng.Int(0, 900));
            a.Employment.Add(new JsonObject
            {
                ["employer"] = client.Name, ["employer_domain"] = client.Domain, ["title"] = f.Title(role),
                ["start"] = Factory.Ym(since.Year, since.Month), ["country"] = c.Code, ["verified"] = true,
            });
            var home = f.HomePlan(a);
            var corpShare = 0.5 + 0.4 * Rng.Double();
            var corpDevice = f.Device();
            f.Sessions(a, home with { Ip = () => Rng.Chance(corpShare) ? Rng.Pick(egress) : home.Ip(), Devices = [corpDevice] }, Rng.Int(5, 14));
            f.HonestDefaults(a);
            yield return Label(a, "corporate-vpn-egress", group);
        }
    }

    private static readonly (string Country, string City)[] Coworkings =
    [
        ("PT", "Lisboa"), ("PL", "Warszawa"), ("IN", "Bengaluru"), ("MX", "Ciudad de México"), ("CO", "Medellín"), ("ID", "Denpasar"),
        ("DE", "Berlin"), ("AR", "Buenos Aires"), ("PL", "Kraków"), ("ES", "Barcelona"), ("PT", "Porto"), ("VN", "Đà Nẵng"), ("GB", "London"),
        ("US", "Austin"), ("UA", "Lviv"), ("RO", "Cluj-Napoca"),
    ];

    private int coworkingIndex;

    /// <summary>People who rent desks at the same coworking space and share its internet connection.</summary>
    public IEnumerable<Applicant> Coworking()
    {
        var (cc, cityName) = Coworkings[coworkingIndex++ % Coworkings.Length];
        var c = C(cc);
        var city = c.Cities.First(x => x.Name == cityName);
        var group = Group("coworking");
        var spaceIps = Enumerable.Range(0, Rng.Int(1, 3)).Select(_ => Nets.Home(Rng, cc)).ToList();
        var size = Rng.Int(4, 12);
        for (var i = 0; i < size; i++)
        {
            // Mostly locals, some foreigners living there on a residence permit.
            var origin = Rng.Chance(0.7) ? c : C(Rng.Pick(["DE", "GB", "US", "FR", "NL", "BR", "UA", "PL"]));
            if (origin.Code == c.Code) origin = c;
            var a = f.Person(origin, c, city);
            f.Basics(a, earlier: origin == c ? null : origin);
            if (origin != c)
            {
                a.Documents.Clear();
                a.Documents.Add(f.Document("passport", origin.Code, a.FullName, a.DateOfBirth, a.SubmittedAt, true));
                a.Documents.Add(f.Document("residence_permit", c.Code, a.FullName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.7) ? true : null));
            }
            var home = f.HomePlan(a, 9.5);
            var share = 0.3 + 0.5 * Rng.Double();
            f.Sessions(a, home with { Ip = () => Rng.Chance(share) ? Rng.Pick(spaceIps) : home.Ip() }, Rng.Int(5, 13));
            if (origin != c && Rng.Chance(0.5))
                a.Payments.Add(f.BankAccount(a.FullName, origin, a.SubmittedAt.AddDays(-Rng.Int(1, 20))));
            f.HonestDefaults(a);
            yield return Label(a, "coworking-space", group);
        }
    }

    /// <summary>Someone who keeps a consumer VPN on most of the time.</summary>
    public Applicant PrivacyVpn()
    {
        var c = C(HomeCountry());
        var a = f.Person(c, c);
        f.Basics(a);
        var home = f.HomePlan(a);
        var vpnCountry = Rng.Pick(["RO", "PA", "CH", "SE", "GB"]);
        // Astrill is a mainstream commercial VPN too, popular with expats and travellers in Asia.
        var astrill = Rng.Chance(a.Country.Code is "SG" or "JP" or "VN" or "PH" or "ID" or "AE" ? 0.4 : 0.05);
        var vpnIps = Enumerable.Range(0, Rng.Int(2, 6)).Select(_ => astrill ? Nets.Address(Rng, NetKind.Astrill) : Nets.Address(Rng, NetKind.Vpn, vpnCountry)).ToList();
        var share = 0.4 + 0.5 * Rng.Double();
        f.Sessions(a, home with { Ip = () => Rng.Chance(share) ? Rng.Pick(vpnIps) : home.Ip() }, Rng.Int(4, 12));
        if (Rng.Chance(0.3)) a.Emails[0] = $"{a.Emails[0].Split('@')[0]}@proton.me";
        f.HonestDefaults(a);
        return Label(a, "privacy-vpn-user");
    }

    /// <summary>Night-shift support and on-call engineers: sessions in the local night, sometimes long.</summary>
    public Applicant NightShift()
    {
        var c = C(Rng.Weighted<string>([("IN", 25), ("PH", 25), ("US", 15), ("PL", 8), ("UA", 8), ("EG", 6), ("MX", 6), ("GB", 7)]));
        var a = f.Person(c, c);
        f.Basics(a, role: Rng.Pick(["devops", "backend", "security", "qa"]));
        var plan = f.HomePlan(a) with { StartHour = Rng.Pick([21.0, 22.0, 23.0, 1.0, 2.0]), StartSd = 1.0, MinHours = 6, MaxHours = Rng.Chance(0.3) ? 14 : 10, WeekendShare = 0.3 };
        f.Sessions(a, plan, Rng.Int(5, 14));
        if (Rng.Chance(0.2)) f.Sessions(a, plan with { StartHour = Rng.Normal(12, 4), MinHours = 20, MaxHours = 30 }, 1);
        f.HonestDefaults(a);
        return Label(a, "night-shift-oncall");
    }

    private static readonly Dictionary<string, string> HangulFamily = new()
    {
        ["Kim"] = "김", ["Lee"] = "이", ["Park"] = "박", ["Choi"] = "최", ["Jung"] = "정", ["Kang"] = "강", ["Cho"] = "조", ["Yoon"] = "윤",
        ["Jang"] = "장", ["Lim"] = "임", ["Han"] = "한", ["Oh"] = "오", ["Seo"] = "서", ["Shin"] = "신", ["Kwon"] = "권", ["Hwang"] = "황",
        ["Ahn"] = "안", ["Song"] = "송", ["Yoo"] = "유", ["Hong"] = "홍", ["Jeon"] = "전", ["Ko"] = "고", ["Moon"] = "문", ["Yang"] = "양", ["Baek"] = "백",
    };

    private static readonly Dictionary<string, string> HangulGiven = new()
    {
        ["Min-jun"] = "민준", ["Ji-hoon"] = "지훈", ["Hyun-woo"] = "현우", ["Seung-min"] = "승민", ["Dong-hyun"] = "동현", ["Jae-won"] = "재원",
        ["Sung-ho"] = "성호", ["Tae-yang"] = "태양", ["Joon-young"] = "준영", ["Woo-jin"] = "우진", ["Jin-woo"] = "진우", ["Sang-hoon"] = "상훈",
        ["Yong-soo"] = "용수", ["Kyung-ho"] = "경호", ["Jun-seo"] = "준서", ["Seo-yeon"] = "서연", ["Ji-woo"] = "지우", ["Min-seo"] = "민서",
        ["Ha-eun"] = "하은", ["Su-bin"] = "수빈", ["Ji-eun"] = "지은", ["Hye-jin"] = "혜진", ["Eun-ji"] = "은지", ["Yu-na"] = "유나",
        ["Soo-jin"] = "수진", ["Da-eun"] = "다은", ["Ye-jin"] = "예진", ["Mi-kyung"] = "미경", ["Jung-hwa"] = "정화",
    };

    /// <summary>Honest Korean-American, Korean-Canadian, South Korean and other Korean-speaking engineers: a fairness check.</summary>
    public Applicant Korean(string scenario)
    {
        var kr = C("KR");
        var home = scenario switch
        {
            "korean-american" => C("US"),
            "korean-canadian" => C("CA"),
            "south-korean-engineer" => kr,
            _ => C(Rng.Pick(["DE", "AU", "SG", "JP", "GB", "NL", "US"])),
        };
        var city = home.Code switch
        {
            "US" => home.Cities.Where(x => x.Name is "Los Angeles" or "New York" or "Seattle" or "Atlanta" or "Dallas" or "San Jose" or "San Francisco" or "Brooklyn" or "Chicago").ToList() is var l ? Rng.Pick(l) : null,
            "CA" => Rng.Pick(home.Cities.Where(x => x.Name is "Toronto" or "Vancouver" or "Burnaby" or "Mississauga" or "Calgary").ToList()),
            _ => null,
        };
        var a = f.Person(kr, home, city);
        var diaspora = home.Code != "KR" && scenario != "korean-speaker-abroad";
        var koreanGiven = a.GivenName;
        if (diaspora && Rng.Chance(0.65))
        {
            a.GivenName = Rng.Pick(a.Gender == "female" ? home.Female : home.Male);
            a.OtherNames.Add($"{a.FamilyName} {koreanGiven}");
            a.FullNameOverride = null;
        }
        else if (diaspora) a.FullNameOverride = null;
        if (HangulFamily.TryGetValue(a.FamilyName, out var hf) && HangulGiven.TryGetValue(koreanGiven, out var hg) && Rng.Chance(0.5))
            a.OtherNames.Add(hf + hg);
        a.Nationality = diaspora ? home.Code : "KR";
        if (scenario == "korean-speaker-abroad" && Rng.Chance(0.3)) a.Nationality = home.Code;
        a.Emails.Add(home.Code == "KR" || Rng.Chance(0.15) ? f.Email(a.GivenName, a.FamilyName, Rng.Pick(kr.EmailDomains)) : f.PersonalEmail(a));
        a.Phones.Add(f.Phone(home, a.City));
        if (Rng.Chance(home.Code == "KR" ? 0.6 : 0.2)) a.Messengers.Add(("kakaotalk", f.Handle(a)));
        a.Addresses.Add(f.Address("home", home, a.City));
        if (a.Nationality == home.Code) f.Documents(a);
        else
        {
            a.Documents.Add(f.Document("passport", "KR", a.FullName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.85) ? true : null));
            a.Documents.Add(f.Document("residence_permit", home.Code, a.FullName, a.DateOfBirth, a.SubmittedAt, Rng.Chance(0.7) ? true : null));
        }
        f.Career(a, home, earlier: scenario == "korean-speaker-abroad" && Rng.Chance(0.6) ? kr : null);
        var lang = home.Code == "KR" ? kr.AcceptLanguage
            : Rng.Chance(scenario == "korean-speaker-abroad" ? 0.5 : 0.2) ? "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"
            : Rng.Chance(0.3) ? $"{home.AcceptLanguage.Split(',')[0]},en;q=0.9,ko;q=0.8" : home.AcceptLanguage;
        var plan = f.HomePlan(a, 9.0, lang);
        f.Sessions(a, plan, Rng.Int(4, 12));
        if (home.Code != "KR" && Rng.Chance(0.1))
        {
            // Visiting family in Seoul for a couple of weeks, still working.
            var visit = Nets.Home(Rng, "KR");
            f.Sessions(a, plan with { Ip = () => visit, BrowserZone = "Asia/Seoul", WorkZone = Rng.Chance(0.5) ? "Asia/Seoul" : plan.WorkZone }, Rng.Int(2, 5));
        }
        if (home.Code != "KR" && Rng.Chance(0.04))
            a.Payments.Add(f.BankAccount(a.FullName, kr, a.SubmittedAt.AddDays(-Rng.Int(1, 60))));
        f.HonestDefaults(a);
        return Label(a, scenario);
    }

    /// <summary>Japanese and Australian contractors working in UTC+9 / UTC+10 hours.</summary>
    public Applicant AsiaPacific(string code)
    {
        var c = C(code);
        var a = f.Person(c, c);
        f.Basics(a);
        f.HonestDefaults(a);
        return Label(a, code == "JP" ? "japan-contractor" : "australia-contractor");
    }

    /// <summary>Equipment shipped to a relative's address while the person moves home.</summary>
    public Applicant LaptopToRelative()
    {
        var c = C(HomeCountry("KR"));
        var a = f.Person(c, c);
        f.Basics(a);
        var abroad = Rng.Chance(0.15);
        var relCountry = abroad ? C(Rng.Pick(Countries.HomeWeights.Select(w => w.Code).ToList())) : c;
        var relCity = Rng.Pick(relCountry.Cities);
        var relative = Rng.Pick(["parents", "sister", "brother", "mother", "in-laws", "partner"]);
        var address = f.Address("shipping", relCountry, relCity);
        address["line2"] = $"c/o {Rng.Pick(relCountry.Male)} {(relative is "in-laws" or "partner" ? Rng.Pick(relCountry.Family) : a.FamilyName)}";
        a.Addresses.Add(address.DeepClone().AsObject());
        var changed = Rng.Chance(0.5);
        a.Shipping = f.Shipping(address.DeepClone().AsObject().WithPurpose("equipment"), a.SubmittedAt.AddDays(Rng.Int(1, 10)), changed);
        if (changed || Rng.Chance(0.5))
            a.Requests.Add(f.Request("shipping_address_change", a.SubmittedAt.AddDays(Rng.Int(1, 8)), Rng.Pick([
                $"Moving flats at the end of the month; please send the laptop to my {relative}' place in {relCity.Name}.",
                $"I'll be staying with my {relative} in {relCity.Name} for a few weeks during the move; please ship there.",
                $"Nobody is home during the day; my {relative} can sign for the delivery in {relCity.Name}."])));
        if (abroad) a.Sessions.Clear();
        f.HonestDefaults(a);
        return Label(a, "laptop-to-relative-address");
    }

    /// <summary>Students and interns: young, little history, new profiles.</summary>
    public Applicant Student()
    {
        var c = C(HomeCountry());
        var abroad = Rng.Chance(0.2);
        var study = abroad ? C(Rng.Pick(["DE", "NL", "GB", "CA", "AU", "US", "PL"])) : c;
        var a = f.Person(c, study, minAge: 19, maxAge: 25);
        a.DateOfBirth = new DateOnly(a.SubmittedAt.Year - Rng.Int(19, 25), Rng.Int(1, 13), Rng.Int(1, 29));
        a.Kind = Rng.Chance(0.6) ? "contractor" : "employee";
        a.Emails.Add(f.PersonalEmail(a));
        a.Phones.Add(f.Phone(study, a.City));
        a.Addresses.Add(f.Address("home", study, a.City));
        f.Documents(a);
        var uni = Rng.Pick(study.Universities);
        var startYear = a.SubmittedAt.Year - Rng.Int(1, 4);
        a.Education.Add(new JsonObject
        {
            ["institution"] = uni, ["degree"] = Rng.Pick(["BSc Computer Science (in progress)", "MSc Computer Science (in progress)", "BEng Software Engineering (in progress)"]),
            ["start"] = startYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["end"] = (startYear + 4).ToString(System.Globalization.CultureInfo.InvariantCulture), ["country"] = study.Code,
        });
        if (Rng.Chance(0.5))
        {
            var e = Rng.Pick(study.Employers);
            var s = a.SubmittedAt.AddDays(-Rng.Int(100, 400));
            a.Employment.Add(new JsonObject
            {
                ["employer"] = e.Name, ["employer_domain"] = e.Domain, ["title"] = "Software Engineering Intern",
                ["start"] = Factory.Ym(s.Year, s.Month), ["end"] = Factory.Ym(s.AddMonths(3).Year, s.AddMonths(3).Month), ["country"] = study.Code,
            });
        }
        var gh = a.SubmittedAt.AddDays(-Rng.Int(60, 900));
        a.Profiles.Add(f.Github(f.Handle(a), gh, Rng.Int(0, 30), Rng.Int(1, 25)));
        var role = Rng.Pick(["backend", "frontend", "data", "mobile"]);
        a.Resume = $"{a.FullName}\nStudent, {uni}\nLooking for a part-time internship in {role} development. Coursework: algorithms, databases, distributed systems. Projects: "
            + $"{f.Achieve()}; a {Rng.Pick(Factory.Skills[role])} side project with {Rng.Int(2, 40)} GitHub stars.\nSkills: {string.Join(", ", Factory.Skills[role].Take(4))}";
        if (abroad && Rng.Chance(0.3)) a.Payments.Add(f.BankAccount(a.FullName, c, a.SubmittedAt.AddHours(3)));
        var plan = f.HomePlan(a, 13.0, abroad ? $"{c.AcceptLanguage.Split(',')[0]},en;q=0.8" : null) with { StartSd = 3.0, WeekendShare = 0.35 };
        f.Sessions(a, plan, Rng.Int(3, 9));
        f.HonestDefaults(a);
        return Label(a, "student-intern");
    }

    /// <summary>Crypto payouts where the client's contract allows them, into the person's own wallet.</summary>
    public Applicant CryptoAllowed()
    {
        var c = C(Rng.Weighted<string>([("AR", 20), ("NG", 15), ("TR", 12), ("UA", 12), ("VN", 8), ("BR", 10), ("US", 10), ("PT", 5), ("CO", 8)]));
        var a = f.Person(c, c);
        f.Basics(a, role: Rng.Chance(0.4) ? "blockchain" : null);
        var chain = Rng.Weighted<string>([("ETH", 40), ("SOL", 25), ("BASE", 15), ("BTC", 10), ("TRX", 10)]);
        var added = a.SubmittedAt.AddHours(Rng.Int(2, 48));
        a.Payments.Add(f.Wallet(chain, a.FullName, added));
        if (Rng.Chance(0.5)) a.Payments.Add(f.BankAccount(a.FullName, c, added.AddMinutes(-30)));
        a.Requests.Add(f.Request("crypto_payment", added, Rng.Pick([
            "Client contract allows stablecoin payouts; please pay USDC to my wallet.",
            "Prefer USDC: local bank transfers take a week and lose 6% to FX.",
            "As agreed with the client, monthly invoice paid in USDC."])));
        f.HonestDefaults(a);
        return Label(a, "crypto-payout-allowed");
    }

    private static readonly (string Name, string Slug, string[] Countries)[] Agencies =
    [
        ("BrightBridge Talent", "brightbridge", ["PL", "UA", "RO"]), ("NearShore Nine", "nearshore9", ["MX", "CO", "AR"]),
        ("Kyiv Dev Partners", "kyivdev", ["UA", "PL"]), ("Bangalore Talent Hub", "blrtalent", ["IN"]), ("Manila Code Staffing", "manilacode", ["PH"]),
        ("CodeAtlas Recruiting", "codeatlas", ["PT", "BR", "ES"]), ("Danube Engineers", "danube", ["RO", "RS", "HU", "CZ"]),
        ("Lagos Dev Collective", "lagosdev", ["NG", "EG"]),
    ];

    private int agencyIndex;

    /// <summary>A staffing agency referring many contractors; its résumés share a house template.</summary>
    public IEnumerable<Applicant> Agency()
    {
        var agency = Agencies[agencyIndex++ % Agencies.Length];
        var group = Group("agency");
        var recruiters = Enumerable.Range(0, Rng.Int(1, 4)).Select(i => $"partner-{agency.Slug}-{Rng.Int(1, 60):D2}").ToList();
        var size = Rng.Int(8, 26);
        for (var i = 0; i < size; i++)
        {
            var c = C(Rng.Pick(agency.Countries));
            var a = f.Person(c, c);
            f.Basics(a);
            a.ReferredByExternal = Rng.Pick(recruiters);
            a.Resume = $"Candidate profile prepared by {agency.Name}\n{a.Resume}\nAvailability: {Rng.Pick(["immediately", "2 weeks", "1 month"])}. Contract and invoicing questions: talent@{agency.Slug}.com";
            f.HonestDefaults(a);
            yield return Label(a, "agency-referral", group);
        }
    }

    private static readonly string[] NomadStops = ["PT", "ES", "MX", "ID", "CO", "VN", "AR", "TR", "RO"];

    /// <summary>A digital nomad seen from several countries within weeks.</summary>
    public Applicant Nomad()
    {
        var c = C(Rng.Pick(["DE", "GB", "US", "NL", "FR", "PL", "CA", "AU"]));
        var a = f.Person(c, c);
        f.Basics(a);
        var stops = NomadStops.OrderBy(_ => Rng.Double()).Take(Rng.Int(2, 4)).ToList();
        var start = a.SubmittedAt.AddDays(-30);
        foreach (var stop in stops)
        {
            var sc = C(stop);
            var ip = Nets.Home(Rng, stop);
            var zone = sc.Cities[0].TimeZone;
            f.Sessions(a, f.HomePlan(a) with { Ip = () => ip, WorkZone = zone, BrowserZone = Rng.Chance(0.7) ? zone : a.City.TimeZone }, Rng.Int(2, 5), start, start.AddDays(12));
            start = start.AddDays(12);
        }
        if (Rng.Chance(0.4)) f.Sessions(a, f.HomePlan(a) with { Ip = () => Nets.Address(Rng, NetKind.Vpn, "PA") }, Rng.Int(1, 3));
        f.HonestDefaults(a, sessions: false);
        return Label(a, "digital-nomad");
    }

    /// <summary>Small honest oddities spread over every legitimate record, so no single trait separates the classes.</summary>
    public void Noise(Applicant a)
    {
        if (Rng.Chance(0.015) && a.Sessions.Count > 0)
            a.Sessions[Rng.Int(0, a.Sessions.Count)]["remote_access_tools"] = new JsonArray(Rng.Pick(["rdp", "teamviewer", "chrome-remote-desktop", "anydesk"]));
        if (Rng.Chance(0.012))
            a.Interview = f.Interview(true, true, false, Rng.Pick([
                "Declined camera in the first screen citing bandwidth; second interview on camera from the client's office.",
                "Camera off for religious reasons; identity confirmed through the IDV selfie check.",
                "Joined audio-only from a hospital waiting room (family emergency); video round rescheduled and completed."]));
        if (Rng.Chance(0.02) && a.Payments.Count > 0)
        {
            var at = a.SubmittedAt.AddDays(Rng.Int(10, 60));
            a.Payments.Add(f.BankAccount(a.FullName, a.Country, at));
            a.Requests.Add(f.Request("payout_change", at, "Switched banks for lower fees; new account in my name."));
        }
        if (Rng.Chance(0.01) && a.Profiles.FirstOrDefault(p => (string?)p["site"] == "github") is { } gh)
            gh["created_at"] = Applicant.Time(a.SubmittedAt.AddDays(-Rng.Int(20, 200)));
        if (Rng.Chance(0.006) && a.Sessions.Count > 0)
        {
            // Left logged in over a weekend.
            var s = a.Sessions[Rng.Int(0, a.Sessions.Count)];
            s["ended_at"] = Applicant.Time(DateTime.Parse((string)s["started_at"]!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal).AddHours(Rng.Int(22, 60)));
        }
        if (Rng.Chance(0.01))
            a.Requests.Add(f.Request("off_platform_contact", a.SubmittedAt.AddDays(1), "Asked to move scheduling to WhatsApp; the portal's notifications go to spam."));
        if (Rng.Chance(0.01)) foreach (var d in a.Documents) d["verified"] = false;
    }
}
