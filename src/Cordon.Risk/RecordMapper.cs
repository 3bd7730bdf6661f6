using System.Globalization;
using System.Text.Json;
using Cordon.Risk.Records;

namespace Cordon.Risk;

/// <summary>Maps a JSON object that passed schema validation to <see cref="ApplicationRecord"/>.</summary>
internal static class RecordMapper
{
    public static ApplicationRecord Map(JsonElement root)
    {
        var person = root.GetProperty("person");
        var location = root.GetProperty("claimed_location");
        return new ApplicationRecord(
            Id: Str(root, "id")!,
            Kind: Str(root, "kind")!,
            SubmittedAt: Time(root, "submitted_at") ?? throw new FormatException("submitted_at is not a date-time"),
            Person: new Person(
                Str(person, "full_name")!,
                Str(person, "given_name"),
                Str(person, "family_name"),
                Strings(person, "other_names"),
                Str(person, "date_of_birth"),
                Str(person, "nationality"),
                Str(person, "gender")),
            ClaimedLocation: new ClaimedLocation(
                Str(location, "country")!,
                Str(location, "region"),
                Str(location, "city"),
                Str(location, "postal_code"),
                Str(location, "time_zone")),
            Contacts: MapContacts(root),
            Addresses: List(root, "addresses", MapAddress),
            OnlineProfiles: List(root, "online_profiles", e => new OnlineProfile(
                Str(e, "site")!, Str(e, "handle"), Str(e, "url"), Time(e, "created_at"), Long(e, "followers"), Long(e, "public_repositories"))),
            IdentityDocuments: List(root, "identity_documents", e => new IdentityDocumentRecord(
                Str(e, "type")!, Str(e, "issuing_country"), Str(e, "number"), Str(e, "name_on_document"), Str(e, "date_of_birth"),
                Str(e, "expires_on"), Str(e, "image_hash"), Bool(e, "verified"))),
            Photo: Obj(root, "photo") is { } photo ? new Photo(Str(photo, "perceptual_hash"), Str(photo, "sha256")) : null,
            EmploymentHistory: List(root, "employment_history", e => new EmploymentEntry(
                Str(e, "employer")!, Str(e, "employer_domain"), Str(e, "title"), Str(e, "start"), Str(e, "end"), Str(e, "country"), Bool(e, "verified"))),
            Education: List(root, "education", e => new EducationEntry(
                Str(e, "institution")!, Str(e, "degree"), Str(e, "start"), Str(e, "end"), Str(e, "country"), Bool(e, "verified"))),
            References: List(root, "references", e => new Reference(Str(e, "name"), Str(e, "email"), Str(e, "phone"), Str(e, "relationship"))),
            ResumeText: Str(root, "resume_text"),
            PaymentMethods: List(root, "payment_methods", e => new PaymentMethod(
                Str(e, "type")!, Str(e, "holder_name"), Str(e, "country"), Str(e, "bank_name"), Str(e, "account_number"), Str(e, "iban"),
                Str(e, "swift"), Str(e, "provider"), Str(e, "account_id"), Str(e, "chain"), Str(e, "address"), Time(e, "added_at"))),
            Sessions: List(root, "sessions", e => new Session(
                Time(e, "started_at") ?? throw new FormatException("sessions[].started_at is not a date-time"),
                Time(e, "ended_at"),
                Str(e, "ip")!,
                Str(e, "account_id"),
                Str(e, "device_id"),
                Str(e, "user_agent"),
                Str(e, "accept_language"),
                Str(e, "browser_time_zone"),
                Strings(e, "remote_access_tools"))),
            Interview: Obj(root, "interview") is { } interview
                ? new Interview(Bool(interview, "video_requested"), Bool(interview, "camera_refused"), Bool(interview, "in_person_refused"), Str(interview, "notes"))
                : null,
            EquipmentShipping: Obj(root, "equipment_shipping") is { } shipping
                ? new EquipmentShipping(Obj(shipping, "address") is { } a ? MapAddress(a) : null, Time(shipping, "requested_at"), Bool(shipping, "changed_after_offer"))
                : null,
            Requests: List(root, "requests", e => new PersonRequest(Str(e, "type")!, Time(e, "at"), Str(e, "detail"))),
            ReferredBy: Str(root, "referred_by"),
            Raw: root);
    }

    private static Contacts MapContacts(JsonElement root)
    {
        if (Obj(root, "contacts") is not { } contacts)
        {
            return Contacts.Empty;
        }

        return new Contacts(
            Strings(contacts, "emails"),
            Strings(contacts, "phones"),
            List(contacts, "messengers", e => new Messenger(Str(e, "service")!, Str(e, "handle")!)));
    }

    private static Address MapAddress(JsonElement e) =>
        new(Str(e, "purpose"), Str(e, "line1"), Str(e, "line2"), Str(e, "city"), Str(e, "region"), Str(e, "postal_code"), Str(e, "country"));

    private static JsonElement? Obj(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Str(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Bool(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        } : null;

    private static long? Long(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt64(out var n) ? n : (long)Math.Min(value.GetDouble(), long.MaxValue)
            : null;

    private static DateTimeOffset? Time(JsonElement parent, string name)
    {
        var text = Str(parent, name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new FormatException(name + ": '" + text + "' is not a date-time");
    }

    private static List<string> Strings(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
        }

        return list;
    }

    private static List<T> List<T>(JsonElement parent, string name, Func<JsonElement, T> map)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                list.Add(map(item));
            }
        }

        return list;
    }
}
