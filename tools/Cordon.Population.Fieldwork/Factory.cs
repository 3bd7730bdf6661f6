namespace Cordon.Population.Fieldwork;

/// <summary>How someone's sessions look: where they really are, when they work, from which networks and devices.</summary>
internal sealed class Habit
{
    /// <summary>The time zone the person actually lives in (their working day is in this zone).</summary>
    public string WorkZone = "UTC";
    public double StartHour = 9.5;
    public double StartSd = 1.2;
    public double HoursMean = 5;
    public double WeekendChance = 0.15;
    public int Count = 6;
    public int SpanDays = 35;
    /// <summary>Where each session connects from; weighted.</summary>
    public List<(Func<Rng, string> Ip, double Weight)> Networks = [];
    public List<string> Devices = [];
    public string UserAgent = "";
    public string AcceptLanguage = "en-US,en;q=0.9";
    public string BrowserZone = "UTC";
    public List<string>? RemoteTools;
    public double RemoteToolChance;
    /// <summary>Chance of a very long session (left logged in across a day).</summary>
    public double MarathonChance;
}

/// <summary>Builds ordinary people and the pieces every story needs; stories then change what makes them special.</summary>
internal sealed class Factory(IpPools ips)
{
    public static readonly DateTime WindowStart = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime WindowEnd = new(2026, 10, 31, 0, 0, 0, DateTimeKind.Utc);

    public IpPools Ips { get; } = ips;

    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    ];

    public static string UserAgent(Rng r) => r.Weighted<string>([(UserAgents[0], 6), (UserAgents[1], 3), (UserAgents[2], 2), (UserAgents[3], 4), (UserAgents[4], 3), (UserAgents[5], 2), (UserAgents[6], 1.5), (UserAgents[7], 1), (UserAgents[8], 1.5), (UserAgents[9], 1)]);

    public static string Device(Rng r) => "dev-" + r.Hex(16);

    private static readonly (string Title, string[] Skills, double Weight)[] Professions =
    [
        ("Software Engineer", ["C#", ".NET", "Java", "Spring Boot", "Python", "Django", "Go", "Kubernetes", "AWS", "PostgreSQL", "React", "TypeScript", "Node.js", "Rust", "Terraform", "Kafka"], 30),
        ("Full-Stack Developer", ["React", "Next.js", "Node.js", "TypeScript", "Vue.js", "Laravel", "PHP", "MySQL", "MongoDB", "GraphQL", "Tailwind CSS", "Firebase"], 18),
        ("Mobile Developer", ["Swift", "Kotlin", "Flutter", "React Native", "iOS", "Android", "Firebase", "Jetpack Compose"], 7),
        ("Blockchain Developer", ["Solidity", "Ethereum", "Hardhat", "Rust", "Solana", "Web3.js", "DeFi", "smart-contract audits"], 3),
        ("Data Engineer", ["Python", "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "SQL", "Kafka"], 5),
        ("UI/UX Designer", ["Figma", "Sketch", "Adobe XD", "user research", "prototyping", "design systems", "Illustrator"], 10),
        ("Graphic Designer", ["Photoshop", "Illustrator", "InDesign", "branding", "logo design", "Canva", "After Effects"], 5),
        ("Data Annotator", ["image labelling", "bounding boxes", "text classification", "LLM response rating", "transcription", "Label Studio"], 10),
        ("Content Writer", ["SEO writing", "copywriting", "technical writing", "blog posts", "editing", "WordPress"], 8),
        ("Virtual Assistant", ["customer support", "calendar management", "data entry", "Zendesk", "Excel", "email handling"], 4),
    ];

    public static (string Title, string[] Skills) Profession(Rng r)
    {
        var p = r.Weighted(Professions.Select(x => ((x.Title, x.Skills), x.Weight)).ToList());
        return p;
    }

    public static bool IsDeveloper(string title) => title.Contains("Developer") || title.Contains("Engineer");

    private static readonly (string Name, string Domain)[] GlobalEmployers =
    [
        ("Accenture", "accenture.com"), ("EPAM Systems", "epam.com"), ("Globant", "globant.com"), ("Thoughtworks", "thoughtworks.com"), ("Infosys", "infosys.com"),
        ("Tata Consultancy Services", "tcs.com"), ("Wipro", "wipro.com"), ("Capgemini", "capgemini.com"), ("Shopify", "shopify.com"), ("SAP", "sap.com"),
        ("Booking.com", "booking.com"), ("Revolut", "revolut.com"), ("Deloitte", "deloitte.com"), ("IBM", "ibm.com"), ("Oracle", "oracle.com"),
        ("Endava", "endava.com"), ("SoftServe", "softserveinc.com"), ("Luxoft", "luxoft.com"), ("Toptal", "toptal.com"), ("Automattic", "automattic.com"),
        ("GitLab", "gitlab.com"), ("Canonical", "canonical.com"), ("Appen", "appen.com"), ("TELUS International", "telusinternational.com"), ("Scale AI", "scale.com"),
    ];

    private static readonly string[] LocalEmployerStems = ["Nova", "Blue River", "Pixel", "Northwind", "Brightline", "Cobalt", "Sunrise", "Vertex", "Atlas", "Greenfield", "Lumen", "Harbor", "Summit", "Red Kite", "Orbit", "Quantum Leaf", "Silverline", "Iron Oak"];
    private static readonly string[] LocalEmployerSuffix = ["Software", "Digital", "Labs", "Technologies", "Studio", "Solutions", "Systems", "Media"];

    private static readonly Dictionary<string, (string Name, string Domain)[]> CountryEmployers = new()
    {
        ["US"] = [("Stripe", "stripe.com"), ("Salesforce", "salesforce.com"), ("Capital One", "capitalone.com"), ("Epic Systems", "epic.com"), ("Intuit", "intuit.com"), ("Cerner", "cerner.com"), ("Indeed", "indeed.com")],
        ["IN"] = [("Zoho", "zoho.com"), ("Freshworks", "freshworks.com"), ("Flipkart", "flipkart.com"), ("HCLTech", "hcltech.com"), ("Razorpay", "razorpay.com")],
        ["KR"] = [("Naver", "navercorp.com"), ("Kakao", "kakaocorp.com"), ("Samsung SDS", "samsungsds.com"), ("Coupang", "coupang.com"), ("LINE Plus", "linepluscorp.com"), ("Woowa Brothers", "woowahan.com"), ("Toss", "toss.im"), ("NCSoft", "ncsoft.com")],
        ["JP"] = [("Rakuten", "rakuten.com"), ("Mercari", "mercari.com"), ("CyberAgent", "cyberagent.co.jp"), ("LINE Yahoo", "lycorp.co.jp"), ("NTT Data", "nttdata.com")],
        ["DE"] = [("Zalando", "zalando.com"), ("Delivery Hero", "deliveryhero.com"), ("N26", "n26.com"), ("Siemens", "siemens.com")],
        ["GB"] = [("Monzo", "monzo.com"), ("Ocado Technology", "ocadogroup.com"), ("Deliveroo", "deliveroo.co.uk"), ("BBC", "bbc.co.uk")],
        ["UA"] = [("GlobalLogic", "globallogic.com"), ("Grammarly", "grammarly.com"), ("MacPaw", "macpaw.com"), ("Ajax Systems", "ajax.systems")],
        ["PL"] = [("Allegro", "allegro.pl"), ("Asseco", "asseco.com"), ("STX Next", "stxnext.com")],
        ["BR"] = [("Nubank", "nubank.com.br"), ("iFood", "ifood.com.br"), ("CI&T", "ciandt.com"), ("Stone", "stone.com.br")],
        ["PH"] = [("Accenture Philippines", "accenture.com"), ("Concentrix", "concentrix.com"), ("Globe Telecom", "globe.com.ph")],
        ["PK"] = [("Systems Limited", "systemsltd.com"), ("Arbisoft", "arbisoft.com"), ("10Pearls", "10pearls.com")],
        ["VN"] = [("FPT Software", "fpt-software.com"), ("VNG", "vng.com.vn"), ("KMS Technology", "kms-technology.com")],
        ["CN"] = [("Alibaba", "alibaba.com"), ("Tencent", "tencent.com"), ("ByteDance", "bytedance.com"), ("Huawei", "huawei.com")],
        ["RU"] = [("Yandex", "yandex.ru"), ("Kaspersky", "kaspersky.com"), ("JetBrains", "jetbrains.com"), ("Tinkoff", "tinkoff.ru")],
        ["CA"] = [("Shopify", "shopify.com"), ("Wealthsimple", "wealthsimple.com"), ("Telus", "telus.com")],
        ["AU"] = [("Atlassian", "atlassian.com"), ("Canva", "canva.com"), ("Xero", "xero.com")],
        ["NG"] = [("Andela", "andela.com"), ("Paystack", "paystack.com"), ("Flutterwave", "flutterwave.com")],
        ["AR"] = [("Mercado Libre", "mercadolibre.com"), ("Globant", "globant.com")],
    };

    private static readonly Dictionary<string, string[]> Universities = new()
    {
        ["US"] = ["University of Texas at Austin", "Georgia Institute of Technology", "Arizona State University", "University of Washington", "Ohio State University", "Rutgers University"],
        ["IN"] = ["Anna University", "VIT Vellore", "University of Mumbai", "Jadavpur University", "IIT Bombay", "NIT Trichy", "Amity University"],
        ["KR"] = ["Seoul National University", "Korea University", "Yonsei University", "KAIST", "Sungkyunkwan University", "Hanyang University", "Pusan National University", "Kyungpook National University"],
        ["JP"] = ["University of Tokyo", "Keio University", "Waseda University", "Osaka University", "Kyushu University"],
        ["DE"] = ["Technical University of Munich", "KIT Karlsruhe", "RWTH Aachen", "Humboldt University of Berlin"],
        ["GB"] = ["University of Manchester", "University of Edinburgh", "King's College London", "University of Bristol"],
        ["UA"] = ["Kyiv Polytechnic Institute", "Lviv Polytechnic National University", "Taras Shevchenko National University of Kyiv", "Kharkiv National University of Radio Electronics"],
        ["PL"] = ["Warsaw University of Technology", "AGH University of Krakow", "Wrocław University of Science and Technology"],
        ["BR"] = ["Universidade de São Paulo", "UNICAMP", "UFMG", "UFSC"],
        ["PH"] = ["University of the Philippines", "Ateneo de Manila University", "De La Salle University", "Mapúa University"],
        ["PK"] = ["FAST-NUCES", "LUMS", "NUST", "COMSATS University Islamabad", "University of the Punjab"],
        ["VN"] = ["Hanoi University of Science and Technology", "Ho Chi Minh City University of Technology", "FPT University"],
        ["CN"] = ["Zhejiang University", "Shanghai Jiao Tong University", "Tsinghua University", "Northeastern University (Shenyang)", "Harbin Institute of Technology"],
        ["RU"] = ["ITMO University", "Moscow Institute of Physics and Technology", "Bauman Moscow State Technical University", "Novosibirsk State University"],
        ["NG"] = ["University of Lagos", "Obafemi Awolowo University", "Covenant University", "University of Nigeria, Nsukka"],
        ["CA"] = ["University of Waterloo", "University of Toronto", "McGill University", "University of British Columbia"],
        ["AU"] = ["University of Melbourne", "UNSW Sydney", "Monash University", "University of Queensland"],
    };

    public static string University(Rng r, string country) =>
        Universities.TryGetValue(country, out var list) ? r.Pick(list) : $"{Geography.Get(country).Cities[0].Name} {r.Pick(new[] { "State University", "University of Technology", "Polytechnic", "National University" })}";

    public static (string Name, string Domain) Employer(Rng r, string country)
    {
        double roll = r.NextDouble();
        if (roll < 0.3) return r.Pick(GlobalEmployers);
        if (roll < 0.55 && CountryEmployers.TryGetValue(country, out var list)) return r.Pick(list);
        string name = $"{r.Pick(LocalEmployerStems)} {r.Pick(LocalEmployerSuffix)}";
        string tld = country switch
        {
            "US" => ".com", "GB" => ".co.uk", "DE" => ".de", "FR" => ".fr", "PL" => ".pl", "UA" => ".com.ua", "IN" => ".in", "BR" => ".com.br", "KR" => ".co.kr",
            "JP" => ".co.jp", "NL" => ".nl", "ES" => ".es", "PT" => ".pt", "IT" => ".it", "AU" => ".com.au", "CA" => ".ca", "PK" => ".pk", "PH" => ".ph", _ => ".com",
        };
        return (name, Names.Ascii(name) + tld);
    }

    public static DateTime Submitted(Rng r) => WindowStart.AddMinutes(r.Int(0, (int)(WindowEnd - WindowStart).TotalMinutes));

    public static string YearMonth(DateTime t) => t.ToString("yyyy-MM");

    /// <summary>An ordinary person living in <paramref name="countryCode"/>, with everything consistent.</summary>
    public Applicant Person(Rng r, string countryCode, string? culture = null, int? age = null)
    {
        var c = Geography.Get(countryCode);
        culture ??= c.Culture;
        var (given, family, gender) = Names.Draw(r, culture);
        var city = r.Pick(c.Cities);
        var a = new Applicant
        {
            Kind = r.Weighted<string>([("freelancer", 85), ("contractor", 12), ("job_applicant", 3)]),
            SubmittedAt = Submitted(r),
            Given = given,
            Family = family,
            Gender = r.Chance(0.97) ? gender : "unknown",
            Nationality = countryCode,
            Country = countryCode,
            Region = city.Region,
            City = city.Name,
            Postal = Geography.Postal(r, city.Postal),
            TimeZone = city.TimeZone,
        };
        a.FullName = $"{given} {family}";
        int years = age ?? (int)Math.Clamp(r.Normal(32, 8), 20, 64);
        var born = new DateTime(a.SubmittedAt.Year - years, r.Int(1, 13), r.Int(1, 29), 0, 0, 0, DateTimeKind.Utc);
        a.Dob = born.ToString("yyyy-MM-dd");

        a.Emails.Add(Email(r, given, family, born.Year, r.Pick(c.MailDomains)));
        a.Phones.Add(Geography.Phone(r, c));
        if (r.Chance(0.35)) a.Messengers.Add(Messenger(r, countryCode, given, family));

        a.Addresses.Add(HomeAddress(r, c, city, a.Postal));

        var (title, skills) = Profession(r);
        int experience = Math.Max(0, years - 22 - r.Int(0, 4));
        BuildCareer(r, a, countryCode, title, skills, experience, born);
        AddDocument(r, a, c.Code, r.Chance(0.6) ? "passport" : (countryCode == "US" || countryCode == "CA" || countryCode == "AU" ? "drivers_license" : "national_id"));
        a.PhotoHash = r.Hex(16);
        if (r.Chance(0.5)) a.PhotoSha = r.Hex(64);
        AddOwnPayout(r, a, c);
        if (a.Kind != "freelancer" || r.Chance(0.25)) a.Interview = new Interview { VideoRequested = true, CameraRefused = false };

        a.Sessions.AddRange(Sessions(r, a, HomeHabit(r, a, c)));
        return a;
    }

    public static Address HomeAddress(Rng r, Country c, City city, string postal)
    {
        string street = Geography.LocalStreets.TryGetValue(c.Culture, out var local) ? r.Pick(local) : r.Pick(Geography.Streets);
        string line1 = c.Culture is "us" or "gb" or "ph" or "ng" or "ke" or "in" ? $"{r.Int(1, 9999)} {street}" : $"{street} {r.Int(1, 180)}";
        return new Address
        {
            Purpose = "home", Line1 = line1, Line2 = r.Chance(0.3) ? $"Apt {r.Int(1, 40)}{(char)('A' + r.Int(0, 6))}" : null,
            City = city.Name, Region = city.Region, Postal = postal, Country = c.Code,
        };
    }

    public static string Email(Rng r, string given, string family, int birthYear, string domain)
    {
        string g = Names.Ascii(given), f = Names.Ascii(family);
        string local = r.Int(0, 7) switch
        {
            0 => $"{g}.{f}",
            1 => $"{g}{f}",
            2 => $"{g[0]}{f}",
            3 => $"{g}.{f}{birthYear % 100:00}",
            4 => $"{g}{r.Int(1, 999)}",
            5 => $"{f}.{g}",
            _ => $"{g}_{f}{r.Int(1, 99)}",
        };
        return $"{local}@{domain}";
    }

    public static (string, string) Messenger(Rng r, string country, string given, string family)
    {
        string service = country switch
        {
            "KR" => r.Chance(0.8) ? "kakaotalk" : "telegram",
            "JP" => r.Chance(0.7) ? "line" : "slack",
            "CN" => r.Chance(0.8) ? "wechat" : "telegram",
            "UA" or "RU" or "RS" or "GE" => "telegram",
            "US" or "CA" or "GB" or "AU" => r.Chance(0.5) ? "slack" : "discord",
            _ => r.Chance(0.6) ? "whatsapp" : r.Chance(0.5) ? "telegram" : "skype",
        };
        string handle = service == "whatsapp" ? "+" + r.Digits(11) : $"{Names.Ascii(given)}{Names.Ascii(family)[..Math.Min(3, Names.Ascii(family).Length)]}{r.Int(1, 99)}";
        return (service, handle);
    }

    public static void BuildCareer(Rng r, Applicant a, string country, string title, string[] skills, int experience, DateTime born)
    {
        int endYear = a.SubmittedAt.Year;
        int gradYear = Math.Min(endYear, born.Year + 22 + r.Int(0, 3));
        bool dev = IsDeveloper(title);
        if (r.Chance(0.85))
        {
            a.Schools.Add(new School
            {
                Institution = University(r, country),
                Degree = dev ? r.Pick(new[] { "BSc Computer Science", "BEng Software Engineering", "MSc Computer Science", "BSc Information Technology" })
                             : r.Pick(new[] { "BA Communication", "BA Graphic Design", "BA English", "BSc Mathematics", "BBA", "BA Economics" }),
                Start = (gradYear - 4).ToString(), End = gradYear.ToString(), Country = country, Verified = r.Chance(0.3) ? true : null,
            });
        }
        int year = Math.Max(gradYear, endYear - experience);
        int jobs = experience == 0 ? 0 : Math.Clamp(experience / 3 + r.Int(0, 2), 1, 5);
        for (int i = 0; i < jobs; i++)
        {
            var (name, domain) = Employer(r, country);
            int len = Math.Max(1, experience / jobs + r.Int(-1, 2));
            int startMonth = r.Int(1, 13);
            bool last = i == jobs - 1;
            var job = new Job
            {
                Employer = name, Domain = r.Chance(0.85) ? domain : null, Title = (i == jobs - 1 && experience > 6 ? "Senior " : "") + title,
                Start = $"{year:0000}-{startMonth:00}", End = last && r.Chance(0.5) ? null : $"{Math.Min(year + len, endYear):0000}-{r.Int(1, 13):00}",
                Country = country, Verified = r.Chance(0.55) ? true : r.Chance(0.5) ? null : false,
            };
            a.Jobs.Add(job);
            year = Math.Min(year + len, endYear);
        }
        a.Resume = Resume(r, a.FullName, title, skills, experience);

        if (dev && r.Chance(0.75))
        {
            int created = Math.Clamp(Math.Max(gradYear - 3 - r.Int(0, 3), 2009) + r.Int(0, 4), 2009, endYear);
            var when = new DateTime(created, r.Int(1, 13), r.Int(1, 28), r.Int(0, 24), r.Int(0, 60), 0, DateTimeKind.Utc);
            if (when > a.SubmittedAt) when = a.SubmittedAt.AddDays(-r.Int(30, 400));
            string handle = GithubHandle(r, a.Given, a.Family);
            a.Profiles.Add(new Profile
            {
                Site = "github", Handle = handle, Url = $"https://github.com/{handle}", CreatedAt = when,
                Followers = (int)Math.Max(0, Math.Exp(r.Normal(2.5, 1.3))), Repos = (int)Math.Max(0, r.Normal(12 + experience * 2, 10)),
            });
        }
        if (r.Chance(0.6))
        {
            string handle = $"{Names.Ascii(a.Given)}-{Names.Ascii(a.Family)}-{r.Hex(6)}";
            a.Profiles.Add(new Profile { Site = "linkedin", Handle = handle, Url = $"https://www.linkedin.com/in/{handle}" });
        }
    }

    public static string GithubHandle(Rng r, string given, string family)
    {
        string g = Names.Ascii(given), f = Names.Ascii(family);
        return r.Int(0, 5) switch
        {
            0 => $"{g}{f}",
            1 => $"{g[0]}{f}",
            2 => $"{g}-{f}",
            3 => $"{g}{r.Int(1, 999)}",
            _ => $"{f}{g[0]}{r.Int(1, 99)}",
        };
    }

    private static readonly string[] Openers =
    [
        "{0} with {1} years of experience", "{0} who has spent {1} years shipping products", "Experienced {0} ({1} years)", "{0}, {1} years in the industry",
        "Self-motivated {0} with {1} years behind me", "Detail-oriented {0} with {1} years of hands-on work",
    ];

    private static readonly string[] Domains = ["fintech", "e-commerce", "healthcare", "logistics", "ed-tech", "SaaS", "gaming", "travel", "real estate", "media", "non-profits", "automotive"];

    public static string Resume(Rng r, string name, string title, string[] skills, int experience)
    {
        var picked = skills.OrderBy(_ => r.NextULong()).Take(r.Int(3, 6)).ToList();
        string opener = string.Format(r.Pick(Openers), title.ToLowerInvariant(), Math.Max(1, experience)).Replace("1 years", "1 year", StringComparison.Ordinal).Replace("(1 year)", "(1 year)", StringComparison.Ordinal);
        string s = $"{name}\n{char.ToUpperInvariant(opener[0])}{opener[1..]}. ";
        s += $"Skilled in {string.Join(", ", picked.Take(picked.Count - 1))} and {picked[^1]}. ";
        s += $"Worked with clients in {r.Pick(Domains)} and {r.Pick(Domains)}. ";
        s += r.Int(0, 5) switch
        {
            0 => $"Recently delivered {r.Pick(new[] { "a customer portal", "a data pipeline", "an internal dashboard", "a mobile checkout", "a brand refresh", "a documentation site" })} used by {r.Int(2, 400)}k people. ",
            1 => $"I care about {r.Pick(new[] { "clear communication", "tested, maintainable work", "meeting deadlines", "accessibility", "performance" })} and weekly updates. ",
            2 => $"Completed {r.Int(5, 120)} projects with {r.Int(90, 101)}% job success. ",
            3 => "Open to long-term collaboration. ",
            _ => $"Available {r.Int(10, 41)} hours a week. ",
        };
        return s.TrimEnd();
    }

    public static void AddDocument(Rng r, Applicant a, string country, string type, string? name = null)
    {
        a.Documents.Add(new Document
        {
            Type = type, Country = country,
            Number = country switch { "US" => r.Digits(9), "GB" => r.Digits(9), "KR" => "M" + r.Digits(8), "JP" => "T" + r.FromAlphabet("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + r.Digits(7), "DE" => r.FromAlphabet("CFGHJKLMNPRTVWXYZ0123456789", 9), _ => r.FromAlphabet("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + r.Digits(7) },
            Name = name ?? DocumentName(a, country),
            Dob = a.Dob ?? "1990-01-01",
            Expires = DateOnly.FromDateTime(a.SubmittedAt).AddDays(r.Int(120, 3600)),
            ImageHash = r.Hex(16),
            Verified = r.Chance(0.82),
        });
    }

    /// <summary>How the name is printed on a document: family name first and upper-case in some countries.</summary>
    public static string DocumentName(Applicant a, string country) =>
        country is "KR" or "CN" or "JP" or "VN" ? $"{a.Family.ToUpperInvariant()} {a.Given.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant()}" : $"{a.Given} {a.Family}";

    public static Payment Bank(Rng r, Country c, string holder, DateTime added)
    {
        var p = new Payment { Type = "bank_account", Holder = holder, Country = c.Code, Bank = r.Pick(c.Banks), AddedAt = added };
        if (c.IbanBban is not null)
        {
            p.Iban = Geography.Iban(r, c);
            if (r.Chance(0.5)) p.Swift = r.FromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + c.Code + r.FromAlphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 2);
        }
        else
        {
            p.AccountNumber = r.Digits(r.Int(9, 15));
        }
        return p;
    }

    public static void AddOwnPayout(Rng r, Applicant a, Country c)
    {
        DateTime added = a.SubmittedAt.AddHours(r.Int(1, 240));
        double roll = r.NextDouble();
        if (roll < 0.45) a.Payments.Add(Bank(r, c, a.FullName, added));
        else if (roll < 0.85)
        {
            string provider = r.Weighted<string>([("payoneer", 4), ("wise", 4), ("paypal", 3)]);
            a.Payments.Add(new Payment { Type = "payment_service", Provider = provider, AccountId = a.Emails[0], Holder = a.FullName, Country = c.Code, AddedAt = added });
        }
        else
        {
            a.Payments.Add(Bank(r, c, a.FullName, added));
            a.Payments.Add(new Payment { Type = "payment_service", Provider = r.Pick(new[] { "payoneer", "wise", "paypal" }), AccountId = a.Emails[0], Holder = a.FullName, Country = c.Code, AddedAt = added.AddDays(r.Int(5, 60)) });
        }
    }

    public static Payment Wallet(Rng r, DateTime added, string? chain = null)
    {
        chain ??= r.Weighted<string>([("ETH", 4), ("TRX", 3), ("BTC", 2), ("SOL", 1)]);
        string address = chain switch
        {
            "ETH" => "0x" + r.Hex(40),
            "TRX" => "T" + r.FromAlphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 33),
            "BTC" => "bc1q" + r.FromAlphabet("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38),
            _ => r.FromAlphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44),
        };
        return new Payment { Type = "crypto_wallet", Chain = chain, WalletAddress = address, AddedAt = added };
    }

    /// <summary>Home-line habits of someone living in their claimed place.</summary>
    public Habit HomeHabit(Rng r, Applicant a, Country c)
    {
        string home = Ips.Pick(r, r.Pick(c.HomeAsns), c.Code);
        int mobileAsn = r.Pick(c.MobileAsns);
        string device = Device(r);
        var h = new Habit
        {
            WorkZone = a.TimeZone,
            StartHour = r.Normal(9.3, 1.3),
            HoursMean = r.Normal(5, 1.5),
            Count = r.Int(3, 13),
            Devices = [device],
            UserAgent = UserAgent(r),
            AcceptLanguage = r.Chance(0.55) ? c.AcceptLanguage : "en-US,en;q=0.9",
            BrowserZone = a.TimeZone,
        };
        string homeNear = IpPools.Neighbour(r, home);
        h.Networks.Add((_ => home, 10));
        h.Networks.Add((_ => homeNear, 1.5));
        h.Networks.Add((rr => Ips.Pick(rr, mobileAsn, c.Code), 2));
        if (r.Chance(0.3)) h.Devices.Add(Device(r));
        return h;
    }

    public List<Session> Sessions(Rng r, Applicant a, Habit h)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(h.WorkZone);
        var list = new List<Session>();
        var localStart = TimeZoneInfo.ConvertTimeFromUtc(a.SubmittedAt, tz).Date;
        var used = new HashSet<int>();
        for (int i = 0; i < h.Count; i++)
        {
            int day = i == 0 ? 0 : r.Int(0, h.SpanDays);
            var date = localStart.AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && !r.Chance(h.WeekendChance)) date = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
            double hour = i == 0 ? Math.Max(0, h.StartHour) : h.StartHour + r.Normal(0, h.StartSd) + (r.Chance(0.25) ? r.Int(2, 7) : 0);
            hour = ((hour % 24) + 24) % 24;
            var local = DateTime.SpecifyKind(date.AddHours(hour).AddMinutes(r.Int(0, 60)), DateTimeKind.Unspecified);
            if (tz.IsInvalidTime(local)) local = local.AddHours(1);
            var start = TimeZoneInfo.ConvertTimeToUtc(local, tz);
            if (!used.Add((int)(start - Factory.WindowStart).TotalMinutes)) continue;
            double dur = r.Chance(h.MarathonChance) ? r.Normal(28, 6) : Math.Max(0.2, r.Normal(h.HoursMean, 1.8));
            var s = new Session
            {
                Start = start,
                End = r.Chance(0.9) ? start.AddMinutes((int)(dur * 60)) : null,
                Ip = r.Weighted(h.Networks)(r),
                DeviceId = r.Pick(h.Devices),
                UserAgent = h.UserAgent,
                AcceptLanguage = h.AcceptLanguage,
                BrowserTimeZone = h.BrowserZone,
            };
            if (h.RemoteTools is not null && r.Chance(h.RemoteToolChance)) s.RemoteTools = [.. h.RemoteTools];
            list.Add(s);
        }
        return list;
    }
}
