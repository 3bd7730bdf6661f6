using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Core.Access;

namespace Cordon.Web.Tests;

/// <summary>
/// The cases API works a case as the case page does: opened from an alert, commented, given a note, refused a decision
/// without a reason or on a stale version, decided, reopened; every change audited; another organisation sees nothing.
/// </summary>
public sealed class CaseApiTests(CordonServerFixture server) : IClassFixture<CordonServerFixture>
{
    [Fact]
    public async Task A_case_is_opened_from_an_alert_worked_and_decided_through_the_api()
    {
        var analyst = await server.CreateClientAsync("case-api-org", CordonRoles.Analyst);
        (await analyst.PostAsJsonAsync("/api/watch", new object[] { new { id = "case-api-subject", name = "Artem Lifshits", type = "person" } })).EnsureSuccessStatusCode();
        var alertId = (await analyst.GetFromJsonAsync<JsonElement>("/api/alerts?subject=case-api-subject"))[0].GetProperty("id").GetInt64();

        var opened = await analyst.PostAsJsonAsync("/api/cases", new { alertId });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var created = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        Assert.Equal($"/api/cases/{id}", opened.Headers.Location!.OriginalString);
        Assert.StartsWith($"Alert {alertId}: case-api-subject new match LIFSHITS", created.GetProperty("title").GetString(), StringComparison.Ordinal);

        // The same alert again: the case being worked, not a second one.
        var again = await (await analyst.PostAsJsonAsync("/api/cases", new { alertId })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, again.GetProperty("id").GetInt64());

        var commented = await analyst.PostAsJsonAsync($"/api/cases/{id}/comments", new { version = 1, text = "Same name, checking the date of birth." });
        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        var noted = await analyst.PostAsJsonAsync($"/api/cases/{id}/notes", new { version = 2, title = "Passport", note = "Born 1990, not 1972." });
        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);

        var stale = await analyst.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = 2, decision = "cleared", reason = "Different person." });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var blank = await analyst.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = 3, decision = "cleared", reason = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("reason", (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        var missingVersion = await analyst.PostAsJsonAsync($"/api/cases/{id}/decision", new { decision = "cleared", reason = "Different person." });
        Assert.Equal(HttpStatusCode.BadRequest, missingVersion.StatusCode);

        var decided = await analyst.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = 3, decision = "cleared", reason = "Different person: born 1990." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var closed = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", closed.GetProperty("state").GetString(), ignoreCase: true);

        var detail = await analyst.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal(4, detail.GetProperty("history").GetArrayLength());
        Assert.Contains(detail.GetProperty("history").EnumerateArray(), e => e.TryGetProperty("text", out var text) && text.GetString() == "Different person: born 1990.");

        var listed = await analyst.GetFromJsonAsync<JsonElement>("/api/cases?state=closed");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        Assert.DoesNotContain((await analyst.GetFromJsonAsync<JsonElement>("/api/cases?state=open")).EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);

        var reopened = await analyst.PostAsJsonAsync($"/api/cases/{id}/reopen", new { version = 4, reason = "New document from the bank." });
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);

        // Every change is in the audit log, as from the page.
        var admin = await server.CreateClientAsync("case-api-org", CordonRoles.Admin);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/audit?limit=1000");
        var actions = audit.GetProperty("entries").EnumerateArray()
            .Where(e => e.TryGetProperty("targetId", out var target) && target.GetString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.GetProperty("action").GetString())
            .ToList();
        foreach (var action in new[] { "case.open", "case.comment", "case.attach", "case.decide", "case.reopen", "case.view" })
        {
            Assert.Contains(action, actions);
        }
    }

    [Fact]
    public async Task Reviewers_comment_but_do_not_decide_and_another_organisation_sees_nothing()
    {
        var analyst = await server.CreateClientAsync("case-api-iso", CordonRoles.Analyst);
        var reviewer = await server.CreateClientAsync("case-api-iso", CordonRoles.Reviewer);
        var other = await server.CreateClientAsync("case-api-other", CordonRoles.Admin);
        var opened = await (await analyst.PostAsJsonAsync("/api/cases", new { title = "Suspicious contractor", reference = "TICKET-77" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = opened.GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/api/cases/{id}/comments", new { version = 1, text = "Seen." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = 2, decision = "cleared", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync("/api/cases", new { title = "Reviewer case" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/cases/{id}/comments", new { version = 2, text = "Not mine." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/cases/{id}/decision", new { version = 2, decision = "cleared", reason = "Not mine." })).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray(), c => c.GetProperty("title").GetString() == "Suspicious contractor");
        Assert.Equal(2, (await analyst.GetFromJsonAsync<JsonElement>($"/api/cases/{id}")).GetProperty("case").GetProperty("version").GetInt32());
    }
}
