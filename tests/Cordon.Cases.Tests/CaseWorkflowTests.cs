using System.Text;
using Cordon.Core.Access;

namespace Cordon.Cases.Tests;

public sealed class CaseWorkflowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseActor Analyst = Actor("u-ana", "ana", "org-a", CordonRoles.Analyst);
    private static readonly CaseActor Admin = Actor("u-adm", "adm", "org-a", CordonRoles.Admin);
    private static readonly CaseActor Reviewer = Actor("u-rev", "rev", "org-a", CordonRoles.Reviewer);

    private static CaseActor Actor(string id, string name, string organisation, params string[] roles) =>
        new(id, name, organisation, roles.ToHashSet());

    private static CaseRecord Opened() => CaseWorkflow.Open(Analyst, CaseSourceKind.Alert, "17", "Alert 17: KIM Jong Un", null, T0).Case with { Id = 5 };

    [Fact]
    public void Opening_gives_version_one_and_an_opened_event_by_the_actor()
    {
        var change = CaseWorkflow.Open(Analyst, CaseSourceKind.Assessment, " app-9 ", " Applicant app-9 ", "high score", T0);

        Assert.Equal(1, change.Case.Version);
        Assert.Equal(CaseState.Open, change.Case.State);
        Assert.Equal("org-a", change.Case.OrganisationId);
        Assert.Equal("app-9", change.Case.SourceId);
        Assert.Equal("Applicant app-9", change.Case.Title);
        Assert.Equal(new CaseEvent(1, CaseEventKind.Opened, "u-ana", "ana", T0, "high score"), change.Event);
    }

    [Fact]
    public void Reviewers_cannot_open_assign_attach_decide_or_reopen_but_can_comment()
    {
        var open = Opened();
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Open(Reviewer, CaseSourceKind.Alert, "1", "t", null, T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Assign(open, Reviewer, "u-rev", "rev", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.AttachNote(open, Reviewer, "n", "text", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Decide(open, Reviewer, CaseDecision.Cleared, "fine", T0));

        var comment = CaseWorkflow.Comment(open, Reviewer, "looks like a namesake", T0.AddMinutes(1));
        Assert.Equal(2, comment.Case.Version);
        Assert.Equal(CaseEventKind.Commented, comment.Event.Kind);
        Assert.Equal("looks like a namesake", comment.Event.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_decision_without_a_reason_is_refused(string? reason)
    {
        var error = Assert.Throws<CaseRuleException>(() => CaseWorkflow.Decide(Opened(), Analyst, CaseDecision.Cleared, reason!, T0));
        Assert.Contains("reason", error.Message);
    }

    [Theory]
    [InlineData(CaseDecision.Cleared)]
    [InlineData(CaseDecision.Rejected)]
    [InlineData(CaseDecision.Reported)]
    public void Final_decisions_close_the_case_and_record_the_reason(CaseDecision decision)
    {
        var change = CaseWorkflow.Decide(Opened(), Analyst, decision, "date of birth differs by 30 years", T0.AddHours(1));

        Assert.Equal(CaseState.Closed, change.Case.State);
        Assert.Equal(decision, change.Case.Decision);
        Assert.Equal(T0.AddHours(1), change.Case.UpdatedAt);
        Assert.Equal(CaseEventKind.Decided, change.Event.Kind);
        Assert.Equal(decision, change.Event.Decision);
        Assert.Equal("date of birth differs by 30 years", change.Event.Text);
    }

    [Fact]
    public void An_escalated_case_stays_open_and_only_an_admin_decides_it()
    {
        var escalated = CaseWorkflow.Decide(Opened(), Analyst, CaseDecision.Escalated, "needs legal", T0).Case;
        Assert.Equal(CaseState.Escalated, escalated.State);

        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Decide(escalated, Analyst, CaseDecision.Cleared, "ok", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Decide(escalated, Admin, CaseDecision.Escalated, "again", T0));
        var decided = CaseWorkflow.Decide(escalated, Admin, CaseDecision.Reported, "confirmed match", T0).Case;
        Assert.Equal(CaseState.Closed, decided.State);
        Assert.Equal(CaseDecision.Reported, decided.Decision);
        Assert.Equal(3, decided.Version);
    }

    [Fact]
    public void A_closed_case_takes_comments_but_nothing_else_until_reopened_with_a_reason()
    {
        var closed = CaseWorkflow.Decide(Opened(), Analyst, CaseDecision.Cleared, "namesake", T0).Case;

        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Decide(closed, Analyst, CaseDecision.Rejected, "changed mind", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Assign(closed, Analyst, "u-ana", "ana", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.AttachNote(closed, Analyst, "n", "t", T0));
        Assert.Equal(3, CaseWorkflow.Comment(closed, Reviewer, "agreed", T0).Case.Version);
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Reopen(closed, Analyst, " ", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Reopen(closed, Reviewer, "new facts", T0));

        var reopened = CaseWorkflow.Reopen(closed, Analyst, "new facts from the bank", T0.AddDays(1));
        Assert.Equal(CaseState.Open, reopened.Case.State);
        Assert.Null(reopened.Case.Decision);
        Assert.Equal(CaseEventKind.Reopened, reopened.Event.Kind);
        Assert.Equal("new facts from the bank", reopened.Event.Text);
        Assert.Equal(CaseState.Closed, CaseWorkflow.Decide(reopened.Case, Analyst, CaseDecision.Rejected, "fake passport", T0).Case.State);
    }

    [Fact]
    public void Only_a_closed_case_can_be_reopened()
    {
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Reopen(Opened(), Analyst, "why", T0));
    }

    [Fact]
    public void Assigning_records_the_assignee_and_refuses_a_change_that_changes_nothing()
    {
        var assigned = CaseWorkflow.Assign(Opened(), Analyst, "u-ana", "ana", T0);
        Assert.Equal(("u-ana", "ana"), (assigned.Case.AssigneeId, assigned.Case.AssigneeName));
        Assert.Equal(("u-ana", "ana"), (assigned.Event.AssigneeId, assigned.Event.AssigneeName));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Assign(assigned.Case, Analyst, "u-ana", "ana", T0));

        var unassigned = CaseWorkflow.Assign(assigned.Case, Admin, null, null, T0);
        Assert.Null(unassigned.Case.AssigneeId);
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Assign(unassigned.Case, Admin, " ", null, T0));
    }

    [Fact]
    public void Evidence_carries_the_sha256_of_its_content()
    {
        var bytes = Encoding.UTF8.GetBytes("abc");
        var file = CaseWorkflow.AttachFile(Opened(), Analyst, "../../etc/passport.txt", "text/plain", bytes, "scan", T0);

        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.Event.Evidence!.Sha256);
        Assert.Equal("passport.txt", file.Event.Evidence.Name);
        Assert.True(file.Event.Evidence.IsFile);
        Assert.Equal(3, file.Event.Evidence.Size);

        var note = CaseWorkflow.AttachNote(Opened(), Analyst, "call notes", "abc", T0);
        Assert.Equal(file.Event.Evidence.Sha256, note.Event.Evidence!.Sha256);
        Assert.False(note.Event.Evidence.IsFile);
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.AttachFile(Opened(), Analyst, "empty.bin", null, [], null, T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.AttachFile(Opened(), Analyst, "big.bin", null, new byte[CaseWorkflow.MaxFileBytes + 1], null, T0));
    }

    [Fact]
    public void Nobody_changes_another_organisations_case()
    {
        var stranger = Actor("u-x", "x", "org-b", CordonRoles.Admin);
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Comment(Opened(), stranger, "hi", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Decide(Opened(), stranger, CaseDecision.Cleared, "x", T0));
    }

    [Fact]
    public void Texts_with_control_characters_or_too_long_are_refused()
    {
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Comment(Opened(), Analyst, "a\0b", T0));
        Assert.Throws<CaseRuleException>(() => CaseWorkflow.Comment(Opened(), Analyst, new string('x', CaseWorkflow.MaxTextLength + 1), T0));
        Assert.Equal("line 1\nline 2", CaseWorkflow.Comment(Opened(), Analyst, "line 1\nline 2", T0).Event.Text);
    }
}
