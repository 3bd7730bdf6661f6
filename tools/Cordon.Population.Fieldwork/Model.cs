using System.Globalization;
using System.Text.Json.Nodes;

namespace Cordon.Population.Fieldwork;

internal sealed class Address
{
    public string Purpose = "home";
    public string Line1 = "";
    public string? Line2;
    public string City = "";
    public string Region = "";
    public string Postal = "";
    public string Country = "";

    public Address Copy(string purpose) => new() { Purpose = purpose, Line1 = Line1, Line2 = Line2, City = City, Region = Region, Postal = Postal, Country = Country };

    public JsonObject ToJson()
    {
        var o = new JsonObject { ["purpose"] = Purpose, ["line1"] = Line1 };
        if (Line2 is not null) o["line2"] = Line2;
        o["city"] = City; o["region"] = Region; o["postal_code"] = Postal; o["country"] = Country;
        return o;
    }
}

internal sealed class Profile
{
    public string Site = "github";
    public string? Handle;
    public string? Url;
    public DateTime? CreatedAt;
    public int? Followers;
    public int? Repos;
}

internal sealed class Document
{
    public string Type = "passport";
    public string Country = "";
    public string Number = "";
    public string Name = "";
    public string Dob = "";
    public DateOnly? Expires;
    public string? ImageHash;
    public bool? Verified;
}

internal sealed class Job
{
    public string Employer = "";
    public string? Domain;
    public string Title = "";
    public string Start = "";
    public string? End;
    public string? Country;
    public bool? Verified;
}

internal sealed class School
{
    public string Institution = "";
    public string? Degree;
    public string? Start;
    public string? End;
    public string? Country;
    public bool? Verified;
}

internal sealed class Reference
{
    public string Name = "";
    public string? Email;
    public string? Phone;
    public string? Relationship;
}

internal sealed class Payment
{
    public string Type = "bank_account";
    public string? Holder;
    public string? Country;
    public string? Bank;
    public string? AccountNumber;
    public string? Iban;
    public string? Swift;
    public string? Provider;
    public string? AccountId;
    public string? Chain;
    public string? WalletAddress;
    public DateTime? AddedAt;
}

internal sealed class Session
{
    public DateTime Start;
    public DateTime? End;
    public string Ip = "";
    public string? DeviceId;
    public string? UserAgent;
    public string? AcceptLanguage;
    public string? BrowserTimeZone;
    public List<string>? RemoteTools;
}

internal sealed class Interview
{
    public bool VideoRequested;
    public bool? CameraRefused;
    public bool? InPersonRefused;
    public string? Notes;
}

internal sealed class Shipping
{
    public Address Address = new();
    public DateTime? RequestedAt;
    public bool? ChangedAfterOffer;
}

internal sealed class Request
{
    public DateTime At;
    public string Type = "other";
    public string? Detail;
}

/// <summary>One applicant record with its ground-truth label.</summary>
internal sealed class Applicant
{
    public string Id = "";
    public string Kind = "freelancer";
    public DateTime SubmittedAt;
    public string FullName = "";
    public string Given = "";
    public string Family = "";
    public List<string> OtherNames = [];
    public string? Dob;
    public string? Nationality;
    public string? Gender;
    public string Country = "";
    public string Region = "";
    public string City = "";
    public string Postal = "";
    public string TimeZone = "";
    public List<string> Emails = [];
    public List<string> Phones = [];
    public List<(string Service, string Handle)> Messengers = [];
    public List<Address> Addresses = [];
    public List<Profile> Profiles = [];
    public List<Document> Documents = [];
    public string? PhotoHash;
    public string? PhotoSha;
    public List<Job> Jobs = [];
    public List<School> Schools = [];
    public List<Reference> References = [];
    public string? Resume;
    public List<Payment> Payments = [];
    public List<Session> Sessions = [];
    public Interview? Interview;
    public Shipping? Shipping;
    public List<Request> Requests = [];
    public Applicant? ReferredBy;

    public bool Fraud;
    public string Group = "";
    public string Scenario = "";

    private static string Ts(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> items)
    {
        var a = new JsonArray();
        foreach (var s in items) a.Add(s);
        return a;
    }

    public JsonObject ToJson()
    {
        var person = new JsonObject { ["full_name"] = FullName, ["given_name"] = Given, ["family_name"] = Family };
        if (OtherNames.Count > 0) person["other_names"] = Strings(OtherNames);
        if (Dob is not null) person["date_of_birth"] = Dob;
        if (Nationality is not null) person["nationality"] = Nationality;
        if (Gender is not null) person["gender"] = Gender;

        var o = new JsonObject
        {
            ["id"] = Id,
            ["kind"] = Kind,
            ["submitted_at"] = Ts(SubmittedAt),
            ["person"] = person,
            ["claimed_location"] = new JsonObject { ["country"] = Country, ["region"] = Region, ["city"] = City, ["postal_code"] = Postal, ["time_zone"] = TimeZone },
        };

        var contacts = new JsonObject();
        if (Emails.Count > 0) contacts["emails"] = Strings(Emails);
        if (Phones.Count > 0) contacts["phones"] = Strings(Phones);
        if (Messengers.Count > 0)
        {
            var m = new JsonArray();
            foreach (var (service, handle) in Messengers) m.Add(new JsonObject { ["service"] = service, ["handle"] = handle });
            contacts["messengers"] = m;
        }
        o["contacts"] = contacts;

        if (Addresses.Count > 0)
        {
            var a = new JsonArray();
            foreach (var ad in Addresses) a.Add(ad.ToJson());
            o["addresses"] = a;
        }

        if (Profiles.Count > 0)
        {
            var a = new JsonArray();
            foreach (var p in Profiles)
            {
                var j = new JsonObject { ["site"] = p.Site };
                if (p.Handle is not null) j["handle"] = p.Handle;
                if (p.Url is not null) j["url"] = p.Url;
                if (p.CreatedAt is { } c) j["created_at"] = Ts(c);
                if (p.Followers is { } f) j["followers"] = f;
                if (p.Repos is { } r) j["public_repositories"] = r;
                a.Add(j);
            }
            o["online_profiles"] = a;
        }

        if (Documents.Count > 0)
        {
            var a = new JsonArray();
            foreach (var d in Documents)
            {
                var j = new JsonObject { ["type"] = d.Type, ["issuing_country"] = d.Country, ["number"] = d.Number, ["name_on_document"] = d.Name, ["date_of_birth"] = d.Dob };
                if (d.Expires is { } e) j["expires_on"] = e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (d.ImageHash is not null) j["image_hash"] = d.ImageHash;
                if (d.Verified is { } v) j["verified"] = v;
                a.Add(j);
            }
            o["identity_documents"] = a;
        }

        if (PhotoHash is not null || PhotoSha is not null)
        {
            var p = new JsonObject();
            if (PhotoHash is not null) p["perceptual_hash"] = PhotoHash;
            if (PhotoSha is not null) p["sha256"] = PhotoSha;
            o["photo"] = p;
        }

        if (Jobs.Count > 0)
        {
            var a = new JsonArray();
            foreach (var e in Jobs)
            {
                var j = new JsonObject { ["employer"] = e.Employer };
                if (e.Domain is not null) j["employer_domain"] = e.Domain;
                j["title"] = e.Title;
                j["start"] = e.Start;
                if (e.End is not null) j["end"] = e.End;
                if (e.Country is not null) j["country"] = e.Country;
                if (e.Verified is { } v) j["verified"] = v;
                a.Add(j);
            }
            o["employment_history"] = a;
        }

        if (Schools.Count > 0)
        {
            var a = new JsonArray();
            foreach (var s in Schools)
            {
                var j = new JsonObject { ["institution"] = s.Institution };
                if (s.Degree is not null) j["degree"] = s.Degree;
                if (s.Start is not null) j["start"] = s.Start;
                if (s.End is not null) j["end"] = s.End;
                if (s.Country is not null) j["country"] = s.Country;
                if (s.Verified is { } v) j["verified"] = v;
                a.Add(j);
            }
            o["education"] = a;
        }

        if (References.Count > 0)
        {
            var a = new JsonArray();
            foreach (var r in References)
            {
                var j = new JsonObject { ["name"] = r.Name };
                if (r.Email is not null) j["email"] = r.Email;
                if (r.Phone is not null) j["phone"] = r.Phone;
                if (r.Relationship is not null) j["relationship"] = r.Relationship;
                a.Add(j);
            }
            o["references"] = a;
        }

        if (Resume is not null) o["resume_text"] = Resume;

        if (Payments.Count > 0)
        {
            var a = new JsonArray();
            foreach (var p in Payments)
            {
                var j = new JsonObject { ["type"] = p.Type };
                if (p.Holder is not null) j["holder_name"] = p.Holder;
                if (p.Country is not null) j["country"] = p.Country;
                if (p.Bank is not null) j["bank_name"] = p.Bank;
                if (p.AccountNumber is not null) j["account_number"] = p.AccountNumber;
                if (p.Iban is not null) j["iban"] = p.Iban;
                if (p.Swift is not null) j["swift"] = p.Swift;
                if (p.Provider is not null) j["provider"] = p.Provider;
                if (p.AccountId is not null) j["account_id"] = p.AccountId;
                if (p.Chain is not null) j["chain"] = p.Chain;
                if (p.WalletAddress is not null) j["address"] = p.WalletAddress;
                if (p.AddedAt is { } t) j["added_at"] = Ts(t);
                a.Add(j);
            }
            o["payment_methods"] = a;
        }

        if (Sessions.Count > 0)
        {
            var a = new JsonArray();
            foreach (var s in Sessions.OrderBy(s => s.Start))
            {
                var j = new JsonObject { ["started_at"] = Ts(s.Start) };
                if (s.End is { } e) j["ended_at"] = Ts(e);
                j["ip"] = s.Ip;
                if (s.DeviceId is not null) j["device_id"] = s.DeviceId;
                if (s.UserAgent is not null) j["user_agent"] = s.UserAgent;
                if (s.AcceptLanguage is not null) j["accept_language"] = s.AcceptLanguage;
                if (s.BrowserTimeZone is not null) j["browser_time_zone"] = s.BrowserTimeZone;
                if (s.RemoteTools is { Count: > 0 }) j["remote_access_tools"] = Strings(s.RemoteTools);
                a.Add(j);
            }
            o["sessions"] = a;
        }

        if (Interview is { } iv)
        {
            var j = new JsonObject { ["video_requested"] = iv.VideoRequested };
            if (iv.CameraRefused is { } c) j["camera_refused"] = c;
            if (iv.InPersonRefused is { } p) j["in_person_refused"] = p;
            if (iv.Notes is not null) j["notes"] = iv.Notes;
            o["interview"] = j;
        }

        if (Shipping is { } sh)
        {
            var j = new JsonObject { ["address"] = sh.Address.ToJson() };
            if (sh.RequestedAt is { } t) j["requested_at"] = Ts(t);
            if (sh.ChangedAfterOffer is { } c) j["changed_after_offer"] = c;
            o["equipment_shipping"] = j;
        }

        if (Requests.Count > 0)
        {
            var a = new JsonArray();
            foreach (var r in Requests.OrderBy(r => r.At))
            {
                var j = new JsonObject { ["at"] = Ts(r.At), ["type"] = r.Type };
                if (r.Detail is not null) j["detail"] = r.Detail;
                a.Add(j);
            }
            o["requests"] = a;
        }

        if (ReferredBy is not null) o["referred_by"] = ReferredBy.Id;
        return o;
    }
}
