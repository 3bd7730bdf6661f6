using Cordon.Stix.Patterning;

namespace Cordon.Stix.Tests;

public class PatternParserTests
{
    // The patterning examples of STIX 2.1 section 9 (and its appendix), written out by hand.
    private static readonly string[] Examples =
    [
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        @"[email-message:from_ref.value MATCHES '.+\\@example\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$']",
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND file:mime_type = 'application/x-pdf']",
        "[file:hashes.'SHA-256' = 'bf07a7fbb825fc0aae7bf4a1177b2b31fcf8a3feeaf7092761e18c859ee52a9c' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        @"[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar'] WITHIN 300 SECONDS",
        "[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1008' AND user-account:account_login = 'Paul'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1009' AND user-account:account_login = 'Mary']",
        @"[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\xd4\\xc3\\xb2\\xa1\\x02\\x00\\x04\\x00']",
        @"[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\Windows\\System32']",
        "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
        "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']",
        "[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 180 SECONDS",
        "[domain-name:value = 'www.5z8.info' AND domain-name:resolves_to_refs[*].value = '198.51.100.1/32']",
        "[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']",
        "[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
        @"[windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\CryptoLocker\\Files' OR windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\Microsoft\\CurrentVersion\\Run\\CryptoLocker_0388']",
        "[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']",
        "[email-message:sender_ref.value = 'jdoe@example.com' AND email-message:subject = 'Conference Info']",
        "[x-usb-device:usbdrive.serial_number = '575833303935363139303435']",
        "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$'] FOLLOWEDBY [process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$'] WITHIN 300 SECONDS",
        "[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
        "([file:name = 'foo.dll'] AND [file:name = 'bar.dll']) START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
        "[file:name = 'foo.dll'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
        "[network-traffic:src_ref.value = '203.0.113.10' AND network-traffic:dst_ref.value = '198.51.100.58'] FOLLOWEDBY [network-traffic:src_ref.value = '198.51.100.58' AND network-traffic:dst_ref.value = '203.0.113.10'] WITHIN 5 SECONDS",
        "[ipv4-addr:value NOT = '203.0.113.1']",
        "[file:size IN (1024, 2048, 4096)]",
        "[file:name LIKE 'foo%.dll' AND file:name NOT LIKE '%test_']",
        "[ipv4-addr:value ISSUPERSET '198.51.100.7']",
        "[EXISTS windows-registry-key:values]",
        "[file:payload_bin = b'SGVsbG8=' AND file:is_encrypted = true AND file:x_flag = FALSE]",
        "[file:size > -5 AND file:size <= +1000 AND file:entropy >= .5 AND file:ratio < -0.25 AND file:name != 'x']",
        "[email-message:to_refs[0].value = 'a@example.com' AND email-message:to_refs[-1].value = 'b@example.com']",
        "[file:name = 'it\\'s']",
        "[a-b:c = 'd']",
    ];

    public static TheoryData<string> SpecificationExamples => new(Examples);

    [Theory]
    [MemberData(nameof(SpecificationExamples))]
    public void Specification_examples_parse(string pattern)
    {
        var parsed = StixPattern.Parse(pattern);

        Assert.NotNull(parsed.Root);
        Assert.Equal(pattern, parsed.Text);
    }

    [Fact]
    public void Precedence_followedby_loosest_then_or_then_and_and_qualifiers_bind_to_the_preceding_observation()
    {
        var root = StixPattern.Parse("[x-a:b = 1] OR [x-a:b = 2] AND [x-a:b = 3] WITHIN 5 SECONDS FOLLOWEDBY [x-a:b = 4]").Root;

        var followed = Assert.IsType<ObservationBinary>(root);
        Assert.Equal(ObservationOperator.FollowedBy, followed.Operator);
        var or = Assert.IsType<ObservationBinary>(followed.Left);
        Assert.Equal(ObservationOperator.Or, or.Operator);
        var and = Assert.IsType<ObservationBinary>(or.Right);
        Assert.Equal(ObservationOperator.And, and.Operator);
        var within = Assert.IsType<WithinQualifier>(and.Right);
        Assert.Equal(5, within.Seconds);
    }

    [Fact]
    public void Comparison_and_binds_tighter_than_or()
    {
        var root = Assert.IsType<ObservationComparison>(StixPattern.Parse("[x-a:b = 1 OR x-a:c = 2 AND x-a:d = 3]").Root);

        var or = Assert.IsType<ComparisonOr>(root.Comparison);
        Assert.IsType<ComparisonAnd>(or.Right);
    }

    [Fact]
    public void Constants_are_typed_and_unescaped()
    {
        var pattern = StixPattern.Parse(@"[x-a:s = 'it\'s \\ ok' AND x-a:i = -42 AND x-a:f = 1.5 AND x-a:t = t'2016-01-01T00:00:00.123Z' AND x-a:h = h'ff00' AND x-a:b = b'AAEC' AND x-a:o = True]");

        var literals = pattern.EqualityTerms.Select(t => t.Value).ToList();
        Assert.Equal(
            [PatternLiteralKind.QuotedString, PatternLiteralKind.WholeNumber, PatternLiteralKind.DecimalNumber, PatternLiteralKind.Timestamp, PatternLiteralKind.Hex, PatternLiteralKind.Binary, PatternLiteralKind.Boolean],
            literals.Select(l => l.Kind));
        Assert.Equal(@"it's \ ok", literals[0].Text);
        Assert.Equal(-42, literals[1].Number);
        Assert.Equal(new byte[] { 0xff, 0x00 }, literals[4].Bytes);
        Assert.Equal(new byte[] { 0, 1, 2 }, literals[5].Bytes);
        Assert.Equal("true", literals[6].Text);
    }

    [Fact]
    public void Object_paths_keep_quoted_names_indices_and_wildcards()
    {
        var term = StixPattern.Parse("[file:extensions.'windows-pebinary-ext'.sections[*].name = 'x' AND email-message:to_refs[2].value = 'y']").EqualityTerms;

        Assert.Equal("file", term[0].ObjectType);
        Assert.Equal("extensions.'windows-pebinary-ext'.sections[*].name", term[0].PropertyPath);
        Assert.Equal("to_refs[2].value", term[1].PropertyPath);
    }

    public static TheoryData<string, int, string> Errors => new()
    {
        // pattern, position, part of the message
        { "", 0, "an observation expression" },
        { "file:name = 'a'", 0, "'['" },
        { "[file:name = 'a'", 16, "']' closing the observation expression" },
        { "[file:name = 'a']]", 17, "end of the pattern" },
        { "[file:name 'a']", 11, "a comparison operator" },
        { "[file:name = ]", 13, "a constant" },
        { "[file:name = 'a]", 13, "a closing quote" },
        { "[file:name = 'a\\n']", 15, "escape" },
        { "[file:size > true]", 13, "an orderable constant" },
        { "[file:name LIKE 5]", 16, "a quoted string after LIKE" },
        { "[file:name MATCHES '(unclosed']", 19, "a valid regular expression" },
        { "[ipv4-addr:value ISSUBSET 'not-a-cidr']", 26, "CIDR" },
        { "[ipv4-addr:value ISSUBSET '10.0.0.0/33']", 26, "CIDR" },
        { "[file:hashes.SHA-256 = 'a']", 13, "quote names" },
        { "[file name = 'a']", 6, "':' after the object type" },
        { "[File:name = 'a']", 1, "an object type name" },
        { "[FILE:name = 'a']", 1, "an object type name" },
        { "[fi:name = 'a']", 1, "an object type name" },
        { "[file: = 'a']", 7, "a property name" },
        { "[file:name = 'a'] WITHIN 0 SECONDS", 25, "a positive number of seconds" },
        { "[file:name = 'a'] WITHIN 5", 26, "SECONDS" },
        { "[file:name = 'a'] REPEATS 1.5 TIMES", 26, "a positive integer after REPEATS" },
        { "[file:name = 'a'] REPEATS 2", 27, "TIMES" },
        { "[file:name = 'a'] START '2016' STOP t'2016-01-01T00:00:00Z'", 24, "a timestamp" },
        { "[file:name = 'a'] START t'2016-02-01T00:00:00Z' STOP t'2016-01-01T00:00:00Z'", 53, "later than the START" },
        { "[file:created = t'2016-01-01 00:00:00Z']", 16, "a timestamp" },
        { "[file:magic = h'fff']", 14, "hexadecimal" },
        { "[file:payload = b'abc']", 16, "base64" },
        { "[file:size = 007]", 13, "leading zeros" },
        { "[file:size IN (1, 2]", 19, "',' or ')'" },
        { "[file:size IN 1]", 14, "'(' starting the IN set" },
        { "[file:name = 'a'] and [file:name = 'b']", 18, "AND, OR, FOLLOWEDBY" },
        { "[file:name = 'a' # ]", 17, "an operator" },
        { "[file:list[x] = 'a']", 11, "a list index" },
        { "[file:name = 'a'] WITHIN 5 SECONDS WITHIN 6 SECONDS", 35, "a second WITHIN qualifier" },
        { "[file:name = 'a'] REPEATS 2 TIMES WITHIN 5 SECONDS REPEATS 3 TIMES", 51, "a second REPEATS qualifier" },
        { "[file:name = 'a'] START t'2016-01-01T00:00:00Z' STOP t'2016-01-02T00:00:00Z' START t'2016-01-01T00:00:00Z' STOP t'2016-01-02T00:00:00Z'", 77, "a second START/STOP qualifier" },
        { "[file:name = 'a'] OR ([file:name = 'b'] WITHIN 5 SECONDS WITHIN 6 SECONDS)", 57, "a second WITHIN qualifier" },
    };

    [Theory]
    [InlineData("[file:name = 'a'] WITHIN 5 SECONDS REPEATS 2 TIMES START t'2016-01-01T00:00:00Z' STOP t'2016-01-02T00:00:00Z'")]
    [InlineData("([file:name = 'a'] WITHIN 5 SECONDS) WITHIN 6 SECONDS")]
    [InlineData("([file:name = 'a']) REPEATS 2 TIMES REPEATS 3 TIMES")]
    [InlineData("[file:name = 'a'] WITHIN 5 SECONDS AND [file:name = 'b'] WITHIN 5 SECONDS")]
    public void Each_qualifier_kind_applies_once_to_an_observation_and_a_group_may_be_qualified_again(string pattern) =>
        Assert.NotNull(StixPattern.TryParse(pattern, out _));

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_give_the_position_and_what_was_expected(string pattern, int position, string message)
    {
        var e = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse(pattern));

        Assert.Equal(position, e.Position);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"pattern error at position {position}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Length_and_depth_are_bounded()
    {
        var limits = new PatternLimits { MaxLength = 50, MaxDepth = 10 };
        var deep = new string('(', 30) + "[x-a:b = 1]" + new string(')', 30);

        var tooLong = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse("[file:name = '" + new string('a', 100) + "']", limits));
        var tooDeep = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse(deep, limits with { MaxLength = 1000 }));
        var deepComparison = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse("[" + new string('(', 30) + "x-a:b = 1" + new string(')', 30) + "]", limits with { MaxLength = 1000 }));

        Assert.Contains("at most 50 characters", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 10", tooDeep.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 10", deepComparison.Message, StringComparison.Ordinal);
        Assert.NotNull(StixPattern.Parse(deep));
        var chain = string.Join(" AND ", Enumerable.Repeat("[x-a:b = 1]", 1002));
        var tooMany = Assert.Throws<PatternSyntaxException>(() => StixPattern.Parse(chain));
        Assert.Contains("limit of 1000 AND/OR/FOLLOWEDBY operators", tooMany.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_parse_returns_the_error_instead_of_throwing()
    {
        Assert.Null(StixPattern.TryParse("[", out var error));
        Assert.NotNull(error);
        Assert.NotNull(StixPattern.TryParse("[x-a:b = 1]", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Printed_syntax_tree_parses_to_the_same_tree()
    {
        foreach (var pattern in Examples)
        {
            var parsed = StixPattern.Parse(pattern);
            var printed = parsed.Root.ToString();

            Assert.Equal(parsed.Root.ToString(), StixPattern.Parse(printed).Root.ToString());
        }
    }
}
