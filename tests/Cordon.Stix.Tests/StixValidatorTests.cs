using System.Text;
using System.Text.Json.Nodes;
using Cordon.Stix.Extensions;
using Cordon.Stix.Markings;
using Cordon.Stix.Model;
using Cordon.Stix.Validation;

namespace Cordon.Stix.Tests;

public class StixValidatorTests
{
    private static readonly Dictionary<string, string> Bases = new()
    {
        ["indicator"] = """
            {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created_by_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
             "created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","name":"Poison Ivy Malware","description":"This file is part of Poison Ivy",
             "pattern":"[ file:hashes.'SHA-256' = '4bac27393bdd9777ce02453256c5577cd02275510b2227f473d03f533924f877' ]","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z",
             "labels":["a"],"confidence":50,"object_marking_refs":["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"],
             "granular_markings":[{"marking_ref":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","selectors":["description","labels.[0]"]}],
             "external_references":[{"source_name":"capec","external_id":"CAPEC-163"}]}
            """,
        ["sighting"] = """
            {"type":"sighting","spec_version":"2.1","id":"sighting--ee20065d-2555-424f-ad9e-0f8428623c75","created":"2016-04-06T20:08:31.000Z","modified":"2016-04-06T20:08:31.000Z",
             "first_seen":"2015-12-21T19:00:00Z","last_seen":"2015-12-21T19:00:00Z","count":50,"sighting_of_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "observed_data_refs":["observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf"],"where_sighted_refs":["identity--b67d30ff-02ac-498a-92f9-32f845f448ff"]}
            """,
        ["relationship"] = """
            {"type":"relationship","spec_version":"2.1","id":"relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e","created":"2016-04-06T20:06:37.000Z","modified":"2016-04-06T20:06:37.000Z",
             "relationship_type":"indicates","source_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","target_ref":"threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "start_time":"2016-01-01T00:00:00Z","stop_time":"2016-02-01T00:00:00Z"}
            """,
        ["marking"] = """
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","created":"2017-01-20T00:00:00.000Z","definition_type":"tlp","name":"TLP:GREEN","definition":{"tlp":"green"}}
            """,
        ["email"] = """{"type":"email-addr","spec_version":"2.1","id":"email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934","value":"john@example.com"}""",
        ["ipv4"] = """{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4","value":"198.51.100.3"}""",
        ["ipv6"] = """{"type":"ipv6-addr","id":"ipv6-addr--85a85a8c-ee99-5722-946d-3c3a3270fc6f","value":"2001:db8::/32"}""",
        ["file"] = """{"type":"file","id":"file--949eb97a-da1e-5292-8959-03c4249dc9f3","name":"foo.dll","size":25536}""",
        ["user"] = """{"type":"user-account","id":"user-account--f94d689e-707d-58c3-b803-c720bb6ed096","user_id":"1001"}""",
        ["extension"] = """
            {"id":"extension-definition--9c59fd79-4215-4ba2-920d-3e4f320e1e62","type":"extension-definition","spec_version":"2.1","name":"New SDO 1","created":"2014-02-20T09:16:08.989Z",
             "modified":"2014-02-20T09:16:08.989Z","created_by_ref":"identity--11b76a96-5d2b-45e0-8a5a-f6994f370731","schema":"https://www.example.com/schema-my-favorite-sdo-1/v1/","version":"1.2.1","extension_types":["new-sdo"]}
            """,
        ["observed"] = """
            {"type":"observed-data","spec_version":"2.1","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf","created":"2016-04-06T19:58:16.000Z","modified":"2016-04-06T19:58:16.000Z",
             "first_observed":"2015-12-21T19:00:00Z","last_observed":"2015-12-21T19:00:00Z","number_observed":50,"object_refs":["ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4"]}
            """,
    };

    public static TheoryData<string, string, string?, string, string> Violations => new()
    {
        // base, property, new value (JSON) or null to remove, expected rule, expected path
        { "indicator", "type", "\"Indicator\"", StixRules.Type, "$.type" },
        { "indicator", "type", "\"ab\"", StixRules.Type, "$.type" },
        { "indicator", "id", "\"indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"", StixRules.Identifier, "$.id" },
        { "indicator", "id", "\"indicator--8e2e2d2b-17d4-4cbf-938f\"", StixRules.Identifier, "$.id" },
        { "indicator", "id", "\"indicator--8e2e2d2b-17d4-4cbf-c38f-98ee46b3cd3f\"", StixRules.Identifier, "$.id" },
        { "indicator", "id", "\"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"", StixRules.Identifier, "$.id" },
        { "indicator", "id", null, StixRules.Required, "$.id" },
        { "indicator", "spec_version", null, StixRules.SpecVersion, "$.spec_version" },
        { "indicator", "spec_version", "\"2.0\"", StixRules.SpecVersion, "$.spec_version" },
        { "indicator", "created", null, StixRules.Required, "$.created" },
        { "indicator", "modified", null, StixRules.Required, "$.modified" },
        { "indicator", "pattern", null, StixRules.Required, "$.pattern" },
        { "indicator", "pattern_type", null, StixRules.Required, "$.pattern_type" },
        { "indicator", "valid_from", null, StixRules.Required, "$.valid_from" },
        { "indicator", "created", "\"2016-04-06 20:03:48.000Z\"", StixRules.Timestamp, "$.created" },
        { "indicator", "valid_from", "\"2016-01-01T00:00:00+01:00\"", StixRules.Timestamp, "$.valid_from" },
        { "indicator", "valid_from", "\"2016-01-01T00:00:00z\"", StixRules.Timestamp, "$.valid_from" },
        { "indicator", "valid_from", "\"2016-02-30T00:00:00Z\"", StixRules.Timestamp, "$.valid_from" },
        { "indicator", "modified", "\"2016-04-06T20:03:48Z\"", StixRules.TimestampPrecision, "$.modified" },
        { "indicator", "created", "\"2016-04-06T20:03:48.1Z\"", StixRules.TimestampPrecision, "$.created" },
        { "indicator", "modified", "\"2016-04-05T20:03:48.000Z\"", StixRules.ModifiedBeforeCreated, "$.modified" },
        { "indicator", "valid_until", "\"2016-01-01T00:00:00Z\"", StixRules.ValidUntilAfterValidFrom, "$.valid_until" },
        { "indicator", "valid_until", "\"2015-01-01T00:00:00Z\"", StixRules.ValidUntilAfterValidFrom, "$.valid_until" },
        { "indicator", "confidence", "101", StixRules.Confidence, "$.confidence" },
        { "indicator", "confidence", "-1", StixRules.Confidence, "$.confidence" },
        { "indicator", "confidence", "50.5", StixRules.Confidence, "$.confidence" },
        { "indicator", "confidence", "\"50\"", StixRules.PropertyType, "$.confidence" },
        { "indicator", "revoked", "\"false\"", StixRules.PropertyType, "$.revoked" },
        { "indicator", "labels", "[]", StixRules.EmptyList, "$.labels" },
        { "indicator", "labels", "\"a\"", StixRules.PropertyType, "$.labels" },
        { "indicator", "labels", "[1]", StixRules.PropertyType, "$.labels[0]" },
        { "indicator", "name", "null", StixRules.NullValue, "$.name" },
        { "indicator", "created_by_ref", "\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\"", StixRules.Reference, "$.created_by_ref" },
        { "indicator", "created_by_ref", "\"ACME\"", StixRules.Reference, "$.created_by_ref" },
        { "indicator", "object_marking_refs", "[\"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff\"]", StixRules.Marking, "$.object_marking_refs[0]" },
        { "indicator", "object_marking_refs", "[\"not-an-id\"]", StixRules.Reference, "$.object_marking_refs[0]" },
        { "indicator", "x_custom_refs", "[42]", StixRules.Reference, "$.x_custom_refs[0]" },
        { "indicator", "granular_markings", """[{"selectors":["description"]}]""", StixRules.Marking, "$.granular_markings[0]" },
        { "indicator", "granular_markings", """[{"marking_ref":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","lang":"en","selectors":["description"]}]""", StixRules.Marking, "$.granular_markings[0]" },
        { "indicator", "granular_markings", """[{"marking_ref":"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff","selectors":["description"]}]""", StixRules.Marking, "$.granular_markings[0].marking_ref" },
        { "indicator", "granular_markings", """[{"marking_ref":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","selectors":[]}]""", StixRules.Marking, "$.granular_markings[0].selectors" },
        { "indicator", "granular_markings", """[{"marking_ref":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","selectors":["nosuch"]}]""", StixRules.Marking, "$.granular_markings[0].selectors[0]" },
        { "indicator", "granular_markings", """[{"marking_ref":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","selectors":["labels.[5]"]}]""", StixRules.Marking, "$.granular_markings[0].selectors[0]" },
        { "indicator", "granular_markings", """[{"marking_ref":"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421","selectors":["labels.[x]"]}]""", StixRules.Marking, "$.granular_markings[0].selectors[0]" },
        { "indicator", "external_references", """[{"external_id":"CAPEC-163"}]""", StixRules.ExternalReference, "$.external_references[0].source_name" },
        { "indicator", "external_references", """[{"source_name":"capec"}]""", StixRules.ExternalReference, "$.external_references[0]" },
        { "indicator", "X_Custom", "1", StixRules.CustomPropertyName, "$.X_Custom" },
        { "indicator", "xy", "1", StixRules.CustomPropertyName, "$.xy" },
        { "indicator", "x-custom", "1", StixRules.CustomPropertyName, "$.x-custom" },
        { "indicator", "extensions", """{"extension-definition--9c59fd79":{}}""", StixRules.Extension, "$.extensions['extension-definition--9c59fd79']" },
        { "indicator", "extensions", """{"Bad Name":{}}""", StixRules.Extension, "$.extensions['Bad Name']" },
        { "indicator", "extensions", """{"x-ext":1}""", StixRules.Extension, "$.extensions['x-ext']" },
        { "indicator", "extensions", """{"x-ext":{"extension_type":"new-thing"}}""", StixRules.Extension, "$.extensions['x-ext'].extension_type" },
        { "indicator", "extensions", "{}", StixRules.EmptyList, "$.extensions" },
        { "indicator", "pattern", "\"[file:name = 'a'\"", StixRules.Pattern, "$.pattern" },
        { "indicator", "pattern", "\"[file:name LIKE 5]\"", StixRules.Pattern, "$.pattern" },
        { "sighting", "count", "1000000000", StixRules.Range, "$.count" },
        { "sighting", "count", "-1", StixRules.Range, "$.count" },
        { "sighting", "last_seen", "\"2015-12-20T19:00:00Z\"", StixRules.TimeOrder, "$.last_seen" },
        { "sighting", "sighting_of_ref", "\"relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e\"", StixRules.Reference, "$.sighting_of_ref" },
        { "sighting", "sighting_of_ref", null, StixRules.Required, "$.sighting_of_ref" },
        { "sighting", "observed_data_refs", "[\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"]", StixRules.Reference, "$.observed_data_refs[0]" },
        { "sighting", "where_sighted_refs", "[\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"]", StixRules.Reference, "$.where_sighted_refs[0]" },
        { "sighting", "where_sighted_refs", "[]", StixRules.EmptyList, "$.where_sighted_refs" },
        { "relationship", "stop_time", "\"2016-01-01T00:00:00Z\"", StixRules.TimeOrder, "$.stop_time" },
        { "relationship", "target_ref", "\"sighting--ee20065d-2555-424f-ad9e-0f8428623c75\"", StixRules.Reference, "$.target_ref" },
        { "relationship", "source_ref", null, StixRules.Required, "$.source_ref" },
        { "relationship", "relationship_type", null, StixRules.Required, "$.relationship_type" },
        { "marking", "definition", null, StixRules.Marking, "$" },
        { "marking", "modified", "\"2017-01-20T00:00:00.000Z\"", StixRules.Marking, "$" },
        { "marking", "definition", "{\"color\":\"green\"}", StixRules.Marking, "$.definition" },
        { "marking", "created", null, StixRules.Required, "$.created" },
        { "email", "value", "\"john.example.com\"", StixRules.ValueFormat, "$.value" },
        { "email", "value", null, StixRules.Required, "$.value" },
        { "email", "spec_version", "\"2.0\"", StixRules.SpecVersion, "$.spec_version" },
        { "email", "belongs_to_ref", "\"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff\"", StixRules.Reference, "$.belongs_to_ref" },
        { "email", "id", "\"email-addr--7165e2a9\"", StixRules.Identifier, "$.id" },
        { "ipv4", "value", "\"198.51.100.300\"", StixRules.ValueFormat, "$.value" },
        { "ipv4", "value", "\"2001:db8::1\"", StixRules.ValueFormat, "$.value" },
        { "ipv4", "value", "\"198.51.100.0/33\"", StixRules.ValueFormat, "$.value" },
        { "ipv6", "value", "\"198.51.100.3\"", StixRules.ValueFormat, "$.value" },
        { "file", "name", null, StixRules.Required, "$" },
        { "file", "size", "\"big\"", StixRules.PropertyType, "$.size" },
        { "file", "hashes", "[]", StixRules.PropertyType, "$.hashes" },
        { "user", "user_id", null, StixRules.Required, "$" },
        { "extension", "extension_types", "[\"new-thing\"]", StixRules.Extension, "$.extension_types[0]" },
        { "extension", "extension_types", null, StixRules.Required, "$.extension_types" },
        { "extension", "created_by_ref", null, StixRules.Required, "$.created_by_ref" },
        { "extension", "schema", null, StixRules.Required, "$.schema" },
        { "observed", "number_observed", "0", StixRules.Range, "$.number_observed" },
        { "observed", "last_observed", "\"2015-12-20T19:00:00Z\"", StixRules.TimeOrder, "$.last_observed" },
        { "observed", "object_refs", "[\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"]", StixRules.Reference, "$.object_refs[0]" },
        { "observed", "object_refs", null, StixRules.Required, "$" },
    };

    [Theory]
    [InlineData("indicator")]
    [InlineData("sighting")]
    [InlineData("relationship")]
    [InlineData("marking")]
    [InlineData("email")]
    [InlineData("ipv4")]
    [InlineData("ipv6")]
    [InlineData("file")]
    [InlineData("user")]
    [InlineData("extension")]
    [InlineData("observed")]
    public void Valid_base_objects_have_no_errors(string name)
    {
        Assert.Empty(StixValidator.Validate(Base(name)));
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public void Every_rule_fails_on_purpose_with_its_path(string name, string property, string? valueJson, string rule, string path)
    {
        var json = (JsonObject)Base(name).Json.DeepClone();
        if (valueJson is null)
        {
            json.Remove(property);
        }
        else
        {
            json[property] = JsonNode.Parse(valueJson);
        }

        var errors = StixValidator.Validate(StixObject.FromJson(json));

        Assert.Contains(errors, e => e.Rule == rule && e.Path == path);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void All_errors_are_reported_not_only_the_first()
    {
        var json = (JsonObject)Base("indicator").Json.DeepClone();
        json["confidence"] = 500;
        json["valid_until"] = "2015-01-01T00:00:00Z";
        json.Remove("pattern_type");
        json["created_by_ref"] = "nobody";

        var errors = StixValidator.Validate(StixObject.FromJson(json));

        Assert.Equal(
            [StixRules.Confidence, StixRules.Reference, StixRules.Required, StixRules.ValidUntilAfterValidFrom],
            errors.Select(e => e.Rule).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Spec_example_bundle_is_valid()
    {
        var errors = StixValidator.ValidateBundle(Examples.SpecBundle());

        Assert.Empty(errors);
    }

    [Fact]
    public void Bundle_errors_carry_the_object_position()
    {
        var bundle = """
            {"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
              {"type":"email-addr","id":"email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934","value":"john@example.com"},
              {"type":"email-addr","id":"email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934"}
            ]}
            """;

        var errors = StixValidator.ValidateBundleJson(Encoding.UTF8.GetBytes(bundle));

        var error = Assert.Single(errors);
        Assert.Equal("$.objects[1].value", error.Path);
        Assert.Equal(StixRules.Required, error.Rule);
    }

    [Theory]
    [InlineData("""{"type":"bundle","id":"indicator--5d0092c5-5f74-4287-9642-33f4c354e56d"}""", "$.id")]
    [InlineData("""{"type":"bundle"}""", "$.id")]
    [InlineData("""{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[]}""", "$.objects")]
    public void Bundle_envelope_rules(string json, string path)
    {
        var errors = StixValidator.ValidateBundleJson(Encoding.UTF8.GetBytes(json));

        Assert.Contains(errors, e => e.Path == path);
    }

    [Fact]
    public void Malformed_or_oversized_bundle_is_one_json_error_not_an_exception()
    {
        var options = StixValidationOptions.Default with { ReadLimits = new StixReadLimits { MaxBytes = 10 } };

        var malformed = StixValidator.ValidateBundleJson("{\"type\":"u8);
        var oversized = StixValidator.ValidateBundleJson("{\"type\":\"bundle\"}"u8, options);

        Assert.Equal(StixRules.Json, Assert.Single(malformed).Rule);
        Assert.Equal(StixRules.Json, Assert.Single(oversized).Rule);
    }

    [Fact]
    public void Error_count_is_bounded()
    {
        var objects = string.Join(",", Enumerable.Repeat("""{"type":"email-addr","id":"x"}""", 100));
        var json = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[" + objects + "]}";

        var errors = StixValidator.ValidateBundleJson(Encoding.UTF8.GetBytes(json), StixValidationOptions.Default with { MaxErrors = 25 });

        Assert.Equal(25, errors.Count);
    }

    [Fact]
    public void Published_tlp_and_cordon_objects_are_valid()
    {
        foreach (var o in TlpMarkings.All.Cast<StixObject>().Append(TlpMarkings.Tlp2Extension).Concat(CordonExtensions.Objects))
        {
            Assert.Empty(StixValidator.Validate(o));
        }
    }

    [Fact]
    public void Cordon_observables_must_declare_their_extension_and_follow_their_value_rules()
    {
        var phone = CordonExtensions.PhoneNumber("+12025550143");
        var withoutExtension = phone.With("extensions", null);
        var badValue = phone.With("value", JsonValue.Create("(202) 555-0143"));
        var bank = CordonExtensions.BankAccount("GB82WEST12345698765432");
        var badIban = bank.With("iban", JsonValue.Create("GB82WEST12345698765433"));
        var noAccount = bank.With("iban", null);

        Assert.Empty(StixValidator.Validate(phone));
        Assert.Empty(StixValidator.Validate(bank));
        Assert.Empty(StixValidator.Validate(CordonExtensions.Wallet("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BTC")));
        Assert.Contains(StixValidator.Validate(withoutExtension), e => e.Rule == StixRules.Extension);
        Assert.Contains(StixValidator.Validate(badValue), e => e.Rule == StixRules.ValueFormat && e.Path == "$.value");
        Assert.Contains(StixValidator.Validate(badIban), e => e.Rule == StixRules.ValueFormat && e.Path == "$.iban");
        Assert.Contains(StixValidator.Validate(noAccount), e => e.Rule == StixRules.Required);
    }

    private static StixObject Base(string name) => StixObject.Parse(Bases[name]);
}
