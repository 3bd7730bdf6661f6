using System.Text.Json.Nodes;
using Cordon.Stix.Model;

namespace Cordon.Stix.Tests;

public class ScoIdentifierTests
{
    // The example bundle's SCO ids were computed outside .NET (Python uuid5 over sorted, compact JSON), so these tests
    // compare two independent implementations of STIX 2.1 section 2.9.
    [Theory]
    [InlineData("email-addr")]
    [InlineData("domain-name")]
    [InlineData("ipv4-addr")]
    [InlineData("ipv6-addr")]
    [InlineData("url")]
    [InlineData("user-account")]
    [InlineData("file")]
    public void Deterministic_ids_agree_with_an_independent_implementation(string type)
    {
        var sco = Examples.SpecBundle().Objects.Single(o => o.Type == type);

        Assert.Equal(sco.Id, ScoIdentifiers.Compute(sco.Json));
    }

    [Fact]
    public void Non_contributing_properties_do_not_change_the_id()
    {
        var a = JsonNode.Parse("""{"type":"email-addr","value":"john@example.com"}""")!.AsObject();
        var b = JsonNode.Parse("""{"type":"email-addr","value":"john@example.com","display_name":"John"}""")!.AsObject();
        var c = JsonNode.Parse("""{"type":"email-addr","value":"jane@example.com"}""")!.AsObject();

        Assert.Equal("email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934", ScoIdentifiers.Compute(a));
        Assert.Equal(ScoIdentifiers.Compute(a), ScoIdentifiers.Compute(b));
        Assert.NotEqual(ScoIdentifiers.Compute(a), ScoIdentifiers.Compute(c));
    }

    [Fact]
    public void File_id_uses_one_hash_in_the_preferred_order()
    {
        var withMd5 = JsonNode.Parse("""{"type":"file","hashes":{"SHA-256":"aa","MD5":"bb"}}""")!.AsObject();
        var md5Only = JsonNode.Parse("""{"type":"file","hashes":{"MD5":"bb"}}""")!.AsObject();

        Assert.Equal(ScoIdentifiers.Compute(md5Only), ScoIdentifiers.Compute(withMd5));
    }

    [Fact]
    public void Unknown_types_and_objects_without_contributing_properties_get_no_id()
    {
        Assert.Null(ScoIdentifiers.Compute(JsonNode.Parse("""{"type":"x-thing","value":"a"}""")!.AsObject()));
        Assert.Null(ScoIdentifiers.Compute(JsonNode.Parse("""{"type":"user-account","display_name":"a"}""")!.AsObject()));
    }

    [Fact]
    public void Uuid_v5_matches_the_rfc_4122_dns_example()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') == 886313e1-3b8a-5372-9b90-0c9aee199e5d
        var dns = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"), ScoIdentifiers.UuidV5(dns, "python.org"));
    }

    [Fact]
    public void Canonical_json_sorts_members_and_escapes_minimally()
    {
        var node = JsonNode.Parse("""{"b":1,"a":"é\n\"","c":[true,null,1.5]}""");

        Assert.Equal("{\"a\":\"é\\n\\\"\",\"b\":1,\"c\":[true,null,1.5]}", CanonicalJson.Serialize(node));
    }
}
