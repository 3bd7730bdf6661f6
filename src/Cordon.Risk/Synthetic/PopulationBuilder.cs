using System.Globalization;
using System.Text;

namespace Cordon.Risk.Synthetic;

/// <summary>Builds one synthetic population from one seeded random sequence.</summary>
internal sealed class PopulationBuilder
{
    private static readonly DateTime BaseDate = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] UsAreaCodes = ["212", "312", "512", "303", "206", "408", "404", "617", "602", "615", "213", "469"];
    private static readonly string[] CaAreaCodes = ["416", "604", "514", "647"];
    private static readonly string[] Webmail = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"];
    private static readonly string[] Skills =
        ["React", "Node.js", "TypeScript", "Python", "Django", "Go", "Kubernetes", "AWS", "GraphQL", ".NET", "Java", "Spring Boot",
         "Flutter", "Swift", "Kotlin", "PostgreSQL", "Solidity", "Rust", "Vue.js", "Angular", "Terraform", "Unity"];
    private static readonly string[] Titles =
        ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Developer", "Frontend Developer",
         "Mobile Developer", "DevOps Engineer", "Blockchain Developer", "Data Engineer", "QA Engineer"];
    private static readonly string[] UserAgents =
        ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15",
         "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Chrome/131.0",
         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/131.0"];
    private static readonly string[] RemoteToolNames = ["anydesk", "teamviewer", "chrome-remote-desktop", "ip-kvm", "rustdesk", "rdp"];
    private static readonly string[] FraudCountries = ["US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "US", "CA", "GB", "DE", "PL", "UA", "RO", "JP", "SG"];
    private static readonly string[] EastAsianZones = ["Asia/Shanghai", "Asia/Shanghai", "Asia/Vladivostok", "Asia/Harbin", "Asia/Seoul", "Asia/Pyongyang"];
    private static readonly string[] EastAsianLanguages = ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9", "ko-KR,ko;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en;q=0.8"];

    private static readonly string[] HeritageCountries = ["KR", "KR", "CN", "JP", "VN", "IN", "PH", "MX"];

    private readonly Random random;
    private readonly int count;
    private readonly List<Draft> drafts = [];
    private readonly Queue<int> idNumbers;
    private readonly Mailboxes mailboxes;
    private int groupNumber;

    public PopulationBuilder(int count, int seed)
    {
        this.count = count;
        random = new Random(seed);
        mailboxes = new Mailboxes(random);
        var numbers = Enumerable.Range(1, count).ToArray();
        random.Shuffle(numbers);
        idNumbers = new Queue<int>(numbers);
    }

    public GeneratedPopulation Build()
    {
        var fraudTarget = (int)Math.Round(count * 0.115);
        var fraud = 0;
        while (fraudTarget - fraud >= 2)
        {
            var remaining = fraudTarget - fraud;
            var roll = random.NextDouble();
            var (scenario, size) = roll < 0.5 ? (PopulationScenarios.FraudRing, random.Next(3, 16))
                : roll < 0.75 ? (PopulationScenarios.FraudLaptopFarm, random.Next(3, 11))
                : (PopulationScenarios.FraudFrontCompany, random.Next(3, 9));
            size = Math.Min(size, remaining);
            if (remaining - size == 1)
            {
                size++;
            }

            AddFraudGroup(scenario, size);
            fraud += size;
        }

        var legitGroupsTarget = (int)Math.Round(count * 0.06);
        var grouped = 0;
        while (legitGroupsTarget - grouped >= 4)
        {
            var roll = random.NextDouble();
            grouped += roll < 0.5 ? AddFamily() : roll < 0.75 ? AddCoworking() : AddCompanyVpn();
        }

        while (drafts.Count < count)
        {
            AddIndependent();
        }

        var applications = drafts
            .OrderBy(d => d.Number)
            .Select(d => new GeneratedApplication(RecordWriter.Write(d), new PopulationLabel(d.Id, d.Fraud, d.GroupId, d.Scenario), d.Flags))
            .ToList();
        return new GeneratedPopulation(applications);
    }

    private string NextGroupId(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{++groupNumber:D4}");

    private Draft NewDraft(Persona persona, RecordPlan plan, bool fraud, string? groupId, string scenario)
    {
        var number = idNumbers.Dequeue();
        var draft = new Draft(random, mailboxes, number, string.Create(CultureInfo.InvariantCulture, $"syn-{number:D6}"), persona, plan, fraud, groupId, scenario);
        drafts.Add(draft);
        return draft;
    }

    // ---------------------------------------------------------------- legitimate

    private void AddIndependent()
    {
        var roll = random.NextDouble();
        var plan = new RecordPlan { Kind = LegitKind() };
        CountryProfile country = PickCountry();
        Persona persona;
        string scenario;
        if (roll < 0.52)
        {
            scenario = PopulationScenarios.LegitPlain;
            persona = NewPersona(country);
        }
        else if (roll < 0.62)
        {
            scenario = PopulationScenarios.LegitTraveler;
            persona = NewPersona(country);
            plan.TravelCountry = PickOtherCountry(country.Code);
        }
        else if (roll < 0.70)
        {
            scenario = PopulationScenarios.LegitVpnUser;
            persona = NewPersona(country);
            plan.VpnShare = 0.1 + (random.NextDouble() * 0.25);
            plan.VpnKind = "VPN";
        }
        else if (roll < 0.78)
        {
            scenario = PopulationScenarios.LegitNightOwl;
            persona = NewPersona(country);
            plan.NightOwl = true;
        }
        else if (roll < 0.85)
        {
            scenario = PopulationScenarios.LegitUnverified;
            persona = NewPersona(country);
            plan.UnverifiedSchool = random.NextDouble() < 0.6;
            plan.UnverifiedEmployer = !plan.UnverifiedSchool || random.NextDouble() < 0.3;
        }
        else if (roll < 0.89)
        {
            scenario = PopulationScenarios.LegitSpousePayout;
            persona = NewPersona(country);
            var spouse = NewPersona(country);
            plan.PayoutHolder = spouse.GivenName + " " + persona.FamilyName;
            plan.PayoutHolderAccount = mailboxes.Claim(Ascii(spouse.GivenName) + Ascii(persona.FamilyName), "gmail.com");
        }
        else if (roll < 0.96)
        {
            scenario = PopulationScenarios.LegitExpatriate;
            var origin = PickCountry();
            var residence = random.NextDouble() < 0.6 ? CountryTables.Get("US") : PickCountry();
            persona = NewPersona(residence, nameFrom: origin, nationality: origin.Code);
            if (random.NextDouble() < 0.5)
            {
                persona.AcceptLanguage = origin.AcceptLanguage;
            }
        }
        else
        {
            scenario = PopulationScenarios.LegitAlternateShipping;
            persona = NewPersona(country);
            plan.Kind = random.NextDouble() < 0.5 ? "employee" : "contractor";
            var relative = NewPersona(country);
            plan.ShippingAddress = new Address(relative.Street, null, relative.City.Name, relative.City.Region, relative.City.PostalCode, country.Code);
        }

        NewDraft(persona, plan, fraud: false, groupId: null, scenario);
    }

    private int AddFamily()
    {
        var groupId = NextGroupId("family");
        var country = PickCountry();
        var head = NewPersona(country);
        var size = random.Next(2, 5);
        var homeIp = IpTables.Pick(random, country.Code);
        var sharedAccount = random.NextDouble() < 0.4 ? Digits(10) : null;
        for (var i = 0; i < size; i++)
        {
            var member = i == 0 ? head : NewPersona(country, familyName: head.FamilyName, city: head.City);
            member.Street = head.Street;
            member.Line2 = head.Line2;
            var plan = new RecordPlan { Kind = LegitKind(), SharedHomeIp = homeIp };
            if (sharedAccount is not null)
            {
                plan.SharedAccountNumber = sharedAccount;
                plan.PayoutHolder = i == 0 ? null : head.FullName;
                plan.PayoutHolderAccount = i == 0 ? null : head.Email;
            }

            NewDraft(member, plan, fraud: false, groupId, PopulationScenarios.LegitFamily);
        }

        return size;
    }

    private int AddCoworking()
    {
        var groupId = NextGroupId("cowork");
        var country = PickCountry();
        var city = country.Cities[random.Next(country.Cities.Count)];
        var officeIp = IpTables.Pick(random, country.Code);
        var office = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 400)} {country.Streets[random.Next(country.Streets.Count)]}, Floor {random.Next(2, 9)}");
        var size = random.Next(3, 9);
        for (var i = 0; i < size; i++)
        {
            var member = NewPersona(country, city: city);
            var plan = new RecordPlan { Kind = random.NextDouble() < 0.7 ? "freelancer" : "contractor", SharedHomeIp = officeIp, OfficeAddressLine = office };
            NewDraft(member, plan, fraud: false, groupId, PopulationScenarios.LegitCoworking);
        }

        return size;
    }

    private int AddCompanyVpn()
    {
        var groupId = NextGroupId("corpvpn");
        var employer = Employers.Large[random.Next(Employers.Large.Count)];
        var vpnIp = IpTables.Pick(random, "DC");
        var size = random.Next(4, 13);
        var country = PickCountry();
        Draft? first = null;
        for (var i = 0; i < size; i++)
        {
            var member = NewPersona(random.NextDouble() < 0.8 ? country : PickCountry());
            var plan = new RecordPlan
            {
                Kind = random.NextDouble() < 0.5 ? "employee" : "contractor",
                CompanyVpnIp = vpnIp,
                CurrentEmployer = employer.Name + "|" + employer.Domain,
                ReferredBy = first is not null && random.NextDouble() < 0.3 ? first.Id : null,
            };
            var draft = NewDraft(member, plan, fraud: false, groupId, PopulationScenarios.LegitCompanyVpn);
            first ??= draft;
        }

        return size;
    }

    // ---------------------------------------------------------------- fraud

    private void AddFraudGroup(string scenario, int size)
    {
        var prefix = scenario == PopulationScenarios.FraudRing ? "ring" : scenario == PopulationScenarios.FraudLaptopFarm ? "farm" : "front";
        var groupId = NextGroupId(prefix);
        var team = new Team(random, scenario);
        Draft? previous = null;
        for (var i = 0; i < size; i++)
        {
            var country = CountryTables.Get(FraudCountries[random.Next(FraudCountries.Length)]);
            if (scenario == PopulationScenarios.FraudLaptopFarm)
            {
                country = CountryTables.Get("US");
            }

            // UTC+8/UTC+9 working hours are a red flag only when the claimed time zone is far from them.
            var flags = SampleFlags(scenario, allowAsianHours: country.Cities[0].OffsetMinutes < 6 * 60);

            var nameFrom = random.NextDouble() < 0.15 ? CountryTables.Get(random.NextDouble() < 0.5 ? "JP" : "CN") : country;
            var persona = NewPersona(country, nameFrom: nameFrom, nationality: country.Code, fraudEmail: true);
            var plan = new RecordPlan
            {
                Kind = scenario == PopulationScenarios.FraudLaptopFarm
                    ? (random.NextDouble() < 0.6 ? "employee" : "contractor")
                    : new[] { "freelancer", "freelancer", "contractor", "job_applicant", "job_applicant", "employee", "payee" }[random.Next(7)],
                Senior = true,
                UnverifiedEmployer = random.NextDouble() < 0.6,
                UnverifiedSchool = random.NextDouble() < 0.5,
            };
            if (scenario == PopulationScenarios.FraudLaptopFarm)
            {
                plan.SharedHomeIp = team.FacilitatorIp;
            }

            ApplyFlags(flags, plan, persona, team, previous);
            var draft = NewDraft(persona, plan, fraud: true, groupId, scenario);
            draft.Flags.AddRange(flags);
            team.Members.Add(draft);
            previous = draft;
        }
    }

    private List<string> SampleFlags(string scenario, bool allowAsianHours)
    {
        var candidates = allowAsianHours ? FraudFlags.All : [.. FraudFlags.All.Where(f => f != FraudFlags.AsianWorkingHours)];
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [FraudFlags.AnonymisingNetwork] = scenario == PopulationScenarios.FraudLaptopFarm ? 0.25 : 0.6,
            [FraudFlags.AsianWorkingHours] = 0.5,
            [FraudFlags.RemoteAccess] = scenario == PopulationScenarios.FraudLaptopFarm ? 0.8 : 0.3,
            [FraudFlags.CameraRefused] = 0.35,
            [FraudFlags.ShippingElsewhere] = scenario == PopulationScenarios.FraudLaptopFarm ? 0.9 : 0.25,
            [FraudFlags.ThirdPartyPayout] = scenario == PopulationScenarios.FraudLaptopFarm ? 0.5 : 0.3,
            [FraudFlags.CryptoPayout] = 0.25,
            [FraudFlags.FrontEmployer] = scenario == PopulationScenarios.FraudFrontCompany ? 0.9 : 0.15,
            [FraudFlags.YoungProfile] = 0.45,
            [FraudFlags.IdentityMismatch] = 0.2,
            [FraudFlags.BrowserMismatch] = 0.3,
            [FraudFlags.SharedDevice] = scenario == PopulationScenarios.FraudFrontCompany ? 0.2 : 0.4,
            [FraudFlags.SharedPayout] = 0.3,
            [FraudFlags.ReusedPhoto] = 0.2,
            [FraudFlags.MultiCountryDay] = 0.15,
            [FraudFlags.PayoutChanges] = 0.2,
            [FraudFlags.ResumeReuse] = scenario == PopulationScenarios.FraudRing ? 0.7 : 0.4,
        };
        var flags = candidates.Where(f => random.NextDouble() < probabilities[f]).ToList();
        while (flags.Count < 2)
        {
            var extra = candidates[random.Next(candidates.Count)];
            if (!flags.Contains(extra))
            {
                flags.Add(extra);
            }
        }

        if (flags.Count == FraudFlags.All.Count)
        {
            flags.RemoveAt(random.Next(flags.Count));
        }

        return flags;
    }

    private void ApplyFlags(List<string> flags, RecordPlan plan, Persona persona, Team team, Draft? previous)
    {
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case FraudFlags.AnonymisingNetwork:
                    plan.VpnShare = 0.5 + (random.NextDouble() * 0.5);
                    plan.VpnKind = team.VpnKind;
                    plan.IndicatorIp = random.NextDouble() < 0.1;
                    plan.KpIp = random.NextDouble() < 0.03;
                    break;
                case FraudFlags.AsianWorkingHours:
                    plan.AsianHours = true;
                    break;
                case FraudFlags.RemoteAccess:
                    plan.RemoteTools = team.RemoteTools;
                    break;
                case FraudFlags.CameraRefused:
                    plan.CameraRefused = true;
                    plan.InPersonRefused = random.NextDouble() < 0.5;
                    break;
                case FraudFlags.ShippingElsewhere:
                    plan.ShippingAddress = team.ShippingAddress;
                    plan.ShippingChangedAfterOffer = random.NextDouble() < 0.4;
                    if (plan.Kind is "freelancer" or "payee" or "job_applicant")
                    {
                        plan.Kind = "contractor";
                    }

                    break;
                case FraudFlags.ThirdPartyPayout:
                    plan.PayoutHolder = team.PayoutHolder;
                    plan.PayoutHolderAccount = team.PayoutAccount ??= mailboxes.Claim(Ascii(team.PayoutHolder), "gmail.com");
                    plan.PayoutCountry = random.NextDouble() < 0.4 ? team.PayoutCountry : null;
                    break;
                case FraudFlags.CryptoPayout:
                    plan.CryptoPayout = random.NextDouble() < 0.7;
                    plan.CryptoRequest = true;
                    plan.PrepaymentRequest = random.NextDouble() < 0.3;
                    break;
                case FraudFlags.FrontEmployer:
                    plan.FrontEmployer = true;
                    break;
                case FraudFlags.YoungProfile:
                    plan.YoungProfile = true;
                    break;
                case FraudFlags.IdentityMismatch:
                    plan.IdentityMismatch = true;
                    break;
                case FraudFlags.BrowserMismatch:
                    plan.BrowserTimeZone = EastAsianZones[random.Next(EastAsianZones.Length)];
                    plan.BrowserLanguage = random.NextDouble() < 0.6 ? EastAsianLanguages[random.Next(EastAsianLanguages.Length)] : null;
                    break;
                case FraudFlags.SharedDevice:
                    plan.SharedDevices = team.Devices;
                    break;
                case FraudFlags.SharedPayout:
                    if (random.NextDouble() < 0.5)
                    {
                        plan.SharedWallet = team.Wallet;
                        plan.CryptoPayout = true;
                    }
                    else
                    {
                        plan.SharedAccountNumber = team.AccountNumber;
                    }

                    break;
                case FraudFlags.ReusedPhoto:
                    plan.PhotoHash = FlipBits(team.PhotoHash, random.Next(0, 4));
                    break;
                case FraudFlags.MultiCountryDay:
                    plan.MultiCountryDay = true;
                    break;
                case FraudFlags.PayoutChanges:
                    plan.PayoutChanges = random.Next(2, 5);
                    break;
                case FraudFlags.ResumeReuse:
                    plan.ResumeText = team.ResumeVariant(random, persona.FullName);
                    break;
                default:
                    break;
            }
        }

        if (team.Scenario == PopulationScenarios.FraudFrontCompany || random.NextDouble() < 0.4)
        {
            plan.References = team.Members.Count == 0
                ? null
                : [.. team.Members.TakeLast(2).Select(m => (m.Persona.FullName, m.Persona.Email))];
        }

        if (previous is not null && random.NextDouble() < 0.3)
        {
            plan.ReferredBy = previous.Id;
        }
    }

    // ---------------------------------------------------------------- people

    private string LegitKind() =>
        new[] { "job_applicant", "job_applicant", "freelancer", "freelancer", "contractor", "employee", "payee" }[random.Next(7)];

    private CountryProfile PickCountry()
    {
        var total = CountryTables.Countries.Sum(c => c.Weight);
        var roll = random.Next(total);
        foreach (var country in CountryTables.Countries)
        {
            roll -= country.Weight;
            if (roll < 0)
            {
                return country;
            }
        }

        return CountryTables.Countries[0];
    }

    private string PickOtherCountry(string code)
    {
        while (true)
        {
            var other = PickCountry();
            if (other.Code != code)
            {
                return other.Code;
            }
        }
    }

    private Persona NewPersona(CountryProfile country, CountryProfile? nameFrom = null, string? nationality = null, string? familyName = null, City? city = null, bool fraudEmail = false)
    {
        nameFrom ??= country;

        // Korean-Americans and other diaspora: English given name with a family name from the heritage country.
        var heritage = nameFrom;
        if (nameFrom == country && country.Code is "US" or "CA" or "AU" && random.NextDouble() < 0.16)
        {
            heritage = CountryTables.Get(HeritageCountries[random.Next(HeritageCountries.Length)]);
        }

        var (given, givenNative) = CountryProfile.SplitName(nameFrom.GivenNames[random.Next(nameFrom.GivenNames.Count)]);
        var (family, familyNative) = CountryProfile.SplitName(heritage.FamilyNames[random.Next(heritage.FamilyNames.Count)]);
        if (familyName is not null)
        {
            family = familyName;
            familyNative = null;
        }

        var acceptLanguage = country.AcceptLanguage;
        if (heritage != country && heritage.Code is "KR" or "CN" or "VN" && random.NextDouble() < 0.35)
        {
            // Heritage-language browser settings at home: never a signal on their own.
            acceptLanguage = heritage.Code == "KR" ? "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7" : heritage.AcceptLanguage;
        }

        string? native = null;
        if (givenNative is not null && familyNative is not null)
        {
            native = nameFrom.Code is "KR" or "CN" or "JP" && heritage == nameFrom ? familyNative + givenNative : null;
        }

        var year = 1965 + random.Next(40);
        var dob = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}");
        var chosenCity = city ?? country.Cities[random.Next(country.Cities.Count)];
        var domain = fraudEmail && random.NextDouble() < 0.3 ? "proton.me" : Webmail[random.Next(Webmail.Length)];
        if (country.Code == "KR" && random.NextDouble() < 0.4)
        {
            domain = "naver.com";
        }

        var email = mailboxes.Claim(EmailLocal(given, family, year), domain);
        return new Persona
        {
            Country = country,
            City = chosenCity,
            Nationality = nationality ?? country.Code,
            GivenName = given,
            FamilyName = family,
            NativeName = native,
            DateOfBirth = dob,
            Email = email,
            Phone = Phone(country.PhoneFormat),
            Street = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 9800)} {country.Streets[random.Next(country.Streets.Count)]}"),
            Line2 = random.NextDouble() < 0.3 ? string.Create(CultureInfo.InvariantCulture, $"Apt {random.Next(1, 60)}") : null,
            AcceptLanguage = acceptLanguage,
        };
    }

    private string EmailLocal(string given, string family, int year)
    {
        var g = Ascii(given);
        var f = Ascii(family);
        return random.Next(5) switch
        {
            0 => g + "." + f,
            1 => g + f + (year % 100).ToString("D2", CultureInfo.InvariantCulture),
            2 => g[..1] + f + random.Next(10, 999).ToString(CultureInfo.InvariantCulture),
            3 => f + "." + g + random.Next(1, 99).ToString(CultureInfo.InvariantCulture),
            _ => g + "_" + f + random.Next(100, 9999).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + 32));
            }
        }

        return builder.Length == 0 ? "user" : builder.ToString();
    }

    private string Phone(string format)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                builder.Append(format[i]);
                continue;
            }

            var close = format.IndexOf('}', i);
            var token = format[(i + 1)..close];
            i = close;
            builder.Append(token switch
            {
                "A" => UsAreaCodes[random.Next(UsAreaCodes.Length)] + " " + (char)('2' + random.Next(8)),
                "C" => CaAreaCodes[random.Next(CaAreaCodes.Length)] + " " + (char)('2' + random.Next(8)),
                _ => Digits(int.Parse(token[1..], CultureInfo.InvariantCulture)),
            });
        }

        return builder.ToString();
    }

    private string Digits(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    private string FlipBits(string hex, int bits)
    {
        var value = ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        for (var i = 0; i < bits; i++)
        {
            value ^= 1UL << random.Next(64);
        }

        return value.ToString("x16", CultureInfo.InvariantCulture);
    }

    internal static DateTime Base => BaseDate;

    internal static IReadOnlyList<string> SkillList => Skills;

    internal static IReadOnlyList<string> TitleList => Titles;

    internal static IReadOnlyList<string> UserAgentList => UserAgents;

    internal static IReadOnlyList<string> RemoteToolList => RemoteToolNames;
}
