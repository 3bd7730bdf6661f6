using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cordon.Stix.Model;

/// <summary>
/// One STIX object, backed by its JSON object so every property — including custom properties and properties of
/// unknown types — is kept in its original order and written back unchanged. Typed accessors read from that JSON and
/// return null when a property is absent or of the wrong JSON kind (the validator reports the latter).
/// Instances are treated as immutable: <see cref="With"/> returns a changed copy.
/// </summary>
public class StixObject
{
    /// <summary>Wraps a JSON object. Use <see cref="FromJson"/> to get the typed subclass for its <c>type</c>.</summary>
    protected internal StixObject(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        Json = json;
    }

    /// <summary>The underlying JSON object. Do not change it; use <see cref="With"/>.</summary>
    public JsonObject Json { get; }

    /// <summary>The <c>type</c> property (empty when missing).</summary>
    public string Type => GetString("type") ?? string.Empty;

    /// <summary>The <c>id</c> property (empty when missing).</summary>
    public string Id => GetString("id") ?? string.Empty;

    /// <summary>The category of <see cref="Type"/>.</summary>
    public StixObjectCategory Category => StixTypes.CategoryOf(Type);

    /// <summary>The <c>spec_version</c> property.</summary>
    public string? SpecVersion => GetString("spec_version");

    /// <summary>The <c>created</c> property.</summary>
    public StixTimestamp? Created => GetTimestamp("created");

    /// <summary>The <c>modified</c> property.</summary>
    public StixTimestamp? Modified => GetTimestamp("modified");

    /// <summary>The <c>created_by_ref</c> property.</summary>
    public string? CreatedByRef => GetString("created_by_ref");

    /// <summary>The <c>revoked</c> property (false when absent, as the specification defaults it).</summary>
    public bool Revoked => GetBoolean("revoked") ?? false;

    /// <summary>The <c>confidence</c> property (0–100).</summary>
    public int? Confidence => GetInt32("confidence");

    /// <summary>The <c>lang</c> property.</summary>
    public string? Lang => GetString("lang");

    /// <summary>The <c>labels</c> property (empty when absent).</summary>
    public IReadOnlyList<string> Labels => GetStrings("labels");

    /// <summary>The <c>object_marking_refs</c> property (empty when absent).</summary>
    public IReadOnlyList<string> ObjectMarkingRefs => GetStrings("object_marking_refs");

    /// <summary>The <c>granular_markings</c> property (empty when absent).</summary>
    public IReadOnlyList<GranularMarking> GranularMarkings =>
        GetObjects("granular_markings").Select(m => new GranularMarking(
            m["marking_ref"] is JsonValue r && r.TryGetValue<string>(out var mr) ? mr : null,
            m["lang"] is JsonValue l && l.TryGetValue<string>(out var lang) ? lang : null,
            m["selectors"] is JsonArray s ? s.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var t) ? t : string.Empty).ToArray() : [])).ToArray();

    /// <summary>The <c>external_references</c> property (empty when absent).</summary>
    public IReadOnlyList<ExternalReference> ExternalReferences =>
        GetObjects("external_references").Select(ExternalReference.FromJson).ToArray();

    /// <summary>The <c>extensions</c> dictionary (extension id or name → extension object), empty when absent.</summary>
    public IReadOnlyDictionary<string, JsonObject> Extensions =>
        Json["extensions"] is JsonObject e
            ? e.Where(p => p.Value is JsonObject).ToDictionary(p => p.Key, p => (JsonObject)p.Value!, StringComparer.Ordinal)
            : new Dictionary<string, JsonObject>();

    /// <summary>
    /// Names of properties that are neither common nor specific to this type as far as this library knows (custom
    /// properties); empty for types not modelled in detail.
    /// </summary>
    public IReadOnlyList<string> CustomPropertyNames
    {
        get
        {
            var specific = StixTypes.SpecificPropertiesOf(Type);
            if (specific is null)
            {
                return [];
            }

            var common = Category == StixObjectCategory.CyberObservable ? StixTypes.CommonObservableProperties : StixTypes.CommonDomainProperties;
            return Json.Select(p => p.Key).Where(k => !common.Contains(k) && !specific.Contains(k)).ToArray();
        }
    }

    /// <summary>Creates the typed view for a JSON object according to its <c>type</c>; unknown types get a plain <see cref="StixObject"/>.</summary>
    public static StixObject FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var type = json["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
        return type switch
        {
            "indicator" => new StixIndicator(json),
            "identity" => new StixIdentity(json),
            "threat-actor" => new StixThreatActor(json),
            "intrusion-set" => new StixIntrusionSet(json),
            "campaign" => new StixCampaign(json),
            "sighting" => new StixSighting(json),
            "relationship" => new StixRelationship(json),
            "note" => new StixNote(json),
            "report" => new StixReport(json),
            "observed-data" => new StixObservedData(json),
            "marking-definition" => new StixMarkingDefinition(json),
            "extension-definition" => new StixExtensionDefinition(json),
            "email-addr" => new StixEmailAddress(json),
            "domain-name" => new StixDomainName(json),
            "ipv4-addr" => new StixIPv4Address(json),
            "ipv6-addr" => new StixIPv6Address(json),
            "url" => new StixUrl(json),
            "user-account" => new StixUserAccount(json),
            "file" => new StixFile(json),
            CordonObservableTypes.CryptocurrencyWallet => new StixCryptocurrencyWallet(json),
            CordonObservableTypes.BankAccount => new StixBankAccount(json),
            CordonObservableTypes.PhoneNumber => new StixPhoneNumber(json),
            CordonObservableTypes.KeyedIdentifier => new StixKeyedIdentifier(json),
            _ => new StixObject(json),
        };
    }

    /// <summary>Parses one STIX object from JSON text (not validated; see <see cref="Validation.StixValidator"/>).</summary>
    /// <exception cref="StixFormatException">Malformed JSON, over the limits, or not an object.</exception>
    public static StixObject Parse(string json, StixReadLimits? limits = null) => FromJson(StixJson.ParseObject(json, limits));

    /// <summary>Serialises the object, keeping every property in its original order.</summary>
    public string ToJsonString(bool indented = false) => StixJson.Serialize(Json, indented);

    /// <inheritdoc/>
    public override string ToString() => string.IsNullOrEmpty(Id) ? Type : Id;

    /// <summary>
    /// A copy with one property set (or removed when <paramref name="value"/> is null). An existing property keeps its
    /// position; a new one is appended.
    /// </summary>
    public StixObject With(string property, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(property);
        var copy = (JsonObject)Json.DeepClone();
        if (value is null)
        {
            copy.Remove(property);
        }
        else
        {
            copy[property] = value.Parent is null ? value : value.DeepClone();
        }

        return FromJson(copy);
    }

    /// <summary>
    /// A new version revoking this object (STIX 2.1 section 3.6): <c>revoked</c> true and <c>modified</c> set to
    /// <paramref name="modified"/>, which must be later than the current <c>modified</c>.
    /// </summary>
    public StixObject Revoke(DateTimeOffset modified)
    {
        if (Modified is { } current && modified <= current.Value)
        {
            throw new ArgumentException($"the new modified time must be later than the current one ({current.Value:O})", nameof(modified));
        }

        return With("revoked", JsonValue.Create(true)).With("modified", JsonValue.Create(StixTimestamp.FormatMilliseconds(modified)));
    }

    /// <summary>A string property, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        Json[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>A list of strings, or an empty list when absent or not a list (non-string entries are skipped).</summary>
    public IReadOnlyList<string> GetStrings(string name) =>
        Json[name] is JsonArray a
            ? a.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToArray()
            : [];

    /// <summary>A timestamp property, or null when absent or not a valid STIX timestamp.</summary>
    public StixTimestamp? GetTimestamp(string name) =>
        GetString(name) is { } s && StixTimestamp.TryParse(s, out var t, out _) ? t : null;

    /// <summary>A boolean property, or null when absent or not a boolean.</summary>
    public bool? GetBoolean(string name) =>
        Json[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    /// <summary>An integer property, or null when absent, not a number or not an integer in range.</summary>
    public int? GetInt32(string name) =>
        Json[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<JsonElement>(out var e) && e.TryGetInt32(out var i) ? i
        : Json[name] is JsonValue w && w.TryGetValue<int>(out var j) ? j
        : null;

    /// <summary>A 64-bit integer property, or null when absent or not an integer.</summary>
    public long? GetInt64(string name) =>
        Json[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<JsonElement>(out var e) && e.TryGetInt64(out var i) ? i
        : Json[name] is JsonValue w && w.TryGetValue<long>(out var j) ? j
        : null;

    private IEnumerable<JsonObject> GetObjects(string name) =>
        Json[name] is JsonArray a ? a.OfType<JsonObject>() : [];
}
