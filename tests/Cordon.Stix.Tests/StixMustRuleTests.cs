using Cordon.Stix.Model;
using Cordon.Stix.Validation;

namespace Cordon.Stix.Tests;

/// <summary>
/// STIX 2.1 MUST rules from the OASIS validator's test suite that were accepted before (issue 18): each invalid object is
/// refused with its rule, and a valid counterpart differing only in that point passes.
/// </summary>
public class StixMustRuleTests
{
    private const string Common = "\"spec_version\":\"2.1\",\"created\":\"2016-04-06T20:03:48.000Z\",\"modified\":\"2016-04-06T20:03:48.000Z\"";
    private const string Indicator = "{\"type\":\"indicator\"," + Common + ",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"pattern\":\"[ipv4-addr:value = '198.51.100.1']\",\"pattern_type\":\"stix\",\"valid_from\":\"2016-01-01T00:00:00Z\"";
    private const string Relationship = "{\"type\":\"relationship\"," + Common + ",\"id\":\"relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e\",\"source_ref\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"";
    private const string Sighting = "{\"type\":\"sighting\"," + Common + ",\"id\":\"sighting--ee20065d-2555-424f-ad9e-0f8428623c75\"";
    private const string Marking = "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"created\":\"2017-01-20T00:00:00.000Z\",\"id\":\"marking-definition--7b2ec4f3-8a1d-4c6e-9f0a-3d5b6c7e8f90\"";
    private const string Extension = "{\"type\":\"extension-definition\"," + Common + ",\"id\":\"extension-definition--7b2ec4f3-8a1d-4c6e-9f0a-3d5b6c7e8f91\",\"created_by_ref\":\"identity--f431f809-377b-45e0-aa1c-6a4751cae5ff\",\"name\":\"x\",\"schema\":\"https://example.com/s.json\",\"version\":\"1.0\"";
    private const string Observed = "{\"type\":\"observed-data\"," + Common + ",\"id\":\"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf\",\"first_observed\":\"2015-12-21T19:00:00Z\",\"last_observed\":\"2015-12-21T19:00:00Z\",\"number_observed\":1";
    private const string Url = "{\"type\":\"url\",\"spec_version\":\"2.1\",\"id\":\"url--c1477287-23ac-5971-a010-5c287877fa60\"";
    private const string Software = "{\"type\":\"software\",\"spec_version\":\"2.1\",\"id\":\"software--a1827f6d-ca53-5605-9e93-4316cd22a00a\",\"name\":\"Word\"";
    private const string Artifact = "{\"type\":\"artifact\",\"spec_version\":\"2.1\",\"id\":\"artifact--6f437177-6e48-5cf8-9d9e-872a2bddd641\"";
    private const string File = "{\"type\":\"file\",\"spec_version\":\"2.1\",\"id\":\"file--949eb97a-da1e-5292-8959-03c4249dc9f3\",\"name\":\"foo.dll\"";
    private const string Traffic = "{\"type\":\"network-traffic\",\"spec_version\":\"2.1\",\"id\":\"network-traffic--2568d22a-8998-58eb-99ec-3c8ca74f527d\"";
    private const string Src = ",\"src_ref\":\"ipv4-addr--4d22aae0-2bf9-5427-8819-e4f6abf20a53\"";
    private const string LanguageContent = "{\"type\":\"language-content\"," + Common + ",\"id\":\"language-content--fa8daccd-4df2-4e83-93a4-e1990a2355c2\",\"object_ref\":\"identity--2d1c6ab3-5e4e-48ac-a32b-f0c01c2836a8\",\"object_modified\":\"2014-08-08T15:50:10.983Z\"";
    private const string Directory = "{\"type\":\"directory\",\"spec_version\":\"2.1\",\"id\":\"directory--ff1e0780-358c-5808-a8c7-d0fca4ef6ef4\",\"path\":\"C:\\\\Windows\\\\System32\"";
    private const string Email = "{\"type\":\"email-message\",\"spec_version\":\"2.1\",\"id\":\"email-message--d3f4ef30-b14e-59c5-92d5-946e150e4ca3\",\"subject\":\"Saying Hello\"";
    private const string Parts = "\"body_multipart\":[{\"content_type\":\"text/plain; charset=utf-8\",\"body\":\"Cats are funny!\"},{\"content_type\":\"image/png\",\"body_raw_ref\":\"artifact--4cce66f8-6eaa-53cb-85d5-3a85fca3a6c5\"}]";
    private const string X509 = "{\"type\":\"x509-certificate\",\"spec_version\":\"2.1\",\"id\":\"x509-certificate--ff1e0780-358c-4808-a8c7-d0fca4ef6ef4\"";
    private const string Md5 = "cead3f77f6cda6ec00f57d76c9a6879f";
    private const string Sha256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
    private const string Tlsh = "T1A0B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, rule, invalid object, valid counterpart
        { "bundle id in sighting_of_ref", StixRules.Reference, Sighting + ",\"sighting_of_ref\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\"}", Sighting + ",\"sighting_of_ref\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"}" },
        { "bundle id in target_ref", StixRules.Reference, Relationship + ",\"relationship_type\":\"indicates\",\"target_ref\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\"}", Relationship + ",\"relationship_type\":\"indicates\",\"target_ref\":\"malware--44af6c39-c09b-49c5-9de2-394224b04982\"}" },
        { "relationship_type syntax", StixRules.ValueFormat, Relationship + ",\"relationship_type\":\"Indicates_This\",\"target_ref\":\"malware--44af6c39-c09b-49c5-9de2-394224b04982\"}", Relationship + ",\"relationship_type\":\"indicates-this\",\"target_ref\":\"malware--44af6c39-c09b-49c5-9de2-394224b04982\"}" },
        { "reserved severity", StixRules.CustomPropertyName, Indicator + ",\"severity\":\"high\"}", Indicator + ",\"x_severity\":\"high\"}" },
        { "reserved action", StixRules.CustomPropertyName, Indicator + ",\"action\":\"block\"}", Indicator + ",\"x_action\":\"block\"}" },
        { "custom name starting with a digit", StixRules.CustomPropertyName, Indicator + ",\"1x_score\":5}", Indicator + ",\"x1_score\":5}" },
        { "custom name starting with an underscore", StixRules.CustomPropertyName, Indicator + ",\"_x_score\":5}", Indicator + ",\"x_score\":5}" },
        { "capec external id", StixRules.ExternalReference, Indicator + ",\"external_references\":[{\"source_name\":\"capec\",\"external_id\":\"163\"}]}", Indicator + ",\"external_references\":[{\"source_name\":\"capec\",\"external_id\":\"CAPEC-163\"}]}" },
        { "cve external id", StixRules.ExternalReference, Indicator + ",\"external_references\":[{\"source_name\":\"cve\",\"external_id\":\"CVE-16-1\"}]}", Indicator + ",\"external_references\":[{\"source_name\":\"cve\",\"external_id\":\"CVE-2016-1234\"}]}" },
        { "circular marking", StixRules.Marking, Marking + ",\"definition_type\":\"statement\",\"definition\":{\"statement\":\"c\"},\"object_marking_refs\":[\"marking-definition--7b2ec4f3-8a1d-4c6e-9f0a-3d5b6c7e8f90\"]}", Marking + ",\"definition_type\":\"statement\",\"definition\":{\"statement\":\"c\"},\"object_marking_refs\":[\"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9\"]}" },
        { "tlp not a string", StixRules.Marking, Marking + ",\"definition_type\":\"tlp\",\"definition\":{\"tlp\":5}}", Marking + ",\"definition_type\":\"tlp\",\"definition\":{\"tlp\":\"green\"}}" },
        { "extension_properties without toplevel", StixRules.Extension, Extension + ",\"extension_types\":[\"property-extension\"],\"extension_properties\":[\"x_a\"]}", Extension + ",\"extension_types\":[\"toplevel-property-extension\"],\"extension_properties\":[\"x_a\"]}" },
        { "observed-data objects as a list", StixRules.PropertyType, Observed + ",\"objects\":[{\"type\":\"ipv4-addr\",\"value\":\"198.51.100.1\"}]}", Observed + ",\"object_refs\":[\"ipv4-addr--4d22aae0-2bf9-5427-8819-e4f6abf20a53\"]}" },
        { "url value", StixRules.ValueFormat, Url + ",\"value\":\"not a url\"}", Url + ",\"value\":\"https://example.com/research/index.html\"}" },
        { "software cpe", StixRules.ValueFormat, Software + ",\"cpe\":\"cpe:/a:microsoft:word:2000\"}", Software + ",\"cpe\":\"cpe:2.3:a:microsoft:word:2000:*:*:*:*:*:*:*\"}" },
        { "artifact with payload and url", StixRules.Required, Artifact + ",\"payload_bin\":\"aGVsbG8=\",\"url\":\"https://example.com/a\",\"hashes\":{\"SHA-256\":\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"}}", Artifact + ",\"payload_bin\":\"aGVsbG8=\"}" },
        { "artifact payload not base64", StixRules.ValueFormat, Artifact + ",\"payload_bin\":\"not base64!\"}", Artifact + ",\"payload_bin\":\"aGVsbG8=\"}" },
        { "artifact key without algorithm", StixRules.Required, Artifact + ",\"payload_bin\":\"aGVsbG8=\",\"decryption_key\":\"k\"}", Artifact + ",\"payload_bin\":\"aGVsbG8=\",\"encryption_algorithm\":\"mime-type-indicated\",\"decryption_key\":\"k\"}" },
        { "network-traffic without src or dst", StixRules.Required, Traffic + ",\"protocols\":[\"tcp\"]}", Traffic + Src + ",\"protocols\":[\"tcp\"]}" },
        { "network-traffic without protocols", StixRules.Required, Traffic + Src + "}", Traffic + Src + ",\"protocols\":[\"ipv4\"]}" },
        { "network-traffic end before start", StixRules.TimeOrder, Traffic + Src + ",\"protocols\":[\"tcp\"],\"start\":\"2016-01-02T00:00:00Z\",\"end\":\"2016-01-01T00:00:00Z\"}", Traffic + Src + ",\"protocols\":[\"tcp\"],\"start\":\"2016-01-01T00:00:00Z\",\"end\":\"2016-01-02T00:00:00Z\"}" },
        { "network-traffic end while active", StixRules.TimeOrder, Traffic + Src + ",\"protocols\":[\"tcp\"],\"is_active\":true,\"end\":\"2016-01-02T00:00:00Z\"}", Traffic + Src + ",\"protocols\":[\"tcp\"],\"is_active\":true}" },
        { "network-traffic port range", StixRules.Range, Traffic + Src + ",\"protocols\":[\"tcp\"],\"src_port\":70000}", Traffic + Src + ",\"protocols\":[\"tcp\"],\"src_port\":443}" },
        { "hash key shorter than 3", StixRules.ValueFormat, File + ",\"hashes\":{\"md\":\"79054025255fb1a26e4bc422aef54eb4\"}}", File + ",\"hashes\":{\"MD5\":\"79054025255fb1a26e4bc422aef54eb4\"}}" },
        { "contents key not a language tag", StixRules.ValueFormat, LanguageContent + ",\"contents\":{\"español\":{\"identity_class\":\"organización\"}}}", LanguageContent + ",\"contents\":{\"es\":{\"identity_class\":\"organización\"}}}" },
        { "contents sub-key not a property name", StixRules.ValueFormat, LanguageContent + ",\"contents\":{\"es\":{\"a\":\"boo\"}}}", LanguageContent + ",\"contents\":{\"zh-Hant-TW\":{\"identity_class\":\"組織\"}}}" },
        { "contents value not a dictionary", StixRules.PropertyType, LanguageContent + ",\"contents\":{\"es\":\"organización\"}}", LanguageContent + ",\"contents\":{\"es\":{\"name\":\"organización\"}}}" },
        { "lang not a language tag", StixRules.ValueFormat, Indicator + ",\"lang\":\"en_US\"}", Indicator + ",\"lang\":\"en-US\"}" },
        { "granular marking lang", StixRules.ValueFormat, Indicator + ",\"granular_markings\":[{\"lang\":\"fr FR\",\"selectors\":[\"pattern\"]}]}", Indicator + ",\"granular_markings\":[{\"lang\":\"fr\",\"selectors\":[\"pattern\"]}]}" },
        { "software languages", StixRules.ValueFormat, Software + ",\"languages\":[\"en_GB\"]}", Software + ",\"languages\":[\"en-GB\",\"x-klingon\"]}" },
        { "file name_enc outside the IANA registry", StixRules.ValueFormat, File + ",\"name_enc\":\"bla.bla.bla\"}", File + ",\"name_enc\":\"ISO-8859-2\"}" },
        { "file name_enc by an alias, not the preferred name", StixRules.ValueFormat, File + ",\"name_enc\":\"latin2\"}", File + ",\"name_enc\":\"utf-8\"}" },
        { "directory path_enc", StixRules.ValueFormat, Directory + ",\"path_enc\":\"bla.bla.bla\"}", Directory + ",\"path_enc\":\"US-ASCII\"}" },
        { "email body_multipart while not multipart", StixRules.Required, Email + ",\"is_multipart\":false," + Parts + "}", Email + ",\"is_multipart\":false,\"body\":\"Hello World\"}" },
        { "email body while multipart", StixRules.Required, Email + ",\"is_multipart\":true,\"body\":\"Hello World\"}", Email + ",\"is_multipart\":true," + Parts + "}" },
        { "email without is_multipart", StixRules.Required, Email + ",\"body\":\"Hello World\"}", Email + ",\"is_multipart\":false,\"body\":\"Hello World\"}" },
        { "MIME part without body or body_raw_ref", StixRules.Required, Email + ",\"is_multipart\":true,\"body_multipart\":[{\"content_type\":\"image/png\"}]}", Email + ",\"is_multipart\":true," + Parts + "}" },
        { "MIME part body_raw_ref to a domain", StixRules.Reference, Email + ",\"is_multipart\":true,\"body_multipart\":[{\"body_raw_ref\":\"domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5\"}]}", Email + ",\"is_multipart\":true,\"body_multipart\":[{\"body_raw_ref\":\"file--949eb97a-da1e-5292-8959-03c4249dc9f3\"}]}" },
        { "email from_ref to a url", StixRules.Reference, Email + ",\"is_multipart\":false,\"from_ref\":\"url--c1477287-23ac-5971-a010-5c287877fa60\"}", Email + ",\"is_multipart\":false,\"from_ref\":\"email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3\"}" },
        { "email date impossible", StixRules.Timestamp, Email + ",\"is_multipart\":false,\"date\":\"1997-11-31T15:55:06Z\"}", Email + ",\"is_multipart\":false,\"date\":\"1997-11-21T15:55:06Z\"}" },
        { "process id not UUIDv4", StixRules.Identifier, "{\"type\":\"process\",\"spec_version\":\"2.1\",\"id\":\"process--ff1e0780-358c-5808-a8c7-d0fca4ef6ef4\",\"pid\":314}", "{\"type\":\"process\",\"spec_version\":\"2.1\",\"id\":\"process--ff1e0780-358c-4808-a8c7-d0fca4ef6ef4\",\"pid\":314}" },
        { "user-account without contributing properties not UUIDv4", StixRules.Identifier, "{\"type\":\"user-account\",\"spec_version\":\"2.1\",\"id\":\"user-account--ff1e0780-358c-5808-a8c7-d0fca4ef6ef4\",\"display_name\":\"Jane\"}", "{\"type\":\"user-account\",\"spec_version\":\"2.1\",\"id\":\"user-account--ff1e0780-358c-4808-a8c7-d0fca4ef6ef4\",\"display_name\":\"Jane\"}" },
        { "impossible date in a file extension", StixRules.Timestamp, File + ",\"extensions\":{\"windows-pebinary-ext\":{\"pe_type\":\"dll\",\"time_date_stamp\":\"2016-11-31T08:17:27Z\"}}}", File + ",\"extensions\":{\"windows-pebinary-ext\":{\"pe_type\":\"dll\",\"time_date_stamp\":\"2016-11-30T08:17:27Z\"}}}" },
        { "impossible date in x509 v3 extensions", StixRules.Timestamp, X509 + ",\"x509_v3_extensions\":{\"private_key_usage_period_not_before\":\"2016-11-31T08:17:27.000000Z\"}}", X509 + ",\"x509_v3_extensions\":{\"private_key_usage_period_not_before\":\"2016-11-30T08:17:27.000000Z\"}}" },
        { "impossible x509 validity date", StixRules.Timestamp, X509 + ",\"validity_not_after\":\"2016-02-30T00:00:00Z\"}", X509 + ",\"validity_not_after\":\"2016-02-29T00:00:00Z\"}" },
        { "MD5 of the wrong length", StixRules.ValueFormat, File + ",\"hashes\":{\"MD5\":\"cead3f77f6cda6ec00f57d76c9a6879\"}}", File + ",\"hashes\":{\"MD5\":\"CEAD3F77F6CDA6EC00F57D76C9A6879F\"}}" },
        { "SHA-256 not hexadecimal", StixRules.ValueFormat, File + ",\"hashes\":{\"SHA-256\":\"" + "zz" + Sha256[2..] + "\"}}", File + ",\"hashes\":{\"SHA-256\":\"" + Sha256 + "\"}}" },
        { "SHA3-512 of the wrong length", StixRules.ValueFormat, File + ",\"hashes\":{\"SHA3-512\":\"" + Sha256 + "\"}}", File + ",\"hashes\":{\"SHA3-512\":\"" + Sha256 + Sha256 + "\"}}" },
        { "SSDEEP malformed", StixRules.ValueFormat, File + ",\"hashes\":{\"SSDEEP\":\"not an ssdeep hash\"}}", File + ",\"hashes\":{\"SSDEEP\":\"96:s4Ud1Lj96tHHlZDrwciQmA+4uy1I0G4HYuL8N3TzS8QsO/wqWXLcMSx:sF1LjEtHHlZDrJzrhuyZvHYm8tKp/RWO\"}}" },
        { "TLSH malformed", StixRules.ValueFormat, File + ",\"hashes\":{\"TLSH\":\"T1" + Md5 + "\"}}", File + ",\"hashes\":{\"TLSH\":\"" + Tlsh + "\"}}" },
        { "hash inside an extension's list", StixRules.ValueFormat, File + ",\"extensions\":{\"ntfs-ext\":{\"alternate_data_streams\":[{\"name\":\"s\",\"hashes\":{\"SHA-1\":\"" + Md5 + "\"}}]}}}", File + ",\"extensions\":{\"ntfs-ext\":{\"alternate_data_streams\":[{\"name\":\"s\",\"hashes\":{\"SHA-1\":\"" + Md5 + "01234567\"}}]}}}" },
        { "pattern hash of the wrong length", StixRules.Pattern, IndicatorWith("[file:hashes.'SHA-256' = 'f00']"), IndicatorWith("[file:hashes.'SHA-256' = '" + Sha256 + "']") },
        { "pattern hash in an IN list", StixRules.Pattern, IndicatorWith("[file:hashes.MD5 IN ('" + Md5 + "', 'nothex')]"), IndicatorWith("[file:hashes.MD5 IN ('" + Md5 + "', '" + Md5.ToUpperInvariant() + "')]") },
        { "pattern hash named in lower case", StixRules.Pattern, IndicatorWith("[file:hashes.'sha-1' = '" + Md5 + "']"), IndicatorWith("[file:hashes.'sha-1' = '" + Md5 + "01234567']") },
        { "two WITHIN qualifiers", StixRules.Pattern, IndicatorWith(@"[windows-registry-key:key = 'hkey_local_machine\\foo\\bar'] WITHIN 5 SECONDS WITHIN 6 SECONDS"), IndicatorWith(@"([windows-registry-key:key = 'hkey_local_machine\\foo\\bar'] WITHIN 5 SECONDS) WITHIN 6 SECONDS") },
        { "two REPEATS qualifiers", StixRules.Pattern, IndicatorWith(@"([windows-registry-key:key = 'hkey_local_machine\\foo\\bar'] REPEATS 2 TIMES REPEATS 3 TIMES)"), IndicatorWith(@"([windows-registry-key:key = 'hkey_local_machine\\foo\\bar'] REPEATS 2 TIMES) REPEATS 3 TIMES") },
        { "two START/STOP qualifiers", StixRules.Pattern, IndicatorWith("[file:name = 'a'] START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z' START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z'"), IndicatorWith("[file:name = 'a'] START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z' WITHIN 5 SECONDS REPEATS 2 TIMES") },
    };

    private static string IndicatorWith(string pattern) =>
        "{\"type\":\"indicator\"," + Common + ",\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"pattern_type\":\"stix\",\"valid_from\":\"2016-01-01T00:00:00Z\",\"pattern\":"
        + System.Text.Json.JsonSerializer.Serialize(pattern) + "}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_invalid_object_is_refused_with_its_rule_and_the_valid_counterpart_passes(string name, string rule, string invalid, string valid)
    {
        var errors = StixValidator.Validate(StixObject.Parse(invalid));
        var fine = StixValidator.Validate(StixObject.Parse(valid));

        Assert.True(errors.Any(e => e.Rule == rule), $"{name}: expected [{rule}], got {string.Join("; ", errors)}");
        Assert.True(fine.Count == 0, $"{name} (valid counterpart): {string.Join("; ", fine)}");
    }
}
