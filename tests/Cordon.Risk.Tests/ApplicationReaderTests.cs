using System.Text.Json.Nodes;
using static Cordon.Risk.Tests.TestRecords;

namespace Cordon.Risk.Tests;

public sealed class ApplicationReaderTests
{
    private static IReadOnlyList<RecordError> Errors(JsonObject json)
    {
        var result = ApplicationReader.Read(json.ToJsonString());
        Assert.Null(result.Record);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    [Fact]
    public void A_clean_record_is_read_with_every_field()
    {
        var r = Read(Clean());
        Assert.Equal("app-1", r.Id);
        Assert.Equal("US", r.ClaimedLocation.Country);
        Assert.Equal(6, r.Sessions.Count);
        Assert.Equal("Emily Carter", r.IdentityDocuments[0].NameOnDocument);
        Assert.Equal(new DateTimeOffset(2026, 9, 22, 15, 9, 0, TimeSpan.Zero), r.SubmittedAt);
    }

    [Theory]
    [InlineData("x_alias", "\\ud800", "$.person.x_alias")]
    [InlineData("x_n\\udc00te", "\"kept\"", "$.person")]
    public void Half_a_surrogate_pair_in_a_string_or_a_name_is_an_error_with_its_path_not_an_exception(string name, string value, string path)
    {
        var text = Clean().ToJsonString().Replace("\"person\":{", "\"person\":{\"" + name + "\":" + (value.StartsWith('"') ? value : "\"" + value + "\"") + ",", StringComparison.Ordinal);

        var result = ApplicationReader.Read(text);

        Assert.Null(result.Record);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains("surrogate", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_are_accepted_and_kept_in_the_raw_json()
    {
        var json = Clean();
        json["x_vendor_score"] = 7;
        json["person"]!["x_note"] = "kept";
        var r = Read(json);
        Assert.Equal(7, r.Raw.GetProperty("x_vendor_score").GetInt32());
    }

    [Fact]
    public void Bad_date_of_birth_is_rejected_with_path_and_reason()
    {
        var json = Clean();
        json["person"]!["date_of_birth"] = "12/04/1990";
        Assert.Contains(new RecordError("$.person.date_of_birth", "must match YYYY[-MM[-DD]]"), Errors(json));
    }

    [Fact]
    public void Missing_required_field_is_rejected()
    {
        var json = Clean();
        json.Remove("claimed_location");
        Assert.Contains(Errors(json), e => e.Path == "$" && e.Reason.Contains("claimed_location", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_enum_value_is_rejected_with_the_value()
    {
        var json = Clean();
        json["kind"] = "robot";
        Assert.Contains(Errors(json), e => e.Path == "$.kind" && e.Reason.Contains("\"robot\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_value_type_in_an_array_item_is_rejected_with_its_index()
    {
        var json = Clean();
        Sessions(json)[2]!["ip"] = 12345;
        Assert.Contains(Errors(json), e => e.Path == "$.sessions[2].ip" && e.Reason.StartsWith("wrong type", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_date_time_and_country_are_rejected()
    {
        var json = Clean();
        json["submitted_at"] = "yesterday";
        json["claimed_location"]!["country"] = "usa";
        var errors = Errors(json);
        Assert.Contains(errors, e => e.Path == "$.submitted_at" && e.Reason.Contains("date-time", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.claimed_location.country" && e.Reason.Contains("ISO 3166", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "empty input")]
    [InlineData("   ", "empty input")]
    [InlineData("{\"id\": ", "not valid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("null", "expected a JSON object")]
    public void Non_records_are_rejected_clearly(string text, string reason)
    {
        var result = ApplicationReader.Read(text);
        Assert.Null(result.Record);
        Assert.Contains(result.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Huge_record_is_rejected_before_parsing()
    {
        var result = ApplicationReader.Read("{\"resume_text\": \"" + new string('a', ReaderLimits.MaxRecordChars) + "\"}");
        Assert.Equal("$", Assert.Single(result.Errors).Path);
        Assert.Contains("limit", result.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_array_is_rejected_with_its_path()
    {
        var json = Clean();
        var tools = new JsonArray();
        for (var i = 0; i <= ReaderLimits.MaxArrayLength; i++)
        {
            tools.Add("x");
        }

        Sessions(json)[0]!["remote_access_tools"] = tools;
        var error = Assert.Single(Errors(json));
        Assert.Equal("$.sessions[0].remote_access_tools", error.Path);
    }

    [Fact]
    public void Deep_nesting_is_rejected()
    {
        var text = "{\"id\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}";
        Assert.Contains(ApplicationReader.Read(text).Errors, e => e.Reason.Contains("not valid JSON", StringComparison.Ordinal));
    }
}
