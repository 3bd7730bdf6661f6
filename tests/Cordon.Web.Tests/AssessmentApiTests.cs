using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Cordon.Web.Tests;

public class AssessmentApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    private static readonly string[] Samples = File.ReadAllLines(SharedData.Path("..", "samples", "applications.jsonl"));

    [Fact]
    public async Task One_record_is_assessed_stored_and_read_back()
    {
        var record = Samples[1];
        var id = JsonDocument.Parse(record).RootElement.GetProperty("id").GetString();

        var response = await server.Client.PostAsync("/api/assessments", new StringContent(record, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var assessment = await response.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await server.Client.GetFromJsonAsync<JsonElement>($"/api/assessments/{id}");

        Assert.Equal(id, assessment.GetProperty("id").GetString());
        Assert.Contains(assessment.GetProperty("level").GetString(), new[] { "low", "medium", "high", "critical" });
        Assert.Equal(assessment.GetProperty("score").GetInt32(), stored.GetProperty("score").GetInt32());
        Assert.Equal(assessment.GetProperty("signals").GetArrayLength(), stored.GetProperty("signals").GetArrayLength());
    }

    [Fact]
    public async Task An_invalid_record_is_a_400_naming_the_json_path()
    {
        var response = await server.Client.PostAsync("/api/assessments", new StringContent(
            """{"id":"bad-1","kind":"job_applicant","submitted_at":"yesterday","person":{"full_name":"A B"},"claimed_location":{"country":"US"}}""",
            Encoding.UTF8,
            "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.submitted_at", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/assessments/bad-1")).StatusCode);
    }

    [Fact]
    public async Task A_batch_assesses_the_valid_records_and_reports_the_invalid_one()
    {
        var body = "[" + Samples[2] + "," + """{"id":"bad-2"}""" + "," + Samples[3] + "]";

        var response = await server.Client.PostAsync("/api/assessments/batch", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var results = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(3, results.GetArrayLength());
        Assert.True(results[0].TryGetProperty("score", out _));
        Assert.Equal("bad-2", results[1].GetProperty("id").GetString());
        Assert.True(results[1].GetProperty("errors").GetArrayLength() > 0);
        Assert.True(results[2].TryGetProperty("level", out _));
    }
}
