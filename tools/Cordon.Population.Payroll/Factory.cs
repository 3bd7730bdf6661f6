using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;

namespace Cordon.Population.Payroll;

/// <summary>How a batch of sessions is observed: when the person works, from where, on what.</summary>
internal sealed record SessionPlan(
    string WorkZone,
    double StartHour,
    double StartSd,
    double MinHours,
    double MaxHours,
    Func<string> Ip,
    IReadOnlyList<string> Devices,
    string UserAgent,
    string AcceptLanguage,
    string BrowserZone,
    double WeekendShare = 0.08,
    Func<string[]?>? RemoteTools = null,
    string? AccountId = null);

/// <summary>Building blocks shared by every story: people, addresses, documents, careers, money and sessions.</summary>
internal sealed class Factory(Rng rng, Networks nets)
{
    public Rng Rng => rng;
    public Networks Nets => nets;

    /// <summary>The window in which records were submitted.</summary>
    public static readonly DateTime WindowStart = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime WindowEnd = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    public static readonly Dictionary<string, string> CountryNames = new()
    {
        ["US"] = "USA", ["CA"] = "Canada", ["MX"] = "Mexico", ["BR"] = "Brazil", ["AR"] = "Argentina", ["CO"] = "Colombia",
        ["PT"] = "Portugal", ["ES"] = "Spain", ["PL"] = "Poland", ["UA"] = "Ukraine", ["RU"] = "Russia", ["RO"] = "Romania",
        ["DE"] = "Germany", ["GB"] = "UK", ["NL"] = "Netherlands", ["FR"] = "France", ["CZ"] = "Czechia", ["HU"] = "Hungary",
        ["RS"] = "Serbia", ["TR"] = "Türkiye", ["IN"] = "India", ["PK"] = "Pakistan", ["AE"] = "UAE", ["PH"] = "Philippines",
        ["VN"] = "Vietnam", ["ID"] = "Indonesia", ["SG"] = "Singapore", ["JP"] = "Japan", ["KR"] = "South Korea",
        ["AU"] = "Australia", ["NZ"] = "New Zealand", ["EG"] = "Egypt", ["NG"] = "Nigeria", ["CN"] = "China",
    };

    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36 Edg/134.0.0.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36",
    ];

    public static readonly string[] MobileAgents =
    [
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    ];

    public static readonly Dictionary<string, string[]> Skills = new()
    {
        ["backend"] = ["Java", "Kotlin", "Spring Boot", "Go", "PostgreSQL", "Kafka", "Redis", "gRPC", "C#", ".NET", "Node.js", "Python", "Django", "FastAPI", "MySQL", "RabbitMQ", "Elixir", "Rust"],
        ["frontend"] = ["React", "TypeScript", "Next.js", "Vue", "Angular", "Redux", "GraphQL", "CSS", "Tailwind", "Storybook", "Webpack", "Cypress", "Svelte"],
        ["mobile"] = ["Swift", "SwiftUI", "Kotlin", "Jetpack Compose", "Flutter", "Dart", "React Native", "Firebase", "Objective-C"],
        ["data"] = ["Python", "SQL", "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "pandas", "Kafka", "Databricks", "Looker", "scikit-learn", "PyTorch"],
        ["devops"] = ["Kubernetes", "Terraform", "AWS", "GCP", "Azure", "Docker", "Prometheus", "Grafana", "Ansible", "GitHub Actions", "ArgoCD", "Linux", "Helm"],
        ["qa"] = ["Selenium", "Playwright", "Cypress", "Postman", "JMeter", "TestRail", "Java", "Python", "Appium"],
        ["blockchain"] = ["Solidity", "Rust", "Ethers.js", "Hardhat", "Foundry", "Web3.js", "Node.js", "React", "TypeScript", "Substrate"],
        ["security"] = ["SIEM", "Splunk", "Burp Suite", "AWS", "Python", "Kubernetes", "OWASP", "IAM"],
    };

    private static readonly Dictionary<string, string[]> Titles = new()
    {
        ["backend"] = ["Backend Engineer", "Software Engineer", "Senior Software Engineer", "Java Developer", "Backend Developer", "Staff Engineer"],
        ["frontend"] = ["Frontend Engineer", "Frontend Developer", "UI Engineer", "Senior Frontend Engineer", "Full Stack Developer"],
        ["mobile"] = ["iOS Developer", "Android Engineer", "Mobile Engineer", "Senior Mobile Developer"],
        ["data"] = ["Data Engineer", "Data Scientist", "Analytics Engineer", "Machine Learning Engineer"],
        ["devops"] = ["DevOps Engineer", "Site Reliability Engineer", "Platform Engineer", "Cloud Engineer"],
        ["qa"] = ["QA Engineer", "QA Automation Engineer", "Test Engineer", "SDET"],
        ["blockchain"] = ["Blockchain Developer", "Smart Contract Engineer", "Full Stack Web3 Developer"],
        ["security"] = ["Security Engineer", "Cloud Security Engineer", "SOC Analyst"],
    };

    public static readonly (string Role, int Weight)[] Roles =
        [("backend", 30), ("frontend", 22), ("mobile", 10), ("data", 12), ("devops", 12), ("qa", 8), ("blockchain", 3), ("security", 3)];

    private static readonly string[] Achievements =
    [
        "cut p95 latency of the checkout API by {n}%", "migrated {k} services from a monolith to Kubernetes",
        "built the internal feature-flag service used by {k} teams", "reduced cloud spend by {n}% through rightsizing",
        "introduced contract tests and halved production incidents", "led a team of {s} engineers on the payments rewrite",
        "designed the event pipeline processing {k} million messages a day", "shipped the new onboarding flow, raising activation by {n}%",
        "maintained the design system across {s} product teams", "automated release notes and regression suites",
        "owned the on-call rotation for the billing platform", "moved nightly batch jobs to streaming with Kafka",
        "rebuilt the search index, improving relevance by {n}%", "mentored {s} junior developers",
        "wrote the data-retention tooling for GDPR requests", "ported the Android app to Jetpack Compose",
        "set up observability with Prometheus and Grafana for {k} services", "built ETL jobs feeding the finance warehouse",
        "hardened IAM policies after a penetration test", "integrated {s} payment providers", "ran A/B tests on pricing pages",
        "replaced a legacy SOAP integration with REST and gRPC", "built offline sync for the field-service app",
        "introduced trunk-based development and CI in under {s} weeks", "cut build times from {k} to {s} minutes",
    ];

    private static readonly string[] Summaries =
    [
        "{title} with {y} years of experience in {d}. Comfortable owning features end to end, from design notes to production support.",
        "I build and run {d} systems. {y} years in industry, most recently at {last}. I like small teams, code review and boring, reliable releases.",
        "{y}+ years as a {title_l}. Main stack: {s1}, {s2} and {s3}. Looking for a long-term remote contract with overlap to {zone} hours.",
        "Pragmatic engineer ({y} years) focused on {d}. Previously {last}. Strong in {s1} and {s2}; learning {s3}.",
        "{title} based in {city}. I have spent {y} years on {d}, with a soft spot for testing and documentation.",
        "Hands-on {title_l}, {y} years. I care about measurable outcomes: latency, cost, incident counts. Stack: {s1}, {s2}, {s3}.",
        "Software developer since {since}. Worked in agencies and product companies on {d}. Fluent English, async-friendly.",
        "{title} – {y} yrs. {s1} / {s2} / {s3}. Open to contract work through my own company or directly.",
    ];

    private static readonly Dictionary<string, string> Domains = new()
    {
        ["backend"] = "backend services and APIs", ["frontend"] = "web front ends", ["mobile"] = "mobile apps",
        ["data"] = "data platforms and analytics", ["devops"] = "cloud infrastructure and CI/CD", ["qa"] = "test automation",
        ["blockchain"] = "blockchain and DeFi applications", ["security"] = "cloud security",
    };

    // ---------------------------------------------------------------- text helpers

    /// <summary>ASCII form of a name for e-mail local parts and handles.</summary>
    public static string Ascii(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            var c = ch switch { 'ł' => 'l', 'Ł' => 'L', 'đ' => 'd', 'Đ' => 'D', 'ø' => 'o', 'ı' => 'i', 'ß' => 's', _ => ch };
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128) sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Slug(string s) => new([.. Ascii(s).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    public DateTime SubmitTime() =>
        WindowStart.AddMinutes(rng.Long(0, (long)(WindowEnd - WindowStart).TotalMinutes));

    public DateTime Between(DateTime a, DateTime b) => a.AddMinutes(rng.Long(0, Math.Max(1, (long)(b - a).TotalMinutes)));

    public string Device() => "dev-" + rng.Hex(16);

    public string UserAgent() => rng.Pick(UserAgents);

    public static string Ym(int year, int month) => $"{year:D4}-{month:D2}";

    // ---------------------------------------------------------------- people

    /// <summary>A person named as in <paramref name="origin"/> and living in <paramref name="home"/>.</summary>
    public Applicant Person(Country origin, Country home, City? city = null, string? gender = null, int minAge = 23, int maxAge = 56)
    {
        var a = new Applicant
        {
            Country = home,
            City = city ?? rng.Pick(home.Cities),
            Nationality = origin.Code,
            SubmittedAt = SubmitTime(),
            Kind = rng.Weighted<string>([("contractor", 62), ("employee", 22), ("payee", 16)]),
        };
        a.Gender = gender ?? (rng.Chance(0.3) ? "female" : "male");
        if (rng.Chance(0.03)) a.Gender = rng.Chance(0.5) ? "other" : "unknown";
        var names = a.Gender == "female" ? origin.Female : a.Gender == "male" ? origin.Male : rng.Chance(0.5) ? origin.Male : origin.Female;
        a.GivenName = rng.Pick(names);
        a.FamilyName = rng.Pick(origin.Family);
        if (origin.Code is "KR" or "JP" or "CN" or "VN" or "HU" && rng.Chance(0.25)) a.FullNameOverride = $"{a.FamilyName} {a.GivenName}";
        var age = (int)Math.Clamp(rng.Normal(33, 7), minAge, maxAge);
        a.DateOfBirth = new DateOnly(a.SubmittedAt.Year - age, rng.Int(1, 13), rng.Int(1, 29));
        a.PhotoHash = rng.Hex(16);
        if (rng.Chance(0.7)) a.PhotoSha = rng.Hex(64);
        return a;
    }

    public string Email(string given, string family, string? domain = null)
    {
        var g = Slug(given);
        var f = Slug(family);
        var local = rng.Int(0, 7) switch
        {
            0 => $"{g}.{f}", 1 => $"{g}{f}", 2 => $"{g[0]}{f}", 3 => $"{g}.{f}{rng.Int(1, 99)}", 4 => $"{g}_{f}",
            5 => $"{f}.{g}", _ => $"{g}{f[..Math.Min(3, f.Length)]}{rng.Int(80, 100)}",
        };
        return $"{local}@{domain ?? rng.Pick(CountryDefaults(null))}";
    }

    private static string[] CountryDefaults(Country? c) => c?.EmailDomains ?? ["gmail.com", "outlook.com", "proton.me"];

    public string PersonalEmail(Applicant a, Country? c = null) => Email(a.GivenName, a.FamilyName, rng.Pick((c ?? a.Country).EmailDomains));

    public string Phone(Country c, City? city = null)
    {
        var area = city?.AreaCode is { Length: > 0 } code ? code : c.Cities.Select(x => x.AreaCode).FirstOrDefault(x => x.Length > 0) ?? "";
        var text = rng.Fill(c.PhonePattern.Replace("{A}", area, StringComparison.Ordinal));
        // People type numbers in many ways; E.164 is preferred but not guaranteed.
        return rng.Int(0, 3) == 0 ? new string([.. text.Where(ch => ch == '+' || char.IsAsciiDigit(ch))]) : text;
    }

    public JsonObject Address(string purpose, Country c, City city, string? line1 = null)
    {
        var o = new JsonObject { ["purpose"] = purpose, ["line1"] = line1 ?? Street(c) };
        if (c.Code is "US" or "CA" && rng.Chance(0.35)) o["line2"] = $"Apt {rng.Int(1, 40)}{(rng.Chance(0.3) ? "B" : "")}";
        else if (c.Code == "GB" && rng.Chance(0.3)) o["line2"] = $"Flat {rng.Int(1, 20)}";
        o["city"] = city.Name;
        o["region"] = city.Region;
        if (city.PostalPattern.Length > 0) o["postal_code"] = rng.Fill(city.PostalPattern);
        o["country"] = c.Code;
        return o;
    }

    public string Street(Country c)
    {
        var street = rng.Pick(c.Streets);
        if (c.Code == "JP") return $"{street} {rng.Int(1, 30)}-{rng.Int(1, 20)}";
        var n = c.Code switch { "US" => rng.Int(1, 9800), "CA" => rng.Int(1, 3000), _ => c.NumberFirst ? rng.Int(1, 250) : rng.Int(1, 180) };
        return c.NumberFirst ? $"{n} {street}" : $"{street} {n}";
    }

    public JsonObject Document(string type, string issuing, string name, DateOnly dob, DateTime submitted, bool? verified)
    {
        var pattern = type switch
        {
            "passport" => issuing == "US" ? "5########" : "@@#######",
            "national_id" => "##########",
            "drivers_license" => issuing == "US" ? "@########" : "##########",
            "residence_permit" => "@@#######",
            _ => "#########",
        };
        var expires = DateOnly.FromDateTime(submitted).AddDays(rng.Int(120, 3600));
        var o = new JsonObject
        {
            ["type"] = type,
            ["issuing_country"] = issuing,
            ["number"] = rng.Fill(pattern),
            ["name_on_document"] = name,
            ["date_of_birth"] = Applicant.Date(dob),
            ["expires_on"] = Applicant.Date(expires),
            ["image_hash"] = rng.Hex(16),
        };
        if (verified is { } v) o["verified"] = v;
        return o;
    }

    /// <summary>An ordinary document set: a passport of the nationality, plus a local ID or licence for residents.</summary>
    public void Documents(Applicant a, double verifiedShare = 0.82)
    {
        bool? Verified() => rng.Chance(verifiedShare) ? true : rng.Chance(0.9) ? null : false;
        var ownCountry = a.Nationality == a.Country.Code;
        var type = ownCountry
            ? rng.Weighted<string>([("passport", 45), ("national_id", 30), ("drivers_license", 25)])
            : rng.Weighted<string>([("passport", 70), ("residence_permit", 30)]);
        if (a.Nationality == "US" && type == "national_id") type = "drivers_license";
        var issuing = type == "residence_permit" ? a.Country.Code : a.Nationality;
        a.Documents.Add(Document(type, issuing, a.FullNameOverride ?? $"{a.GivenName} {a.FamilyName}", a.DateOfBirth, a.SubmittedAt, Verified()));
        if (!ownCountry && type == "passport" && rng.Chance(0.5))
            a.Documents.Add(Document("residence_permit", a.Country.Code, $"{a.GivenName} {a.FamilyName}", a.DateOfBirth, a.SubmittedAt, Verified()));
    }

    // ---------------------------------------------------------------- career

    /// <summary>Employment, education, online profiles and a résumé consistent with the person's age and countries.</summary>
    public string Career(Applicant a, Country workedIn, string? role = null, Country? earlier = null, int? forceYears = null)
    {
        role ??= rng.Weighted(Roles);
        var nowYear = a.SubmittedAt.Year;
        var gradYear = forceYears is { } claimedYears ? nowYear - claimedYears : a.DateOfBirth.Year + 22 + rng.Int(0, 3);
        var years = forceYears ?? Math.Max(0, nowYear - gradYear);
        var uniCountry = earlier ?? Countries.ByCode[a.Nationality];
        var degree = rng.Weighted<string>([("BSc Computer Science", 40), ("BEng Software Engineering", 15), ("MSc Computer Science", 15),
            ("BSc Information Technology", 10), ("BSc Mathematics", 6), ("BSc Electrical Engineering", 6), ("MEng Computer Engineering", 8)]);
        var edu = new JsonObject
        {
            ["institution"] = rng.Pick(uniCountry.Universities),
            ["degree"] = degree,
            ["start"] = (gradYear - 4).ToString(CultureInfo.InvariantCulture),
            ["end"] = gradYear.ToString(CultureInfo.InvariantCulture),
            ["country"] = uniCountry.Code,
        };
        if (rng.Chance(0.3)) edu["verified"] = true;
        a.Education.Add(edu);

        var jobs = years <= 0 ? 0 : Math.Min(years <= 3 ? 1 : years <= 8 ? rng.Int(1, 4) : rng.Int(2, 5), 4);
        var cursor = new DateTime(gradYear, rng.Int(6, 11), 1, 0, 0, 0, DateTimeKind.Utc);
        var span = (a.SubmittedAt - cursor).TotalDays / Math.Max(1, jobs);
        var used = new HashSet<string>();
        for (var i = 0; i < jobs; i++)
        {
            var country = earlier is not null && i < jobs - 1 ? earlier : workedIn;
            var employer = rng.Pick(country.Employers);
            if (!used.Add(employer.Name)) employer = rng.Pick(country.Employers);
            var start = cursor;
            var end = i == jobs - 1 && rng.Chance(0.35) ? (DateTime?)null : cursor.AddDays(span * (0.75 + 0.25 * rng.Double()));
            var title = (i == jobs - 1 && years > 6 ? "Senior " : "") + rng.Pick(Titles[role]).Replace("Senior ", "", StringComparison.Ordinal);
            var job = new JsonObject
            {
                ["employer"] = employer.Name,
                ["employer_domain"] = employer.Domain,
                ["title"] = title,
                ["start"] = Ym(start.Year, start.Month),
            };
            if (end is { } e) job["end"] = Ym(e.Year, e.Month);
            job["country"] = country.Code;
            if (rng.Chance(0.62)) job["verified"] = true;
            else if (rng.Chance(0.05)) job["verified"] = false;
            a.Employment.Add(job);
            cursor = (end ?? a.SubmittedAt).AddDays(rng.Int(0, 60));
        }

        // Profiles: created around university or the first job, as real developers' are.
        if (rng.Chance(0.8))
        {
            var created = new DateTime(gradYear - rng.Int(0, 4), rng.Int(1, 13), rng.Int(1, 28), rng.Int(0, 24), rng.Int(0, 60), 0, DateTimeKind.Utc);
            if (created > a.SubmittedAt) created = a.SubmittedAt.AddDays(-rng.Int(30, 400));
            a.Profiles.Add(Github(Handle(a), created, (int)Math.Exp(rng.Normal(2.6, 1.3)), rng.Int(2, 90)));
        }
        if (rng.Chance(0.85))
        {
            var created = new DateTime(gradYear - rng.Int(0, 2), rng.Int(1, 13), rng.Int(1, 28), rng.Int(0, 24), rng.Int(0, 60), 0, DateTimeKind.Utc);
            if (created > a.SubmittedAt) created = a.SubmittedAt.AddDays(-rng.Int(30, 300));
            a.Profiles.Add(new JsonObject
            {
                ["site"] = "linkedin",
                ["handle"] = Handle(a, "-"),
                ["url"] = $"https://www.linkedin.com/in/{Handle(a, "-")}",
                ["created_at"] = Applicant.Time(created),
                ["followers"] = (int)Math.Exp(rng.Normal(5.5, 1.0)),
            });
        }
        a.Resume = Resume(a, role, years, workedIn);
        return role;
    }

    public string Title(string role) => rng.Pick(Titles[role]);

    public string Handle(Applicant a, string sep = "")
    {
        var g = Slug(a.GivenName);
        var f = Slug(a.FamilyName);
        return rng.Int(0, 4) switch
        {
            0 => $"{g}{sep}{f}", 1 => $"{g[0]}{f}", 2 => $"{g}{sep}{f}{sep}{rng.Int(1, 999)}", _ => $"{f}{sep}{g}",
        };
    }

    public JsonObject Github(string handle, DateTime created, int followers, int repos) => new()
    {
        ["site"] = "github",
        ["handle"] = handle,
        ["url"] = $"https://github.com/{handle}",
        ["created_at"] = Applicant.Time(created),
        ["followers"] = Math.Max(0, followers),
        ["public_repositories"] = Math.Max(0, repos),
    };

    public string Resume(Applicant a, string role, int years, Country workedIn)
    {
        var skills = Skills[role].OrderBy(_ => rng.Double()).Take(rng.Int(5, 9)).ToList();
        var title = rng.Pick(Titles[role]);
        var last = a.Employment.Count > 0 ? (string)a.Employment[^1]["employer"]! : "freelance projects";
        var summary = rng.Pick(Summaries)
            .Replace("{title}", title, StringComparison.Ordinal)
            .Replace("{title_l}", title.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{y}", Math.Max(1, years).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{d}", Domains[role], StringComparison.Ordinal)
            .Replace("{last}", last, StringComparison.Ordinal)
            .Replace("{s1}", skills[0], StringComparison.Ordinal)
            .Replace("{s2}", skills[1], StringComparison.Ordinal)
            .Replace("{s3}", skills[2], StringComparison.Ordinal)
            .Replace("{city}", a.City.Name, StringComparison.Ordinal)
            .Replace("{zone}", rng.Pick(["US East", "European", "US Pacific", "UK", "APAC"]), StringComparison.Ordinal)
            .Replace("{since}", (a.SubmittedAt.Year - Math.Max(1, years)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var sb = new StringBuilder();
        sb.Append(a.FullName).Append('\n');
        sb.Append(title).Append(" | ").Append(a.City.Name).Append(", ").Append(CountryNames.GetValueOrDefault(workedIn.Code, workedIn.Code)).Append('\n');
        sb.Append(summary).Append('\n');
        foreach (var job in a.Employment.AsEnumerable().Reverse())
        {
            var ach = Achieve();
            sb.Append("- ").Append((string)job["title"]!).Append(", ").Append((string)job["employer"]!).Append(" (")
              .Append((string)job["start"]!).Append(" to ").Append(job["end"] is { } e ? (string)e! : "present").Append("): ").Append(ach).Append('\n');
        }
        sb.Append("Skills: ").Append(string.Join(", ", skills));
        return sb.ToString();
    }

    public string Achieve() => rng.Pick(Achievements)
        .Replace("{n}", rng.Int(12, 70).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{k}", rng.Int(3, 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{s}", rng.Int(2, 8).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // ---------------------------------------------------------------- money

    public JsonObject BankAccount(string holder, Country c, DateTime added)
    {
        var bank = rng.Pick(c.Banks);
        var o = new JsonObject { ["type"] = "bank_account", ["holder_name"] = holder, ["country"] = c.Code, ["bank_name"] = bank.Name };
        if (c.IbanBban is { } bban) o["iban"] = Iban(c.Code, rng.Fill(bban.Replace('9', '#').Replace('A', '@')));
        else o["account_number"] = rng.Digits(c.Code switch { "US" => rng.Int(9, 13), "IN" => rng.Int(11, 15), "AU" => 9, "JP" => 7, "KR" => rng.Int(11, 15), _ => rng.Int(8, 13) });
        o["swift"] = bank.Swift;
        o["added_at"] = Applicant.Time(added);
        return o;
    }

    public JsonObject BankAccountAt(string holder, string country, string bankName, string swift, DateTime added, bool iban)
    {
        var o = new JsonObject { ["type"] = "bank_account", ["holder_name"] = holder, ["country"] = country, ["bank_name"] = bankName };
        if (iban) o["iban"] = Iban(country, rng.Digits(18));
        else o["account_number"] = rng.Digits(rng.Int(9, 13));
        o["swift"] = swift;
        o["added_at"] = Applicant.Time(added);
        return o;
    }

    /// <summary>An IBAN with correct ISO 7064 mod-97 check digits.</summary>
    public static string Iban(string country, string bban)
    {
        var digits = new StringBuilder();
        foreach (var ch in bban + country + "00")
            digits.Append(char.IsAsciiLetter(ch) ? (ch - 'A' + 10).ToString(CultureInfo.InvariantCulture) : ch.ToString());
        var check = 98 - (int)(BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture) % 97);
        return $"{country}{check:D2}{bban}";
    }

    public JsonObject PaymentService(string provider, string accountId, string holder, string country, DateTime added) => new()
    {
        ["type"] = "payment_service",
        ["holder_name"] = holder,
        ["country"] = country,
        ["provider"] = provider,
        ["account_id"] = accountId,
        ["added_at"] = Applicant.Time(added),
    };

    public JsonObject Wallet(string chain, string holder, DateTime added, string? address = null) => new()
    {
        ["type"] = "crypto_wallet",
        ["holder_name"] = holder,
        ["chain"] = chain,
        ["address"] = address ?? WalletAddress(chain),
        ["added_at"] = Applicant.Time(added),
    };

    public string WalletAddress(string chain)
    {
        const string b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        string B58(int n) => new([.. Enumerable.Range(0, n).Select(_ => b58[rng.Int(0, b58.Length)])]);
        return chain switch
        {
            "ETH" or "USDC-ETH" or "BASE" or "ARB" => "0x" + rng.Hex(40),
            "TRX" => "T" + B58(33),
            "BTC" => "bc1q" + new string([.. rng.Hex(38).Select(ch => ch == '1' ? 'q' : ch)]),
            "SOL" => B58(44),
            _ => "0x" + rng.Hex(40),
        };
    }

    // ---------------------------------------------------------------- sessions

    public static DateTime ToUtc(DateTime local, string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (tz.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, tz);
    }

    /// <summary>Adds <paramref name="count"/> sessions over the weeks around submission.</summary>
    public void Sessions(Applicant a, SessionPlan plan, int count, DateTime? from = null, DateTime? to = null)
    {
        var start = from ?? a.SubmittedAt.AddDays(-rng.Int(10, 35));
        var end = to ?? a.SubmittedAt.AddDays(rng.Int(5, 40));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(plan.WorkZone);
        for (var i = 0; i < count; i++)
        {
            var dayUtc = Between(start, end);
            var localDay = TimeZoneInfo.ConvertTimeFromUtc(dayUtc, tz).Date;
            for (var tries = 0; tries < 5 && localDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && !rng.Chance(plan.WeekendShare); tries++)
                localDay = localDay.AddDays(1);
            var hour = plan.StartHour + rng.Normal(0, plan.StartSd);
            var local = localDay.AddMinutes(Math.Round(hour * 60));
            var started = ToUtc(local, plan.WorkZone);
            var hours = plan.MinHours + (plan.MaxHours - plan.MinHours) * rng.Double();
            var s = new JsonObject
            {
                ["started_at"] = Applicant.Time(started),
                ["ended_at"] = Applicant.Time(started.AddMinutes(Math.Round(hours * 60))),
                ["ip"] = plan.Ip(),
            };
            if (plan.AccountId is not null) s["account_id"] = plan.AccountId;
            s["device_id"] = rng.Pick(plan.Devices);
            s["user_agent"] = plan.UserAgent;
            s["accept_language"] = plan.AcceptLanguage;
            s["browser_time_zone"] = plan.BrowserZone;
            if (plan.RemoteTools?.Invoke() is { Length: > 0 } tools) s["remote_access_tools"] = new JsonArray([.. tools.Select(t => (JsonNode)t)]);
            a.Sessions.Add(s);
        }
    }

    /// <summary>An ordinary day worker at home: one or two home addresses of a local ISP, sometimes mobile.</summary>
    public SessionPlan HomePlan(Applicant a, double startHour = 9.0, string? lang = null)
    {
        var homeIps = Enumerable.Range(0, rng.Int(1, 3)).Select(_ => nets.Home(rng, a.Country.Code)).ToList();
        var mobile = nets.Has(NetKind.Mobile, a.Country.Code) && rng.Chance(0.3);
        return new SessionPlan(a.City.TimeZone, startHour + rng.Normal(0, 0.8), 1.1, 0.5, 9.5,
            () => mobile && rng.Chance(0.15) ? nets.Address(rng, NetKind.Mobile, a.Country.Code) : rng.Pick(homeIps),
            Enumerable.Range(0, rng.Chance(0.25) ? 2 : 1).Select(_ => Device()).ToList(), UserAgent(),
            lang ?? a.Country.AcceptLanguage, a.City.TimeZone,
            AccountId: rng.Chance(0.4) ? "acct-" + rng.Hex(10) : null);
    }

    public JsonObject Interview(bool requested = true, bool cameraRefused = false, bool inPersonRefused = false, string? notes = null)
    {
        var o = new JsonObject { ["video_requested"] = requested, ["camera_refused"] = cameraRefused };
        if (inPersonRefused) o["in_person_refused"] = true;
        if (notes is not null) o["notes"] = notes;
        return o;
    }

    public JsonObject Shipping(JsonObject address, DateTime requested, bool changed) => new()
    {
        ["address"] = address,
        ["requested_at"] = Applicant.Time(requested),
        ["changed_after_offer"] = changed,
    };

    public JsonObject Request(string type, DateTime at, string detail) => new()
    {
        ["at"] = Applicant.Time(at),
        ["type"] = type,
        ["detail"] = detail,
    };

    public static readonly string[] LegitInterviewNotes =
    [
        "Technical interview with the client's tech lead; camera on throughout.",
        "Two rounds on video; pair-programming exercise completed.",
        "Video call with hiring manager; references checked by phone.",
        "Camera on; discussed previous projects in depth.",
        "Client interview on Zoom, camera on; identity check passed.",
    ];

    /// <summary>The common tail of every honest record: money, sessions, interview and equipment.</summary>
    public void HonestDefaults(Applicant a, bool sessions = true, double startHour = 9.0)
    {
        var added = a.SubmittedAt.AddHours(rng.Int(1, 96));
        if (a.Payments.Count == 0)
        {
            if (rng.Chance(0.82)) a.Payments.Add(BankAccount(a.FullName, a.Country, added));
            else
            {
                var provider = rng.Weighted<string>([("wise", 45), ("payoneer", 30), ("paypal", 20), ("revolut", 5)]);
                a.Payments.Add(PaymentService(provider, a.Emails.Count > 0 ? a.Emails[0] : PersonalEmail(a), a.FullName, a.Country.Code, added));
            }
        }
        if (sessions && a.Sessions.Count == 0) Sessions(a, HomePlan(a, startHour), rng.Int(3, 12));
        a.Interview ??= rng.Chance(0.9)
            ? Interview(true, false, false, rng.Chance(0.5) ? rng.Pick(LegitInterviewNotes) : null)
            : Interview(false);
        if (a.Shipping is null && a.Kind != "payee" && rng.Chance(0.6) && a.Addresses.Count > 0)
            a.Shipping = Shipping(a.Addresses[0].DeepClone().AsObject().WithPurpose("equipment"), a.SubmittedAt.AddDays(rng.Int(1, 12)), false);
    }

    /// <summary>The ordinary first part of a record: contacts, home address, documents, career.</summary>
    public string Basics(Applicant a, Country? earlier = null, string? role = null)
    {
        a.Emails.Add(PersonalEmail(a));
        a.Phones.Add(Phone(a.Country, a.City));
        if (rng.Chance(0.35)) a.Messengers.Add((rng.Weighted<string>([("slack", 30), ("telegram", 25), ("whatsapp", 30), ("signal", 10), ("discord", 5)]), Handle(a)));
        a.Addresses.Add(Address("home", a.Country, a.City));
        Documents(a);
        var chosen = Career(a, a.Country, role, earlier);
        if (rng.Chance(0.4))
        {
            var refCountry = earlier ?? a.Country;
            var rg = rng.Pick(rng.Chance(0.5) ? refCountry.Male : refCountry.Female);
            var rf = rng.Pick(refCountry.Family);
            var employer = a.Employment.Count > 0 ? (string)a.Employment[^1]["employer_domain"]! : "gmail.com";
            a.References.Add(new JsonObject
            {
                ["name"] = $"{rg} {rf}",
                ["email"] = Email(rg, rf, employer),
                ["phone"] = Phone(refCountry),
                ["relationship"] = rng.Pick(["former manager", "team lead", "colleague", "client"]),
            });
        }
        return chosen;
    }
}

/// <summary>Small JSON helpers.</summary>
internal static class JsonExtensions
{
    public static JsonObject WithPurpose(this JsonObject address, string purpose)
    {
        address["purpose"] = purpose;
        return address;
    }
}
