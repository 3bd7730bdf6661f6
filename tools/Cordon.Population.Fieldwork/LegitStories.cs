namespace Cordon.Population.Fieldwork;

/// <summary>
/// Legitimate people. Many of them trip a naive red flag (a VPN, another country, a relative's account, a shared
/// IP, Korean names, Asia-Pacific hours); a careful analyst who knew their whole story would clear each of them.
/// </summary>
internal sealed class LegitStories(Factory f)
{
    private int _groupSeq;

    private string NextGroup(string prefix) => $"{prefix}-{++_groupSeq:000}";

    /// <summary>Stories with weights in people: a cluster story's weight is divided by its mean size.</summary>
    public IReadOnlyList<(Func<Rng, List<Applicant>> Story, double Weight)> All() =>
    [
        (Ordinary, 40),
        (KoreanInKorea, 6),
        (KoreanAmerican, 3),
        (KoreanNationalAbroad, 2),
        (VisitingFamilyInKorea, 0.7),
        (JapaneseFreelancer, 1.5),
        (Relocated, 6),
        (DigitalNomad, 3),
        (Expat, 2.5),
        (MarriedNameDocument, 2.5),
        (DivorcedNameDocument, 0.7),
        (PayoutToRelative, 3),
        (CampusNetwork, 3.5 / 9.5),
        (Coworking, 2.5 / 8),
        (MobileCarrierNat, 2.5 / 12),
        (CorporateVpn, 2),
        (PrivacyVpn, 3),
        (PrivateRelay, 1),
        (NightOwl, 1.5),
        (OffshoreNightShift, 2.5),
        (RemoteSupport, 1.5),
        (CryptoNative, 2),
        (NewGraduate, 3),
        (StockPhoto, 0.4 / 2.5),
        (Bootcamp, 1.8 / 7),
        (Household, 2.2 / 2.5),
        (Agency, 1.6 / 5),
        (ChinaVpn, 1),
        (CloudDevBox, 1),
        (ReferredByFriend, 1.5 / 3),
        (EquipmentToFamily, 0.8),
        (DualNationality, 1),
        (FarEastOrLaos, 0.5),
        (CameraDeclined, 0.5),
        (ChangedBank, 1),
    ];

    private static List<Applicant> One(Applicant a, string scenario, string group = "")
    {
        a.Scenario = scenario;
        a.Group = group;
        return [a];
    }

    private static string Slug(string s) => string.Join("-", s.ToLowerInvariant().Split(' ', '-').Select(Names.Ascii).Where(x => x.Length > 0));

    private static string Mix(Rng r) => r.Weighted(Geography.WorkerMix.Select(x => (x.Code, x.Weight)).ToList());

    private List<Applicant> Ordinary(Rng r)
    {
        var a = f.Person(r, Mix(r));
        if (r.Chance(0.08))
        {
            // A conference or a client visit: a few sessions from abroad.
            var abroad = Geography.Get(r.Pick(new[] { "US", "GB", "DE", "NL", "SG", "AE", "ES", "JP" }.Where(c => c != a.Country).ToArray()));
            int n = r.Int(1, 4);
            for (int i = 0; i < n && i < a.Sessions.Count; i++)
                a.Sessions[a.Sessions.Count - 1 - i].Ip = r.Chance(0.5) ? f.Ips.Pick(r, r.Pick(Networks.TravelWifi), null) : f.Ips.Pick(r, r.Pick(abroad.MobileAsns), abroad.Code);
            return One(a, "business-trip");
        }
        return One(a, "ordinary-local");
    }

    private static readonly string[] EnglishGiven = ["Daniel", "David", "Grace", "Michelle", "Andrew", "Christine", "Joseph", "Jennifer", "Eugene", "Stephanie", "Brian", "Esther", "Justin", "Hannah", "Peter", "Sarah", "Paul", "Susan", "John", "Rachel"];

    private List<Applicant> KoreanInKorea(Rng r)
    {
        var a = f.Person(r, "KR");
        if (r.Chance(0.3))
        {
            // Serving US or European clients from Seoul: late evenings.
            var h = f.HomeHabit(r, a, Geography.Get("KR"));
            h.StartHour = r.Normal(21.5, 1.5);
            h.AcceptLanguage = a.Sessions.FirstOrDefault()?.AcceptLanguage ?? h.AcceptLanguage;
            a.Sessions = f.Sessions(r, a, h);
            return One(a, "korean-freelancer-evening-hours");
        }
        if (r.Chance(0.1)) a.Payments[0] = new Payment { Type = "payment_service", Provider = "payoneer", AccountId = a.Emails[0], Holder = a.FullName, Country = "KR", AddedAt = a.SubmittedAt.AddDays(1) };
        return One(a, "korean-freelancer-in-korea");
    }

    private List<Applicant> KoreanAmerican(Rng r)
    {
        string country = r.Weighted<string>([("US", 8), ("CA", 2), ("AU", 1)]);
        var a = f.Person(r, country, "kr");
        if (r.Chance(0.6))
        {
            string given = r.Pick(EnglishGiven);
            string korean = a.Given;
            a.Given = given;
            a.FullName = $"{given} {a.Family}";
            if (r.Chance(0.3)) a.OtherNames.Add($"{a.Family} {korean}");
            a.Documents[0].Name = a.FullName;
            foreach (var p in a.Payments) if (p.Holder is not null) p.Holder = a.FullName;
        }
        if (r.Chance(0.2)) foreach (var s in a.Sessions) s.AcceptLanguage = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";
        else foreach (var s in a.Sessions) s.AcceptLanguage = "en-US,en;q=0.9";
        if (r.Chance(0.25)) a.Messengers.Add(("kakaotalk", Names.Ascii(a.Given) + r.Int(10, 99)));
        return One(a, "korean-american");
    }

    private List<Applicant> KoreanNationalAbroad(Rng r)
    {
        string country = r.Weighted<string>([("US", 5), ("DE", 1.5), ("CA", 1.5), ("JP", 1.5), ("AU", 1.5), ("SG", 1), ("VN", 1), ("GB", 1), ("NL", 0.5)]);
        var a = f.Person(r, country, "kr");
        a.Nationality = "KR";
        a.Documents.Clear();
        Factory.AddDocument(r, a, "KR", "passport");
        if (r.Chance(0.5)) Factory.AddDocument(r, a, country, "residence_permit");
        if (r.Chance(0.4)) a.Phones.Add(Geography.Phone(r, Geography.Get("KR")));
        if (r.Chance(0.5)) a.Emails[0] = Factory.Email(r, a.Given, a.Family, 1990, r.Pick(new[] { "naver.com", "daum.net" }));
        if (r.Chance(0.6)) foreach (var s in a.Sessions) s.AcceptLanguage = "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7";
        if (r.Chance(0.3))
        {
            // Still paid into the account at home.
            a.Payments.Clear();
            a.Payments.Add(Factory.Bank(r, Geography.Get("KR"), a.FullName, a.SubmittedAt.AddHours(r.Int(2, 100))));
        }
        if (r.Chance(0.3)) a.Jobs.Insert(0, new Job { Employer = "Samsung Electronics", Domain = "samsung.com", Title = "Software Engineer", Start = "2016-03", End = "2020-08", Country = "KR", Verified = r.Chance(0.5) });
        return One(a, "korean-national-abroad");
    }

    private List<Applicant> VisitingFamilyInKorea(Rng r)
    {
        var a = f.Person(r, "US", "kr");
        var kr = Geography.Get("KR");
        // Two weeks at the parents' in Seoul, working from there in the local day.
        var h = f.HomeHabit(r, a, Geography.Get("US"));
        h.Count = r.Int(4, 9);
        var home = f.Sessions(r, a, h);
        var visit = new Habit
        {
            WorkZone = "Asia/Seoul", StartHour = r.Normal(10, 2), Count = r.Int(3, 7), SpanDays = 14, Devices = h.Devices, UserAgent = h.UserAgent,
            AcceptLanguage = h.AcceptLanguage, BrowserZone = r.Chance(0.7) ? "Asia/Seoul" : a.TimeZone,
        };
        string parents = f.Ips.Pick(r, r.Pick(kr.HomeAsns), "KR");
        visit.Networks.Add((_ => parents, 5));
        visit.Networks.Add((rr => f.Ips.Pick(rr, r.Pick(kr.MobileAsns), "KR"), 1));
        var probe = new Applicant { SubmittedAt = a.SubmittedAt.AddDays(r.Int(10, 30)) };
        a.Sessions = [.. home, .. f.Sessions(r, probe, visit)];
        return One(a, "visiting-family-in-korea");
    }

    private List<Applicant> JapaneseFreelancer(Rng r)
    {
        var a = f.Person(r, "JP");
        return One(a, "japanese-freelancer");
    }

    private static readonly (string From, string To, double W)[] Moves =
    [
        ("UA", "PL", 3), ("UA", "DE", 2), ("UA", "PT", 0.5), ("RU", "GE", 2), ("RU", "RS", 1.5), ("RU", "TR", 1), ("RU", "AE", 0.7), ("IN", "AE", 1.5), ("IN", "CA", 1.5),
        ("IN", "US", 1), ("BR", "PT", 1.5), ("AR", "ES", 1), ("US", "PT", 1), ("US", "MX", 0.8), ("GB", "ES", 0.8), ("NG", "GB", 1), ("PK", "AE", 1), ("CN", "SG", 0.6),
        ("VN", "JP", 0.5), ("PH", "AE", 0.7), ("EG", "AE", 0.5), ("CO", "ES", 0.7), ("KR", "US", 0.6), ("DE", "NL", 0.4), ("FR", "PT", 0.4), ("TR", "DE", 0.6),
    ];

    private Applicant Moved(Rng r, string from, string to)
    {
        var fromC = Geography.Get(from);
        var a = f.Person(r, to, fromC.Culture);
        a.Nationality = from;
        a.Documents.Clear();
        Factory.AddDocument(r, a, from, "passport");
        if (r.Chance(0.5)) Factory.AddDocument(r, a, to, "residence_permit");
        // Earlier jobs were at home.
        foreach (var j in a.Jobs.Take(Math.Max(0, a.Jobs.Count - 1))) j.Country = from;
        foreach (var s in a.Schools) { s.Country = from; s.Institution = Factory.University(r, from); }
        if (r.Chance(0.45)) a.Phones.Add(Geography.Phone(r, fromC));
        if (r.Chance(0.15)) a.Phones.RemoveAt(0);
        if (a.Phones.Count == 0) a.Phones.Add(Geography.Phone(r, fromC));
        if (r.Chance(0.5)) foreach (var s in a.Sessions) s.AcceptLanguage = fromC.AcceptLanguage;
        return a;
    }

    private List<Applicant> Relocated(Rng r)
    {
        var (from, to, _) = r.Weighted(Moves.Select(m => (m, m.W)).ToList());
        var a = Moved(r, from, to);
        var fromC = Geography.Get(from);
        double roll = r.NextDouble();
        if (roll < 0.2 && from is not "RU")
        {
            // The old account at home still receives the money.
            a.Payments.Clear();
            a.Payments.Add(Factory.Bank(r, fromC, a.FullName, a.SubmittedAt.AddHours(r.Int(1, 90))));
        }
        else if (from is "RU" && roll < 0.5)
        {
            // Russian cards stopped working abroad: a crypto wallet or Wise until a local account opens.
            a.Payments.Clear();
            a.Payments.Add(r.Chance(0.6) ? Factory.Wallet(r, a.SubmittedAt.AddHours(r.Int(1, 90)), r.Chance(0.6) ? "TRX" : "ETH")
                : new Payment { Type = "payment_service", Provider = "wise", AccountId = a.Emails[0], Holder = a.FullName, Country = to, AddedAt = a.SubmittedAt.AddDays(1) });
            if (a.Payments[0].Type == "crypto_wallet")
                a.Requests.Add(new Request { At = a.SubmittedAt.AddDays(r.Int(1, 20)), Type = "crypto_payment", Detail = "Local bank account still being opened; USDT for now please." });
        }
        if (r.Chance(0.12))
        {
            // A trip back home during the observation window.
            var tail = a.Sessions.OrderBy(s => s.Start).TakeLast(Math.Min(3, a.Sessions.Count)).ToList();
            string parents = f.Ips.Pick(r, r.Pick(fromC.HomeAsns), from);
            foreach (var s in tail) s.Ip = parents;
        }
        string toName = Geography.Get(to).Name;
        return One(a, $"relocated-to-{Slug(toName)}");
    }

    private static readonly string[] NomadBases = ["PT", "ES", "TH", "ID", "MX", "CO", "GE", "VN", "MY", "TR", "AR", "BR"];

    private List<Applicant> DigitalNomad(Rng r)
    {
        string home = r.Weighted<string>([("US", 4), ("GB", 2), ("DE", 2), ("CA", 1.5), ("AU", 1.5), ("NL", 1), ("FR", 1), ("PL", 0.7), ("UA", 0.7), ("RU", 0.6), ("BR", 0.5)]);
        var a = f.Person(r, home);
        var stops = NomadBases.OrderBy(_ => r.NextULong()).Take(r.Int(2, 4)).ToList();
        bool claimsBase = r.Chance(0.35);
        if (claimsBase)
        {
            var bc = Geography.Get(stops[0]);
            var city = r.Pick(bc.Cities);
            a.Country = bc.Code; a.City = city.Name; a.Region = city.Region; a.TimeZone = city.TimeZone; a.Postal = Geography.Postal(r, city.Postal);
            a.Addresses[0] = Factory.HomeAddress(r, bc, city, a.Postal);
        }
        var sessions = new List<Session>();
        var device = Factory.Device(r);
        string ua = Factory.UserAgent(r);
        int seg = 0;
        bool vpn = r.Chance(0.4);
        foreach (var stop in stops)
        {
            var c = Geography.Get(stop);
            var city = r.Pick(c.Cities);
            var h = new Habit
            {
                WorkZone = city.TimeZone, StartHour = r.Normal(10, 2.5), Count = r.Int(2, 5), SpanDays = 12, Devices = [device], UserAgent = ua,
                AcceptLanguage = "en-US,en;q=0.9", BrowserZone = city.TimeZone, WeekendChance = 0.4,
            };
            string flat = f.Ips.Pick(r, r.Pick(c.HomeAsns), stop);
            h.Networks.Add((_ => flat, 5));
            h.Networks.Add((rr => f.Ips.Pick(rr, r.Pick(c.MobileAsns), stop), 2));
            h.Networks.Add((rr => f.Ips.Pick(rr, r.Pick(Networks.TravelWifi), null), 0.7));
            if (r.Chance(0.3)) h.Networks.Add((rr => f.Ips.Pick(rr, Networks.Starlink, null), 1));
            if (vpn) h.Networks.Add((rr => f.Ips.Pick(rr, r.Pick(Networks.PrivacyVpn), null), 2));
            var probe = new Applicant { SubmittedAt = a.SubmittedAt.AddDays(seg * 12) };
            sessions.AddRange(f.Sessions(r, probe, h));
            seg++;
        }
        a.Sessions = sessions;
        if (a.Payments.All(p => p.Type == "bank_account") && r.Chance(0.5))
            a.Payments.Add(new Payment { Type = "payment_service", Provider = "wise", AccountId = a.Emails[0], Holder = a.FullName, Country = home, AddedAt = a.SubmittedAt.AddDays(2) });
        return One(a, "digital-nomad");
    }

    private List<Applicant> Expat(Rng r)
    {
        var (from, to) = r.Weighted<(string, string)>([(("GB", "AE"), 2), (("IN", "SG"), 1.5), (("PH", "SG"), 1), (("US", "JP"), 1), (("DE", "ES"), 1), (("FR", "GB"), 1), (("US", "DE"), 1), (("AU", "GB"), 0.7), (("NZ", "AU"), 0.6), (("CN", "US"), 1), (("PK", "GB"), 0.8)]);
        var a = Moved(r, from, to);
        string toName = Geography.Get(to).Name;
        return One(a, $"expat-in-{Slug(toName)}");
    }

    private List<Applicant> MarriedNameDocument(Rng r)
    {
        string country = Mix(r);
        var a = f.Person(r, country);
        if (a.Gender == "male" && r.Chance(0.85)) { a.Gender = "female"; a.Given = Names.Given(r, Geography.Get(country).Culture, "female"); }
        string maiden = Names.Family(r, Geography.Get(country).Culture);
        if (maiden == a.Family) maiden = Names.Family(r, "us");
        bool documentOlder = r.Chance(0.7);
        a.FullName = $"{a.Given} {a.Family}";
        foreach (var p in a.Payments) if (p.Holder is not null) p.Holder = a.FullName;
        var tmp = new Applicant { Given = a.Given, Family = documentOlder ? maiden : a.Family };
        a.Documents[0].Name = Factory.DocumentName(tmp, a.Documents[0].Country);
        if (!documentOlder)
        {
            // Works under the maiden name; the new passport has the married one.
            var married = a.Family;
            a.Family = maiden;
            a.FullName = $"{a.Given} {maiden}";
            foreach (var p in a.Payments) if (p.Holder is not null) p.Holder = r.Chance(0.5) ? a.FullName : $"{a.Given} {married}";
            if (r.Chance(0.5)) a.OtherNames.Add($"{a.Given} {married}");
        }
        else if (r.Chance(0.5)) a.OtherNames.Add($"{a.Given} {maiden}");
        a.Resume = a.Resume?.Split('\n') is { Length: > 1 } parts ? a.FullName + "\n" + string.Join("\n", parts.Skip(1)) : a.Resume;
        return One(a, "married-name-document");
    }

    private List<Applicant> DivorcedNameDocument(Rng r)
    {
        string country = r.Weighted<string>([("US", 4), ("GB", 2), ("DE", 1), ("PL", 1), ("UA", 1), ("BR", 1), ("PH", 1), ("AU", 1)]);
        var a = f.Person(r, country);
        a.Gender = "female";
        a.Given = Names.Given(r, Geography.Get(country).Culture, "female");
        a.FullName = $"{a.Given} {a.Family}";
        string exName = Names.Family(r, Geography.Get(country).Culture);
        var tmp = new Applicant { Given = a.Given, Family = exName };
        a.Documents[0].Name = Factory.DocumentName(tmp, a.Documents[0].Country);
        foreach (var p in a.Payments) if (p.Holder is not null) p.Holder = r.Chance(0.6) ? $"{a.Given} {exName}" : a.FullName;
        a.OtherNames.Add($"{a.Given} {exName}");
        return One(a, "divorced-name-document");
    }

    private List<Applicant> PayoutToRelative(Rng r)
    {
        string country = r.Weighted<string>([("PK", 3), ("BD", 2), ("NG", 2), ("IN", 2), ("PH", 2), ("EG", 1.5), ("KE", 1), ("VN", 1), ("UA", 1), ("US", 1), ("KR", 1.2), ("BR", 1), ("MX", 1), ("ID", 1)]);
        var a = f.Person(r, country);
        var c = Geography.Get(country);
        string relation = r.Weighted<string>([("spouse", 4), ("parent", 3), ("sibling", 2)]);
        string holderFamily = relation == "spouse" && c.Culture is "kr" or "cn" or "vn" or "es" or "latam" or "ar" or "eg" || r.Chance(0.12)
            ? Names.Family(r, c.Culture) : a.Family;
        string holderGender = relation == "spouse" ? (a.Gender == "female" ? "male" : "female") : r.Chance(0.5) ? "female" : "male";
        string holder = $"{Names.Given(r, c.Culture, holderGender)} {holderFamily}";
        a.Payments.Clear();
        var bank = Factory.Bank(r, c, holder, a.SubmittedAt.AddHours(r.Int(1, 100)));
        a.Payments.Add(bank);
        if (r.Chance(0.55))
        {
            string why = relation switch
            {
                "spouse" => "The bank account is my husband's/wife's; we share household finances.",
                "parent" => "Payouts go to my mother's account; my own account cannot receive foreign transfers yet.",
                _ => "Using my brother's/sister's account until my own account is verified.",
            };
            a.Requests.Add(new Request { At = a.SubmittedAt.AddHours(r.Int(2, 200)), Type = "third_party_payout", Detail = $"declared {relation}: {why}" });
        }
        if (r.Chance(0.3)) a.References.Add(new Reference { Name = holder, Relationship = relation });
        return One(a, $"payout-to-{relation}");
    }

    private List<Applicant> CampusNetwork(Rng r)
    {
        var uni = r.Pick(Networks.Universities);
        int n = r.Int(4, 16);
        string group = NextGroup("campus");
        var nat = Enumerable.Range(0, r.Int(1, 4)).Select(_ => f.Ips.Pick(r, uni.Asn, uni.Country)).ToList();
        var list = new List<Applicant>();
        var host = Geography.Get(uni.Country);
        for (int i = 0; i < n; i++)
        {
            string origin = r.Chance(0.7) ? uni.Country : r.Weighted<string>([("IN", 3), ("CN", 3), ("KR", 2), ("NG", 1), ("VN", 1), ("BR", 1), ("JP", 0.5)]);
            var a = f.Person(r, uni.Country, Geography.Get(origin).Culture, r.Int(19, 27));
            if (origin != uni.Country)
            {
                a.Nationality = origin;
                a.Documents.Clear();
                Factory.AddDocument(r, a, origin, "passport");
                Factory.AddDocument(r, a, uni.Country, "residence_permit");
                if (r.Chance(0.4)) a.Phones.Add(Geography.Phone(r, Geography.Get(origin)));
                if (r.Chance(0.5)) foreach (var s in a.Sessions) s.AcceptLanguage = Geography.Get(origin).AcceptLanguage;
            }
            a.Jobs.Clear();
            a.Schools.Clear();
            a.Schools.Add(new School { Institution = uni.Name, Degree = r.Pick(new[] { "BSc Computer Science", "MSc Data Science", "BA Design", "PhD Computer Science", "BEng Electrical Engineering" }), Start = (a.SubmittedAt.Year - r.Int(0, 4)).ToString(), Country = uni.Country });
            foreach (var s in a.Sessions)
                if (r.Chance(0.65)) s.Ip = r.Chance(0.8) ? r.Pick(nat) : IpPools.Neighbour(r, r.Pick(nat));
            a.Kind = "freelancer";
            a.Resume = Factory.Resume(r, a.FullName, r.Pick(new[] { "Data Annotator", "Software Engineer", "Content Writer", "UI/UX Designer" }), ["Python", "annotation", "writing", "Figma", "research", "Excel"], 1);
            list.Add(a);
            a.Scenario = "student-campus-network"; a.Group = group;
        }
        _ = host;
        return list;
    }

    private static readonly (string Country, string City)[] CoworkingCities =
    [
        ("PT", "Lisbon"), ("DE", "Berlin"), ("TH", "Chiang Mai"), ("ID", "Denpasar"), ("CO", "Medellín"), ("UA", "Kyiv"), ("NG", "Lagos"), ("IN", "Bengaluru"),
        ("PH", "Manila"), ("MX", "Mexico City"), ("GE", "Tbilisi"), ("ES", "Barcelona"), ("KR", "Seoul"), ("US", "Austin"), ("PL", "Kraków"), ("VN", "Da Nang"),
    ];

    private List<Applicant> Coworking(Rng r)
    {
        var (country, cityName) = r.Pick(CoworkingCities);
        var c = Geography.Get(country);
        var city = c.Cities.FirstOrDefault(x => x.Name == cityName) ?? c.Cities[0];
        string office = f.Ips.Pick(r, r.Pick(c.HomeAsns), country);
        string group = NextGroup("cowork");
        int n = r.Int(4, 13);
        var list = new List<Applicant>();
        for (int i = 0; i < n; i++)
        {
            bool foreigner = r.Chance(country is "PT" or "TH" or "ID" or "CO" or "MX" or "GE" or "ES" or "VN" ? 0.5 : 0.15);
            string origin = foreigner ? r.Weighted<string>([("US", 3), ("DE", 2), ("GB", 2), ("FR", 1), ("NL", 1), ("CA", 1), ("AU", 1), ("RU", 1), ("UA", 1), ("KR", 0.5)]) : country;
            var a = foreigner ? Moved(r, origin, country) : f.Person(r, country);
            a.City = city.Name; a.Region = city.Region; a.TimeZone = city.TimeZone;
            foreach (var s in a.Sessions)
            {
                s.BrowserTimeZone = city.TimeZone;
                if (r.Chance(0.7)) s.Ip = office;
            }
            a.Scenario = "coworking-shared-ip"; a.Group = group;
            list.Add(a);
        }
        return list;
    }

    private List<Applicant> MobileCarrierNat(Rng r)
    {
        string country = r.Weighted<string>([("IN", 3), ("PH", 2), ("NG", 2), ("PK", 1.5), ("ID", 1.5), ("KE", 1), ("BD", 1), ("EG", 1)]);
        var c = Geography.Get(country);
        int asn = r.Pick(c.MobileAsns);
        var pool = Enumerable.Range(0, r.Int(1, 4)).Select(_ => f.Ips.Pick(r, asn, country)).ToList();
        string group = NextGroup("cgnat");
        int n = r.Int(5, 20);
        var list = new List<Applicant>();
        for (int i = 0; i < n; i++)
        {
            var a = f.Person(r, country);
            foreach (var s in a.Sessions)
                if (r.Chance(0.6)) s.Ip = r.Pick(pool);
            a.Scenario = "mobile-carrier-nat"; a.Group = group;
            list.Add(a);
        }
        return list;
    }

    private List<Applicant> CorporateVpn(Rng r)
    {
        string country = r.Weighted<string>([("US", 3), ("GB", 1.5), ("DE", 1), ("IN", 2), ("CA", 1), ("PL", 1), ("JP", 0.5), ("KR", 0.5)]);
        var a = f.Person(r, country);
        a.Kind = r.Chance(0.7) ? "contractor" : "freelancer";
        bool zscalerHere = f.Ips.Has(Networks.Zscaler, country);
        foreach (var s in a.Sessions)
            if (r.Chance(0.7)) s.Ip = f.Ips.Pick(r, Networks.Zscaler, zscalerHere ? country : null);
        return One(a, "corporate-vpn");
    }

    private List<Applicant> PrivacyVpn(Rng r)
    {
        var a = f.Person(r, Mix(r));
        int asn = r.Pick(Networks.PrivacyVpn);
        string? exit = f.Ips.Has(asn, a.Country) && r.Chance(0.6) ? a.Country : r.Pick(new[] { "US", "NL", "DE", "GB", "CH", "SE" }.Where(cc => f.Ips.Has(asn, cc)).DefaultIfEmpty((string?)null).ToArray());
        double share = r.NextDouble() * 0.6 + 0.3;
        foreach (var s in a.Sessions)
            if (r.Chance(share)) s.Ip = f.Ips.Pick(r, asn, exit);
        return One(a, "privacy-vpn");
    }

    private List<Applicant> PrivateRelay(Rng r)
    {
        var a = f.Person(r, r.Weighted<string>([("US", 4), ("GB", 1), ("DE", 1), ("CA", 1), ("AU", 1), ("JP", 1), ("KR", 0.6), ("FR", 0.5)]));
        int asn = r.Chance(0.6) ? Networks.AkamaiRelay : Networks.Cloudflare;
        string? where = f.Ips.Has(asn, a.Country) ? a.Country : null;
        string safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
        foreach (var s in a.Sessions)
        {
            s.UserAgent = safari;
            if (r.Chance(0.8)) s.Ip = f.Ips.Pick(r, asn, where);
        }
        return One(a, "icloud-private-relay");
    }

    private List<Applicant> NightOwl(Rng r)
    {
        var a = f.Person(r, Mix(r));
        var h = f.HomeHabit(r, a, Geography.Get(a.Country));
        h.StartHour = r.Normal(22.5, 1.2);
        h.HoursMean = 4;
        h.WeekendChance = 0.5;
        a.Sessions = f.Sessions(r, a, h);
        return One(a, "night-owl");
    }

    private List<Applicant> OffshoreNightShift(Rng r)
    {
        // Philippine, Indian and Pakistani assistants and developers on US business hours: nights at home.
        string country = r.Weighted<string>([("PH", 4), ("IN", 3), ("PK", 2), ("BD", 1), ("KE", 0.5), ("NG", 0.5)]);
        var a = f.Person(r, country);
        var h = f.HomeHabit(r, a, Geography.Get(country));
        h.WorkZone = r.Chance(0.7) ? "America/New_York" : "America/Los_Angeles";
        h.StartHour = r.Normal(9, 0.8);
        h.HoursMean = 7;
        a.Sessions = f.Sessions(r, a, h);
        return One(a, "offshore-us-hours");
    }

    private List<Applicant> RemoteSupport(Rng r)
    {
        var a = f.Person(r, Mix(r));
        a.Resume = Factory.Resume(r, a.FullName, "IT Support Specialist", ["Windows Server", "Active Directory", "Microsoft 365", "remote troubleshooting", "TeamViewer", "AnyDesk", "networking"], r.Int(2, 12));
        var tools = r.Weighted<List<string>>([(["teamviewer"], 3), (["anydesk"], 3), (["teamviewer", "anydesk"], 1), (["rdp"], 1.5), (["chrome-remote-desktop"], 1)]);
        foreach (var s in a.Sessions) if (r.Chance(0.7)) s.RemoteTools = [.. tools];
        return One(a, "remote-support-work");
    }

    private List<Applicant> CryptoNative(Rng r)
    {
        string country = r.Weighted<string>([("US", 2), ("UA", 2), ("AR", 2), ("NG", 2), ("TR", 1.5), ("DE", 1), ("PT", 1), ("VN", 1.5), ("GE", 1), ("RS", 1), ("KR", 1), ("SG", 1), ("AE", 1), ("IN", 1.5)]);
        var a = f.Person(r, country);
        a.Resume = Factory.Resume(r, a.FullName, "Blockchain Developer", ["Solidity", "Foundry", "Rust", "Solana", "Ethereum", "DeFi", "The Graph", "zk-proofs"], r.Int(1, 9));
        var w = Factory.Wallet(r, a.SubmittedAt.AddHours(r.Int(1, 80)), r.Chance(0.6) ? "ETH" : r.Chance(0.5) ? "SOL" : "BTC");
        if (r.Chance(0.5)) a.Payments.Clear();
        a.Payments.Add(w);
        if (r.Chance(0.6)) a.Requests.Add(new Request { At = a.SubmittedAt.AddDays(r.Int(1, 20)), Type = "crypto_payment", Detail = $"Prefer {(w.Chain == "ETH" ? "USDC on Ethereum" : w.Chain == "SOL" ? "USDC on Solana" : "BTC")} to my own wallet." });
        if (r.Chance(0.3)) a.Messengers.Add(("telegram", Names.Ascii(a.Given) + "_eth"));
        return One(a, "crypto-native-payout");
    }

    private List<Applicant> NewGraduate(Rng r)
    {
        var a = f.Person(r, Mix(r), null, r.Int(21, 25));
        a.Jobs.Clear();
        foreach (var p in a.Profiles.Where(p => p.Site == "github"))
        {
            p.CreatedAt = a.SubmittedAt.AddDays(-r.Int(20, 400));
            p.Followers = r.Int(0, 8);
            p.Repos = r.Int(1, 15);
        }
        a.Resume = Factory.Resume(r, a.FullName, "Junior " + r.Pick(new[] { "Software Engineer", "Front-End Developer", "Data Analyst", "UI/UX Designer" }), ["JavaScript", "Python", "React", "SQL", "Figma", "Git"], 0);
        foreach (var d in a.Documents) d.Verified = r.Chance(0.6) ? true : null;
        return One(a, "new-graduate");
    }

    private List<Applicant> StockPhoto(Rng r)
    {
        string photo = r.Hex(16);
        string sha = r.Hex(64);
        string group = NextGroup("stock-photo");
        var list = new List<Applicant>();
        int n = r.Int(2, 4);
        for (int i = 0; i < n; i++)
        {
            var a = f.Person(r, Mix(r));
            a.PhotoHash = photo;
            a.PhotoSha = r.Chance(0.7) ? sha : null;
            a.Scenario = "stock-photo-avatar"; a.Group = group;
            list.Add(a);
        }
        return list;
    }

    private static readonly (string School, string Country)[] Bootcamps =
    [
        ("Le Wagon Lisbon", "PT"), ("App Academy", "US"), ("Turing College", "PL"), ("Ironhack Madrid", "ES"), ("Andela Learning Community", "NG"), ("Masai School", "IN"),
        ("Code States", "KR"), ("Laboratoria", "MX"), ("Zero to Mastery Online", "US"), ("Le Wagon Tokyo", "JP"), ("Henry Bootcamp", "AR"), ("Codeup", "US"), ("Moringa School", "KE"),
    ];

    private List<Applicant> Bootcamp(Rng r)
    {
        var (school, country) = r.Pick(Bootcamps);
        string group = NextGroup("bootcamp");
        string stack = r.Pick(new[] { "React, Node.js, Express and PostgreSQL", "Ruby on Rails, JavaScript and PostgreSQL", "Python, Django and React", "Java, Spring Boot and React", "TypeScript, Next.js and Prisma" });
        string capstone = r.Pick(new[] { "a marketplace for local farmers", "a budgeting app", "a pet-adoption platform", "a recipe-sharing site", "a volunteer-matching app" });
        int n = r.Int(4, 11);
        var list = new List<Applicant>();
        int cohortYear = 2026 - r.Int(0, 2);
        for (int i = 0; i < n; i++)
        {
            string where = r.Chance(0.75) ? country : Mix(r);
            var a = f.Person(r, where, null, r.Int(22, 40));
            a.Jobs.RemoveAll(_ => r.Chance(0.5));
            a.Schools.Insert(0, new School { Institution = school, Degree = "Full-Stack Web Development Certificate", Start = $"{cohortYear}-0{r.Int(1, 4)}", End = $"{cohortYear}-0{r.Int(6, 10)}", Country = country });
            // The bootcamp's career service gives everyone the same résumé template.
            string flavour = r.Pick(new[] { "Passionate", "Motivated", "Curious", "Driven" });
            a.Resume = $"{a.FullName}\n{flavour} full-stack web developer and {school} graduate. Built {capstone} with {stack} as a final project in a team of four. " +
                       $"Comfortable with Git, agile ceremonies, pair programming and test-driven development. " +
                       (a.Jobs.Count > 0 ? $"Previously {a.Jobs[^1].Title.ToLowerInvariant()} at {a.Jobs[^1].Employer}. " : "") +
                       "Looking for my first freelance projects.";
            foreach (var p in a.Profiles.Where(p => p.Site == "github")) p.CreatedAt = new DateTime(cohortYear, r.Int(1, 4), r.Int(1, 28), r.Int(0, 24), 0, 0, DateTimeKind.Utc);
            a.Scenario = "bootcamp-templated-resume"; a.Group = group;
            list.Add(a);
        }
        return list;
    }

    private List<Applicant> Household(Rng r)
    {
        string country = Mix(r);
        var first = f.Person(r, country);
        int n = r.Int(2, 4);
        string group = NextGroup("household");
        var list = new List<Applicant> { first };
        bool shareDevice = r.Chance(0.55);
        string homeIp = first.Sessions.GroupBy(s => s.Ip).OrderByDescending(g => g.Count()).First().Key;
        string sharedDevice = first.Sessions[0].DeviceId!;
        for (int i = 1; i < n; i++)
        {
            var a = f.Person(r, country);
            string relation = i == 1 && r.Chance(0.6) ? "spouse" : "sibling";
            if (relation == "sibling" || r.Chance(0.7)) { a.Family = first.Family; a.FullName = $"{a.Given} {a.Family}"; a.Documents[0].Name = Factory.DocumentName(a, a.Documents[0].Country); foreach (var p in a.Payments) if (p.Holder is not null) p.Holder = a.FullName; }
            a.Addresses = [first.Addresses[0].Copy("home")];
            a.City = first.City; a.Region = first.Region; a.Postal = first.Postal; a.TimeZone = first.TimeZone;
            foreach (var s in a.Sessions)
            {
                if (r.Chance(0.75)) s.Ip = homeIp;
                if (shareDevice && r.Chance(0.6)) { s.DeviceId = sharedDevice; s.UserAgent = first.Sessions[0].UserAgent; }
                s.BrowserTimeZone = first.TimeZone;
            }
            if (relation == "spouse" && r.Chance(0.3))
            {
                // One joint account for the household.
                a.Payments.Clear();
                var joint = first.Payments[0];
                a.Payments.Add(new Payment { Type = joint.Type, Holder = joint.Holder, Country = joint.Country, Bank = joint.Bank, AccountNumber = joint.AccountNumber, Iban = joint.Iban, Provider = joint.Provider, AccountId = joint.AccountId, AddedAt = a.SubmittedAt.AddHours(5) });
                a.Requests.Add(new Request { At = a.SubmittedAt.AddHours(6), Type = "third_party_payout", Detail = $"declared spouse: joint household account with {first.FullName}" });
            }
            if (r.Chance(0.4)) a.ReferredBy = first;
            list.Add(a);
        }
        foreach (var a in list) { a.Scenario = "household-shared-device"; a.Group = group; }
        return list;
    }

    private List<Applicant> Agency(Rng r)
    {
        string country = r.Weighted<string>([("UA", 3), ("PK", 3), ("IN", 3), ("PH", 2), ("VN", 1.5), ("NG", 1), ("EG", 1), ("PL", 1), ("BD", 1)]);
        var c = Geography.Get(country);
        var city = r.Pick(c.Cities);
        string agency = $"{r.Pick(new[] { "Codebridge", "Brightpath", "Softlane", "DevHive", "Pixelcraft", "Cloudnest", "Stackwise", "Greenbyte" })} {r.Pick(new[] { "Digital", "Labs", "Technologies", "Solutions" })} {(country == "UA" ? "LLC" : country == "PL" ? "Sp. z o.o." : "Pvt Ltd")}";
        string domain = Names.Ascii(agency.Split(' ')[0]) + ".io";
        string office = f.Ips.Pick(r, r.Pick(c.HomeAsns), country);
        var agencyBank = Factory.Bank(r, c, agency, Factory.WindowStart);
        int n = r.Int(3, 8);
        string group = NextGroup("agency");
        var list = new List<Applicant>();
        for (int i = 0; i < n; i++)
        {
            var a = f.Person(r, country);
            a.City = city.Name; a.Region = city.Region; a.TimeZone = city.TimeZone;
            a.Jobs.Add(new Job { Employer = agency, Domain = domain, Title = "Software Engineer", Start = $"{2026 - r.Int(1, 6)}-0{r.Int(1, 10)}", Country = country, Verified = true });
            a.Emails.Add($"{Names.Ascii(a.Given)}@{domain}");
            foreach (var s in a.Sessions) if (r.Chance(0.75)) s.Ip = office;
            a.Payments.Clear();
            a.Payments.Add(new Payment { Type = "bank_account", Holder = agency, Country = country, Bank = agencyBank.Bank, AccountNumber = agencyBank.AccountNumber, Iban = agencyBank.Iban, AddedAt = a.SubmittedAt.AddHours(r.Int(1, 50)) });
            if (i > 0 && r.Chance(0.6)) a.ReferredBy = list[0];
            a.Scenario = "agency-shared-payout"; a.Group = group;
            list.Add(a);
        }
        return list;
    }

    private List<Applicant> ChinaVpn(Rng r)
    {
        var a = f.Person(r, "CN");
        int asn = r.Pick(Networks.PrivacyVpn.Concat(Networks.HongKong).ToArray());
        string? exit = asn is 4760 or 9381 ? null : r.Pick(new[] { "US", "JP", "SG", "NL" }.Where(cc => f.Ips.Has(asn, cc)).DefaultIfEmpty((string?)null).ToArray());
        foreach (var s in a.Sessions) if (r.Chance(0.7)) s.Ip = f.Ips.Pick(r, asn, exit);
        foreach (var s in a.Sessions) s.AcceptLanguage = "zh-CN,zh;q=0.9,en;q=0.8";
        if (r.Chance(0.5)) a.Payments = [new Payment { Type = "payment_service", Provider = r.Chance(0.5) ? "payoneer" : "paypal", AccountId = a.Emails[0], Holder = a.FullName, Country = "CN", AddedAt = a.SubmittedAt.AddDays(1) }];
        return One(a, "china-based-vpn-user");
    }

    private List<Applicant> CloudDevBox(Rng r)
    {
        var a = f.Person(r, r.Weighted<string>([("US", 3), ("DE", 2), ("GB", 1), ("PL", 1), ("UA", 1), ("IN", 1), ("FR", 1), ("CA", 1)]));
        int asn = r.Pick(Networks.Hosting);
        string? where = f.Ips.Has(asn, a.Country) ? a.Country : null;
        string box = f.Ips.Pick(r, asn, where);
        foreach (var s in a.Sessions) if (r.Chance(0.35)) { s.Ip = box; s.UserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"; }
        return One(a, "cloud-dev-environment");
    }

    private List<Applicant> ReferredByFriend(Rng r)
    {
        string country = Mix(r);
        var first = f.Person(r, country);
        var list = new List<Applicant> { first };
        int n = r.Int(2, 5);
        string group = NextGroup("friends");
        for (int i = 1; i < n; i++)
        {
            var a = f.Person(r, r.Chance(0.8) ? country : Mix(r));
            a.ReferredBy = list[r.Int(0, list.Count)];
            list.Add(a);
        }
        foreach (var a in list) { a.Scenario = "referred-by-friend"; a.Group = group; }
        return list;
    }

    private List<Applicant> EquipmentToFamily(Rng r)
    {
        var a = f.Person(r, r.Weighted<string>([("US", 4), ("CA", 1), ("GB", 1), ("DE", 1), ("AU", 1)]));
        a.Kind = "contractor";
        var c = Geography.Get(a.Country);
        var city = r.Pick(c.Cities);
        var parents = Factory.HomeAddress(r, c, city, Geography.Postal(r, city.Postal));
        parents.Purpose = "equipment";
        a.Shipping = new Shipping { Address = parents, RequestedAt = a.SubmittedAt.AddDays(r.Int(3, 20)), ChangedAfterOffer = r.Chance(0.4) };
        a.Requests.Add(new Request { At = a.Shipping.RequestedAt!.Value.AddHours(2), Type = "shipping_address_change", Detail = r.Pick(new[] { "Moving next month; please ship to my parents' house.", "Nobody home during the day; my mother can sign for it.", "Staying with family while our flat is renovated." }) });
        return One(a, "equipment-to-family-address");
    }

    private List<Applicant> DualNationality(Rng r)
    {
        var (home, second) = r.Weighted<(string, string)>([(("US", "IT"), 1), (("US", "KR"), 1), (("AR", "ES"), 1), (("BR", "PT"), 1), (("UA", "PL"), 0.7), (("CA", "GB"), 0.7), (("AU", "GB"), 0.7), (("US", "DE"), 0.5), (("IN", "GB"), 0.5)]);
        var a = f.Person(r, home, second == "KR" ? "kr" : null);
        a.Documents.Clear();
        Factory.AddDocument(r, a, second, "passport");
        if (r.Chance(0.4)) Factory.AddDocument(r, a, home, "drivers_license");
        if (r.Chance(0.5)) a.Nationality = second;
        return One(a, "dual-nationality-document");
    }

    private List<Applicant> FarEastOrLaos(Rng r)
    {
        // Ordinary people who happen to live where DPRK teams are also reported: Vladivostok, Vientiane, Dubai, Shenyang.
        double roll = r.NextDouble();
        Applicant a;
        if (roll < 0.35)
        {
            a = f.Person(r, "RU");
            var c = Geography.Get("RU");
            var city = c.Cities.First(x => x.Name == "Vladivostok");
            a.City = city.Name; a.Region = city.Region; a.TimeZone = city.TimeZone;
            var h = f.HomeHabit(r, a, c);
            a.Sessions = f.Sessions(r, a, h);
            return One(a, "developer-in-vladivostok");
        }
        if (roll < 0.55) return One(f.Person(r, "LA"), "freelancer-in-laos");
        if (roll < 0.8) return One(f.Person(r, "AE"), "freelancer-in-uae");
        a = f.Person(r, "CN");
        var cn = Geography.Get("CN");
        string wanted = r.Pick(new[] { "Shenyang", "Dandong", "Yanji" });
        var sy = cn.Cities.First(x => x.Name == wanted);
        a.City = sy.Name; a.Region = sy.Region;
        return One(a, "developer-in-northeast-china");
    }

    private List<Applicant> CameraDeclined(Rng r)
    {
        var a = f.Person(r, Mix(r));
        a.Interview = new Interview
        {
            VideoRequested = true, CameraRefused = true, InPersonRefused = false,
            Notes = r.Pick(new[] { "Laptop camera broken; completed the selfie ID check on a phone the next day.", "Declined video for religious reasons; verified by ID document and live audio call.", "Camera off at first because of a poor connection; turned on later in the call." }),
        };
        foreach (var d in a.Documents) d.Verified = true;
        return One(a, "camera-declined-explained");
    }

    private List<Applicant> ChangedBank(Rng r)
    {
        var a = f.Person(r, Mix(r));
        var c = Geography.Get(a.Country);
        var later = a.SubmittedAt.AddDays(r.Int(5, 40));
        a.Payments.Add(Factory.Bank(r, c, a.FullName, later));
        a.Requests.Add(new Request { At = later, Type = "payout_change", Detail = r.Pick(new[] { "Switched to a bank with lower fees.", "Old account closed after moving.", "Opened a business account." }) });
        return One(a, "changed-payout-bank");
    }
}
