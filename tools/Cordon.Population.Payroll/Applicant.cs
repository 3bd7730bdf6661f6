using System.Globalization;
using System.Text.Json.Nodes;

namespace Cordon.Population.Payroll;

/// <summary>One onboarding record as it is being built, with its ground-truth label.</summary>
internal sealed class Applicant
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "contractor";
    public DateTime SubmittedAt { get; set; }
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    /// <summary>Full name as written; by default given + family, family first for Korean, Japanese, Chinese, Vietnamese and Hungarian names written natively.</summary>
    public string? FullNameOverride { get; set; }
    public List<string> OtherNames { get; } = [];
    public DateOnly DateOfBirth { get; set; }
    public bool DateOfBirthYearOnly { get; set; }
    public string Nationality { get; set; } = "";
    public string Gender { get; set; } = "unknown";
    public Country Country { get; set; } = null!;
    public City City { get; set; } = null!;
    public List<string> Emails { get; } = [];
    public List<string> Phones { get; } = [];
    public List<(string Service, string Handle)> Messengers { get; } = [];
    public List<JsonObject> Addresses { get; } = [];
    public List<JsonObject> Profiles { get; } = [];
    public List<JsonObject> Documents { get; } = [];
    public string PhotoHash { get; set; } = "";
    public string? PhotoSha { get; set; }
    public bool NoPhoto { get; set; }
    public List<JsonObject> Employment { get; } = [];
    public List<JsonObject> Education { get; } = [];
    public List<JsonObject> References { get; } = [];
    public string Resume { get; set; } = "";
    public List<JsonObject> Payments { get; } = [];
    public List<JsonObject> Sessions { get; } = [];
    public JsonObject? Interview { get; set; }
    public JsonObject? Shipping { get; set; }
    public List<JsonObject> Requests { get; } = [];
    /// <summary>Another applicant who referred this one; resolved to its id once ids are assigned.</summary>
    public Applicant? ReferredByApplicant { get; set; }
    /// <summary>A referrer outside the population (an agency partner or an employee id).</summary>
    public string? ReferredByExternal { get; set; }

    public bool Fraud { get; set; }
    public string GroupId { get; set; } = "";
    public string Scenario { get; set; } = "";

    public string FullName => FullNameOverride ?? $"{GivenName} {FamilyName}";

    public static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public JsonObject ToJson()
    {
        var person = new JsonObject
        {
            ["full_name"] = FullName,
            ["given_name"] = GivenName,
            ["family_name"] = FamilyName,
        };
        if (OtherNames.Count > 0) person["other_names"] = Array(OtherNames.Select(n => (JsonNode)n));
        person["date_of_birth"] = DateOfBirthYearOnly ? DateOfBirth.Year.ToString(CultureInfo.InvariantCulture) : Date(DateOfBirth);
        person["nationality"] = Nationality;
        person["gender"] = Gender;

        var claimed = new JsonObject { ["country"] = Country.Code, ["region"] = City.Region, ["city"] = City.Name };
        var home = Addresses.FirstOrDefault(a => (string?)a["purpose"] == "home");
        if (home?["postal_code"] is { } pc) claimed["postal_code"] = pc.GetValue<string>();
        claimed["time_zone"] = City.TimeZone;

        var o = new JsonObject
        {
            ["id"] = Id,
            ["kind"] = Kind,
            ["submitted_at"] = Time(SubmittedAt),
            ["person"] = person,
            ["claimed_location"] = claimed,
        };
        var contacts = new JsonObject();
        if (Emails.Count > 0) contacts["emails"] = Array(Emails.Select(e => (JsonNode)e));
        if (Phones.Count > 0) contacts["phones"] = Array(Phones.Select(p => (JsonNode)p));
        if (Messengers.Count > 0) contacts["messengers"] = Array(Messengers.Select(m => (JsonNode)new JsonObject { ["service"] = m.Service, ["handle"] = m.Handle }));
        o["contacts"] = contacts;
        if (Addresses.Count > 0) o["addresses"] = Array(Addresses);
        if (Profiles.Count > 0) o["online_profiles"] = Array(Profiles);
        if (Documents.Count > 0) o["identity_documents"] = Array(Documents);
        if (!NoPhoto)
        {
            var photo = new JsonObject { ["perceptual_hash"] = PhotoHash };
            if (PhotoSha is not null) photo["sha256"] = PhotoSha;
            o["photo"] = photo;
        }
        if (Employment.Count > 0) o["employment_history"] = Array(Employment);
        if (Education.Count > 0) o["education"] = Array(Education);
        if (References.Count > 0) o["references"] = Array(References);
        if (Resume.Length > 0) o["resume_text"] = Resume;
        if (Payments.Count > 0) o["payment_methods"] = Array(Payments);
        if (Sessions.Count > 0) o["sessions"] = Array(Sessions.OrderBy(s => (string?)s["started_at"], StringComparer.Ordinal));
        if (Interview is not null) o["interview"] = Interview;
        if (Shipping is not null) o["equipment_shipping"] = Shipping;
        if (Requests.Count > 0) o["requests"] = Array(Requests.OrderBy(r => (string?)r["at"], StringComparer.Ordinal));
        var referrer = ReferredByApplicant?.Id ?? ReferredByExternal;
        if (referrer is not null) o["referred_by"] = referrer;
        return o;
    }
}
