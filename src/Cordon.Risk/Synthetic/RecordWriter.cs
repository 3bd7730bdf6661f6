using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cordon.Risk.Synthetic;

/// <summary>Writes one draft as a line of JSON in the application schema.</summary>
internal static class RecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private static readonly string[] Relationships = ["former manager", "colleague", "client", "team lead", "professor"];
    private static readonly string[] Services = ["payoneer", "wise", "paypal"];
    private static readonly string[] DocumentCountries = ["CN", "VN", "PH", "MX", "CA", "GB"];
    private static readonly string[] Degrees = ["BSc Computer Science", "BEng Software Engineering", "MSc Computer Science", "BSc Information Systems"];
    private static readonly string[] ResumeHighlights = ["Enjoy mentoring and code reviews.", "Shipped features used by millions of users.", "Focused on reliability and observability.", "Contributor to open-source libraries.", "Led a small team through a platform migration."];
    private static readonly string[] ResumeClosings = ["Looking for a long-term remote role.", "Open to contract work.", "Interested in product-focused teams.", "Prefer async collaboration."];
    private static readonly string[] CameraNotes = ["Said the webcam was broken; asked to continue with audio only.", "Kept the camera off, citing bandwidth.", "Camera on for a few seconds, then switched off."];
    private static readonly string[] OtherCountries = ["CN", "VN", "NL", "DE", "SG", "RU"];

    public static string Write(Draft draft)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            new Context(draft, writer).Write();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed class Context(Draft draft, Utf8JsonWriter w)
    {
        private readonly Random r = draft.Random;
        private readonly Persona p = draft.Persona;
        private readonly RecordPlan plan = draft.Plan;
        private DateTime submitted;
        private int careerStart;

        public void Write()
        {
            submitted = PopulationBuilder.Base.AddDays(-1 - r.Next(30)).AddMinutes(r.Next(24 * 60));
            var years = plan.Senior ? 7 + r.Next(7) : 1 + (int)(Math.Pow(r.NextDouble(), 1.5) * 18);
            var birthYear = int.Parse(p.DateOfBirth[..4], CultureInfo.InvariantCulture);
            years = Math.Max(1, Math.Min(years, 2026 - (birthYear + 21)));
            careerStart = 2026 - years;
            w.WriteStartObject();
            w.WriteString("id", draft.Id);
            w.WriteString("kind", plan.Kind);
            w.WriteString("submitted_at", Stamp(submitted));
            WritePerson();
            WriteLocation();
            WriteContacts();
            WriteAddresses();
            WriteProfiles();
            WriteDocuments();
            WritePhoto();
            var employers = WriteEmployment(years);
            WriteEducation();
            WriteReferences(employers);
            WriteResume(years);
            WritePayments();
            WriteSessions();
            WriteInterview();
            WriteShipping();
            WriteRequests();
            if (plan.ReferredBy is not null)
            {
                w.WriteString("referred_by", plan.ReferredBy);
            }

            w.WriteEndObject();
        }

        private bool Chance(double probability) => r.NextDouble() < probability;

        private T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];

        private void WritePerson()
        {
            w.WriteStartObject("person");
            w.WriteString("full_name", p.FullName);
            w.WriteString("given_name", p.GivenName);
            w.WriteString("family_name", p.FamilyName);
            if (p.NativeName is not null)
            {
                w.WriteStartArray("other_names");
                w.WriteStringValue(p.NativeName);
                w.WriteEndArray();
            }

            w.WriteString("date_of_birth", p.DateOfBirth);
            w.WriteString("nationality", p.Nationality);
            w.WriteEndObject();
        }

        private void WriteLocation()
        {
            w.WriteStartObject("claimed_location");
            w.WriteString("country", p.Country.Code);
            w.WriteString("region", p.City.Region);
            w.WriteString("city", p.City.Name);
            w.WriteString("postal_code", p.City.PostalCode);
            w.WriteString("time_zone", p.City.TimeZone);
            w.WriteEndObject();
        }

        private void WriteContacts()
        {
            w.WriteStartObject("contacts");
            w.WriteStartArray("emails");
            w.WriteStringValue(p.Email);
            w.WriteEndArray();
            w.WriteStartArray("phones");
            w.WriteStringValue(p.Phone);
            w.WriteEndArray();
            if (Chance(draft.Fraud ? 0.4 : 0.15))
            {
                w.WriteStartArray("messengers");
                w.WriteStartObject();
                w.WriteString("service", draft.Fraud || Chance(0.5) ? "telegram" : "whatsapp");
                w.WriteString("handle", "@" + p.Email.Split('@')[0].Replace(".", "_", StringComparison.Ordinal));
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        private void WriteAddress(string? purpose, Address address)
        {
            w.WriteStartObject();
            if (purpose is not null)
            {
                w.WriteString("purpose", purpose);
            }

            w.WriteString("line1", address.Line1);
            if (address.Line2 is not null)
            {
                w.WriteString("line2", address.Line2);
            }

            w.WriteString("city", address.City);
            w.WriteString("region", address.Region);
            w.WriteString("postal_code", address.PostalCode);
            w.WriteString("country", address.Country);
            w.WriteEndObject();
        }

        private Address Home => new(p.Street, p.Line2, p.City.Name, p.City.Region, p.City.PostalCode, p.Country.Code);

        private void WriteAddresses()
        {
            w.WriteStartArray("addresses");
            WriteAddress("home", Home);
            if (plan.OfficeAddressLine is not null)
            {
                WriteAddress("other", new Address(plan.OfficeAddressLine, null, p.City.Name, p.City.Region, p.City.PostalCode, p.Country.Code));
            }

            w.WriteEndArray();
        }

        private void WriteProfiles()
        {
            var handle = p.Email.Split('@')[0].Replace(".", "-", StringComparison.Ordinal).Replace("_", "-", StringComparison.Ordinal);
            var github = draft.Fraud ? Chance(0.9) || plan.YoungProfile : Chance(0.6);
            var linkedin = Chance(0.7);
            w.WriteStartArray("online_profiles");
            if (github)
            {
                w.WriteStartObject();
                w.WriteString("site", "github");
                w.WriteString("handle", handle);
                w.WriteString("url", "https://github.com/" + handle);
                DateTime created;
                int followers;
                int repositories;
                if (plan.YoungProfile)
                {
                    created = PopulationBuilder.Base.AddDays(-20 - r.Next(300)).AddMinutes(r.Next(1440));
                    var bought = Chance(0.3);
                    followers = bought ? 900 + r.Next(2100) : r.Next(7);
                    repositories = r.Next(bought ? 4 : 9);
                }
                else
                {
                    var earliest = new DateTime(Math.Max(2009, careerStart - 1), 1, 1, 0, 0, 0, DateTimeKind.Utc);
                    var latest = PopulationBuilder.Base.AddDays(-400);
                    if (latest <= earliest)
                    {
                        latest = earliest.AddDays(30);
                    }

                    created = earliest.AddMinutes(r.NextInt64((long)(latest - earliest).TotalMinutes));
                    followers = (int)(Math.Pow(r.NextDouble(), 3) * 700);
                    repositories = 2 + r.Next(80);
                }

                w.WriteString("created_at", Stamp(created));
                w.WriteNumber("followers", followers);
                w.WriteNumber("public_repositories", repositories);
                w.WriteEndObject();
            }

            if (linkedin)
            {
                w.WriteStartObject();
                w.WriteString("site", "linkedin");
                w.WriteString("handle", handle);
                w.WriteString("url", "https://www.linkedin.com/in/" + handle);
                w.WriteEndObject();
            }

            if (plan.Kind == "freelancer" && Chance(0.6))
            {
                w.WriteStartObject();
                w.WriteString("site", "upwork");
                w.WriteString("handle", "~01" + Team.Hex(r, 16));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private void WriteDocuments()
        {
            var passport = Chance(0.5) || p.Nationality != p.Country.Code;
            var name = p.FullName;
            var dob = p.DateOfBirth;
            var issuing = passport ? p.Nationality : p.Country.Code;
            if (plan.IdentityMismatch)
            {
                var roll = r.NextDouble();
                if (roll < 0.5)
                {
                    var year = int.Parse(dob[..4], CultureInfo.InvariantCulture) + (Chance(0.5) ? 1 + r.Next(6) : -1 - r.Next(6));
                    dob = year.ToString("D4", CultureInfo.InvariantCulture) + dob[4..];
                }
                else if (roll < 0.8)
                {
                    var country = p.Country;
                    name = CountryProfile.SplitName(Pick(country.GivenNames)).Roman + " " + CountryProfile.SplitName(Pick(country.FamilyNames)).Roman;
                }
                else
                {
                    passport = true;
                    issuing = Pick(DocumentCountries.Where(c => c != p.Nationality).ToArray());
                }
            }

            w.WriteStartArray("identity_documents");
            w.WriteStartObject();
            w.WriteString("type", passport ? "passport" : "drivers_license");
            w.WriteString("issuing_country", issuing);
            w.WriteString("number", passport ? (char)('A' + r.Next(26)) + Team.Digits(r, 8) : Team.Digits(r, 9));
            w.WriteString("name_on_document", name);
            w.WriteString("date_of_birth", dob);
            w.WriteString("expires_on", string.Create(CultureInfo.InvariantCulture, $"{2027 + r.Next(9)}-{1 + r.Next(12):D2}-{1 + r.Next(28):D2}"));
            w.WriteString("image_hash", Team.Hex(r, 16));
            w.WriteBoolean("verified", Chance(draft.Fraud ? 0.3 : 0.6));
            w.WriteEndObject();
            w.WriteEndArray();
        }

        private void WritePhoto()
        {
            w.WriteStartObject("photo");
            w.WriteString("perceptual_hash", plan.PhotoHash ?? Team.Hex(r, 16));
            if (Chance(0.5))
            {
                w.WriteString("sha256", Team.Hex(r, 64));
            }

            w.WriteEndObject();
        }

        private List<(string Name, string Domain)> WriteEmployment(int years)
        {
            var jobs = Math.Clamp(1 + (years / 4), 1, 4);
            var employers = new List<(string Name, string Domain)>();
            var frontJobs = plan.FrontEmployer ? 1 + r.Next(Math.Min(2, jobs)) : 0;
            w.WriteStartArray("employment_history");
            var month = careerStart * 12 + r.Next(12);
            var end = (2026 * 12) + 8;
            var span = Math.Max(1, (end - month) / jobs);
            for (var i = 0; i < jobs; i++)
            {
                (string Name, string Domain) employer;
                var verified = (bool?)null;
                var isLast = i == jobs - 1;
                if (i >= jobs - frontJobs)
                {
                    if (Chance(0.35))
                    {
                        employer = Pick(Employers.Fronts);
                    }
                    else
                    {
                        var real = Pick(Employers.Large);
                        employer = (real.Name, Employers.LookAlike(r, real.Domain));
                    }

                    verified = Chance(0.5) ? false : null;
                }
                else if (isLast && plan.CurrentEmployer is not null)
                {
                    var parts = plan.CurrentEmployer.Split('|');
                    employer = (parts[0], parts[1]);
                    verified = true;
                }
                else if (Chance(0.6))
                {
                    employer = Pick(Employers.Large);
                    verified = plan.UnverifiedEmployer && draft.Fraud ? false : Chance(0.6) ? true : null;
                }
                else
                {
                    var prefix = Pick(Employers.SmallPrefixes);
                    var suffix = Pick(Employers.SmallSuffixes);
                    employer = (prefix + " " + suffix, Ascii(prefix + suffix) + (Chance(0.5) ? ".com" : ".io"));
                    verified = plan.UnverifiedEmployer ? false : Chance(0.4) ? true : null;
                }

                employers.Add(employer);
                w.WriteStartObject();
                w.WriteString("employer", employer.Name);
                w.WriteString("employer_domain", employer.Domain);
                w.WriteString("title", Pick(PopulationBuilder.TitleList));
                var start = month + (i * span);
                w.WriteString("start", YearMonth(start));
                if (!isLast || Chance(0.3))
                {
                    w.WriteString("end", YearMonth(Math.Min(end, start + span - 1 - r.Next(3))));
                }

                w.WriteString("country", draft.Fraud && Chance(0.3) ? "US" : p.Country.Code);
                if (verified is not null)
                {
                    w.WriteBoolean("verified", verified.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            return employers;
        }

        private static string YearMonth(int months) =>
            string.Create(CultureInfo.InvariantCulture, $"{months / 12:D4}-{(months % 12) + 1:D2}");

        private void WriteEducation()
        {
            if (Chance(0.1) && !plan.UnverifiedSchool)
            {
                return;
            }

            w.WriteStartArray("education");
            w.WriteStartObject();
            var studied = Chance(0.1) ? Pick(CountryTables.Countries).Code : p.Nationality;
            w.WriteString("institution", Employers.SchoolsByCountry.TryGetValue(studied, out var schools) ? Pick(schools) : Pick(Employers.Schools));
            w.WriteString("country", studied);
            w.WriteString("degree", Pick(Degrees));
            w.WriteString("start", (careerStart - 4).ToString(CultureInfo.InvariantCulture));
            w.WriteString("end", careerStart.ToString(CultureInfo.InvariantCulture));
            if (plan.UnverifiedSchool)
            {
                w.WriteBoolean("verified", false);
            }
            else if (Chance(0.5))
            {
                w.WriteBoolean("verified", true);
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        private void WriteReferences(List<(string Name, string Domain)> employers)
        {
            var references = new List<(string Name, string Email, string Relationship)>();
            if (plan.References is not null)
            {
                references.AddRange(plan.References.Select(x => (x.Name, x.Email, "colleague")));
            }
            else if (Chance(0.5))
            {
                for (var i = 0; i < 1 + r.Next(2); i++)
                {
                    var given = CountryProfile.SplitName(Pick(p.Country.GivenNames)).Roman;
                    var family = CountryProfile.SplitName(Pick(p.Country.FamilyNames)).Roman;
                    var employer = Pick(employers);
                    references.Add((given + " " + family, Ascii(given) + "." + Ascii(family) + "@" + employer.Domain, Pick(Relationships)));
                }
            }

            if (references.Count == 0)
            {
                return;
            }

            w.WriteStartArray("references");
            foreach (var (name, email, relationship) in references)
            {
                w.WriteStartObject();
                w.WriteString("name", name);
                w.WriteString("email", email);
                w.WriteString("relationship", relationship);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private void WriteResume(int years)
        {
            if (plan.ResumeText is not null)
            {
                w.WriteString("resume_text", plan.ResumeText);
                return;
            }

            var skills = PopulationBuilder.SkillList;
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"{p.FullName}\n{Pick(PopulationBuilder.TitleList)} with {years} years of experience. Worked with {Pick(skills)}, {Pick(skills)} and {Pick(skills)}. "
                + $"{Pick(ResumeHighlights)} "
                + $"{Pick(ResumeClosings)}");
            w.WriteString("resume_text", text);
        }

        private void WritePayments()
        {
            w.WriteStartArray("payment_methods");
            var holder = plan.PayoutHolder ?? p.FullName;
            var country = plan.PayoutCountry ?? p.Country.Code;
            var added = submitted.AddDays(r.Next(1, 5));
            if (!plan.CryptoPayout || Chance(0.5))
            {
                w.WriteStartObject();
                if (plan.SharedAccountNumber is not null || Chance(0.7))
                {
                    w.WriteString("type", "bank_account");
                    w.WriteString("holder_name", holder);
                    w.WriteString("country", country);
                    w.WriteString("bank_name", country == p.Country.Code ? Pick(p.Country.Banks) : Pick(CountryTables.Countries.FirstOrDefault(c => c.Code == country)?.Banks ?? ["Emirates NBD", "Mashreq Bank"]));
                    w.WriteString("account_number", plan.SharedAccountNumber ?? Team.Digits(r, 10));
                }
                else
                {
                    w.WriteString("type", "payment_service");
                    w.WriteString("holder_name", holder);
                    w.WriteString("country", country);
                    w.WriteString("provider", Pick(Services));
                    w.WriteString("account_id", plan.PayoutHolder is null ? p.Email : plan.PayoutHolderAccount ?? draft.Mailboxes.Claim(Ascii(holder), "gmail.com"));
                }

                w.WriteString("added_at", Stamp(added));
                w.WriteEndObject();
            }

            if (plan.CryptoPayout)
            {
                var wallet = plan.SharedWallet ?? (Chance(0.6) ? "T" + Team.Base58(r, 33) : "0x" + Team.Hex(r, 40));
                w.WriteStartObject();
                w.WriteString("type", "crypto_wallet");
                w.WriteString("chain", wallet.StartsWith('T') ? "TRX" : "ETH");
                w.WriteString("address", wallet);
                w.WriteString("added_at", Stamp(added.AddDays(r.Next(0, 10))));
                w.WriteEndObject();
            }

            for (var i = 0; i < plan.PayoutChanges; i++)
            {
                w.WriteStartObject();
                w.WriteString("type", "payment_service");
                w.WriteString("holder_name", i == 0 ? p.FullName : holder);
                w.WriteString("country", i == 0 ? p.Country.Code : country);
                w.WriteString("provider", Pick(Services));
                w.WriteString("account_id", draft.Mailboxes.Claim(Ascii(p.GivenName) + Team.Digits(r, 3), "gmail.com"));
                w.WriteString("added_at", Stamp(added.AddDays(3 + (i * (2 + r.Next(5))))));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private void WriteSessions()
        {
            var n = 5 + r.Next(10);
            var homeIp = plan.SharedHomeIp ?? IpTables.Pick(r, p.Country.Code);
            var mobileIp = IpTables.Pick(r, p.Country.Code);
            var account = "acct-" + Team.Hex(r, 12);
            var ownDevices = new[] { "dev-" + Team.Hex(r, 16), "dev-" + Team.Hex(r, 16) };
            var offset = p.City.OffsetMinutes;
            var days = Enumerable.Range(0, n).Select(_ => 2 + r.Next(40)).OrderDescending().ToArray(); // oldest first
            var travelAt = plan.TravelCountry is null ? -1 : r.Next(n);
            var indicatorAt = plan.IndicatorIp ? r.Next(n) : -1;
            var kpAt = plan.KpIp ? r.Next(n) : -1;
            var multiAt = plan.MultiCountryDay ? r.Next(n) : -1;
            var itSupport = !draft.Fraud && Chance(0.015) ? r.Next(n) : -1;
            w.WriteStartArray("sessions");
            for (var i = 0; i < n; i++)
            {
                var day = PopulationBuilder.Base.Date.AddDays(-days[i]);
                DateTime start;
                double hours;
                if (plan.AsianHours)
                {
                    start = day.AddHours(9 + r.Next(9) - 9).AddMinutes(r.Next(60));
                    hours = Chance(0.12) ? 20 + r.Next(12) : 2 + r.Next(8);
                }
                else
                {
                    var local = plan.NightOwl && Chance(0.7) ? 20 + r.Next(7) : 8 + r.Next(10);
                    start = day.AddMinutes((local * 60) - offset + r.Next(60));
                    hours = 1 + r.Next(8);
                }

                var ip = homeIp;
                if (plan.CompanyVpnIp is not null)
                {
                    ip = Chance(0.85) ? plan.CompanyVpnIp : homeIp;
                }
                else if (plan.VpnShare > 0 && r.NextDouble() < plan.VpnShare)
                {
                    ip = IpTables.Pick(r, plan.VpnKind);
                }
                else if (Chance(0.15))
                {
                    ip = mobileIp;
                }

                if (i == travelAt)
                {
                    ip = IpTables.Pick(r, plan.TravelCountry!);
                }

                if (i == indicatorAt)
                {
                    ip = Pick(IpTables.IndicatorIps);
                }

                if (i == kpAt)
                {
                    ip = IpTables.Pick(r, "KP");
                }

                string device = plan.SharedDevices is not null && Chance(0.8) ? Pick(plan.SharedDevices) : ownDevices[Chance(0.8) ? 0 : 1];
                IReadOnlyList<string>? tools = plan.RemoteTools is not null && Chance(0.7) ? plan.RemoteTools : null;
                if (i == itSupport)
                {
                    tools = ["teamviewer"];
                }

                WriteSession(start, start.AddMinutes((hours * 60) + r.Next(60)), ip, account, device, tools);
                if (i == multiAt)
                {
                    var other = Pick(OtherCountries.Where(c => c != p.Country.Code).ToArray());
                    var later = start.AddHours(2 + r.Next(8));
                    WriteSession(later, later.AddMinutes(30 + r.Next(120)), IpTables.Pick(r, IpTables.HasKind(other) ? other : "VPN"), account, device, tools);
                }
            }

            w.WriteEndArray();
        }

        private void WriteSession(DateTime start, DateTime end, string ip, string account, string device, IReadOnlyList<string>? tools)
        {
            w.WriteStartObject();
            w.WriteString("started_at", Stamp(start));
            w.WriteString("ended_at", Stamp(end));
            w.WriteString("ip", ip);
            w.WriteString("account_id", account);
            w.WriteString("device_id", device);
            w.WriteString("user_agent", PopulationBuilder.UserAgentList[device[4] % PopulationBuilder.UserAgentList.Count]);
            w.WriteString("accept_language", plan.BrowserLanguage ?? p.AcceptLanguage);
            w.WriteString("browser_time_zone", plan.BrowserTimeZone ?? p.City.TimeZone);
            if (tools is not null)
            {
                w.WriteStartArray("remote_access_tools");
                foreach (var tool in tools)
                {
                    w.WriteStringValue(tool);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        private void WriteInterview()
        {
            if (plan.Kind == "payee" && !plan.CameraRefused)
            {
                return;
            }

            w.WriteStartObject("interview");
            w.WriteBoolean("video_requested", plan.CameraRefused || Chance(0.75));
            var refused = plan.CameraRefused || (!draft.Fraud && Chance(0.005));
            w.WriteBoolean("camera_refused", refused);
            if (plan.InPersonRefused)
            {
                w.WriteBoolean("in_person_refused", true);
            }

            if (refused)
            {
                w.WriteString("notes", Pick(CameraNotes));
            }

            w.WriteEndObject();
        }

        private void WriteShipping()
        {
            var ships = plan.Kind is "employee" or "contractor";
            if (!ships || (plan.ShippingAddress is null && !Chance(0.6)))
            {
                return;
            }

            w.WriteStartObject("equipment_shipping");
            w.WritePropertyName("address");
            WriteAddress("equipment", plan.ShippingAddress ?? Home);
            w.WriteString("requested_at", Stamp(submitted.AddDays(3 + r.Next(10))));
            w.WriteBoolean("changed_after_offer", plan.ShippingChangedAfterOffer);
            w.WriteEndObject();
        }

        private void WriteRequests()
        {
            var requests = new List<(string Type, string Detail)>();
            if (plan.CryptoRequest)
            {
                requests.Add(("crypto_payment", "Asked to be paid in USDT instead of bank transfer."));
            }

            if (plan.PrepaymentRequest)
            {
                requests.Add(("prepayment", "Asked for 50% of the contract up front."));
            }

            for (var i = 0; i < plan.PayoutChanges; i++)
            {
                requests.Add(("payout_change", "Asked to change the payout account."));
            }

            if (plan.ShippingChangedAfterOffer)
            {
                requests.Add(("shipping_address_change", "Asked to ship the laptop to a relative's address."));
            }

            if (draft.Fraud && Chance(0.2))
            {
                requests.Add(("off_platform_contact", "Asked to continue on Telegram."));
            }

            if (!draft.Fraud && Chance(0.03))
            {
                requests.Add(("other", "Asked to move the start date by two weeks."));
            }

            if (requests.Count == 0)
            {
                return;
            }

            w.WriteStartArray("requests");
            var at = submitted;
            foreach (var (type, detail) in requests)
            {
                at = at.AddHours(6 + r.Next(72));
                w.WriteStartObject();
                w.WriteString("at", Stamp(at));
                w.WriteString("type", type);
                w.WriteString("detail", detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
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
    }
}
