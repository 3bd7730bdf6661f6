using System.Security.Cryptography;
using Cordon.Core.Access;

namespace Cordon.Cases;

/// <summary>
/// The rules of a case, as pure functions from the current case to the change an action makes:
/// <list type="bullet">
/// <item>admins and analysts open, assign, attach, decide and reopen; reviewers only comment;</item>
/// <item>a decision needs a reason; cleared, rejected and reported close the case, escalated keeps it open for an admin, who alone decides an escalated case;</item>
/// <item>a closed case takes only comments until it is reopened, with a reason;</item>
/// <item>every change is one event appended to the history, never edited.</item>
/// </list>
/// </summary>
public static class CaseWorkflow
{
    /// <summary>Longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Longest comment, reason or note accepted.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Largest evidence file accepted, in bytes.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>A new case (version 1) and its opening event.</summary>
    /// <exception cref="CaseRuleException">The actor may not open cases, or the title or source is missing.</exception>
    public static CaseChange Open(CaseActor actor, CaseSourceKind sourceKind, string sourceId, string title, string? note, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireWorker(actor, "open a case");
        var cleanTitle = Required(title, "title", MaxTitleLength);
        var cleanSource = Required(sourceId, "source", MaxTitleLength);
        var cleanNote = Optional(note, "note");
        var opened = new CaseRecord(0, actor.OrganisationId, cleanTitle, sourceKind, cleanSource, CaseState.Open, null, null, null, actor.UserName, at, at, 1);
        return new CaseChange(opened, new CaseEvent(1, CaseEventKind.Opened, actor.UserId, actor.UserName, at, cleanNote));
    }

    /// <summary>Assigns the case to a user, or unassigns it when <paramref name="assigneeId"/> is null.</summary>
    /// <exception cref="CaseRuleException">Not allowed in this state or for this actor, or nothing would change.</exception>
    public static CaseChange Assign(CaseRecord current, CaseActor actor, string? assigneeId, string? assigneeName, DateTimeOffset at)
    {
        Check(current, actor);
        RequireWorker(actor, "assign a case");
        RequireNotClosed(current, "assigned");
        assigneeId = string.IsNullOrWhiteSpace(assigneeId) ? null : assigneeId.Trim();
        assigneeName = assigneeId is null ? null : Required(assigneeName ?? assigneeId, "assignee name", DisplayNames.MaxLength);
        if (assigneeId == current.AssigneeId)
        {
            throw new CaseRuleException(assigneeId is null ? "The case is not assigned to anyone." : $"The case is already assigned to {current.AssigneeName}.");
        }

        return Next(current, actor, at, CaseEventKind.Assigned, c => c with { AssigneeId = assigneeId, AssigneeName = assigneeName }, assigneeId: assigneeId, assigneeName: assigneeName);
    }

    /// <summary>Adds a comment; anyone who may read the case may comment, whatever its state.</summary>
    /// <exception cref="CaseRuleException">The comment is empty or too long.</exception>
    public static CaseChange Comment(CaseRecord current, CaseActor actor, string text, DateTimeOffset at)
    {
        Check(current, actor);
        var comment = Required(text, "comment", MaxTextLength);
        return Next(current, actor, at, CaseEventKind.Commented, c => c, text: comment);
    }

    /// <summary>Attaches a text note as evidence; its SHA-256 is computed from its UTF-8 bytes.</summary>
    /// <exception cref="CaseRuleException">Not allowed, or the note is empty.</exception>
    public static CaseChange AttachNote(CaseRecord current, CaseActor actor, string title, string note, DateTimeOffset at)
    {
        Check(current, actor);
        RequireWorker(actor, "attach evidence");
        RequireNotClosed(current, "given evidence");
        var name = Required(title, "evidence title", MaxTitleLength);
        var text = Required(note, "evidence note", MaxTextLength);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var evidence = new CaseEvidence(name, "text/plain", bytes.Length, Sha256(bytes), IsFile: false);
        return Next(current, actor, at, CaseEventKind.EvidenceAttached, c => c, text: text, evidence: evidence);
    }

    /// <summary>Attaches a file as evidence, identified by its SHA-256; the caller stores the content with the event.</summary>
    /// <exception cref="CaseRuleException">Not allowed, the file is empty or too large, or it has no name.</exception>
    public static CaseChange AttachFile(CaseRecord current, CaseActor actor, string fileName, string? mediaType, ReadOnlySpan<byte> content, string? note, DateTimeOffset at)
    {
        Check(current, actor);
        RequireWorker(actor, "attach evidence");
        RequireNotClosed(current, "given evidence");
        var name = Required(Path.GetFileName(fileName ?? string.Empty), "file name", MaxTitleLength);
        if (content.Length == 0)
        {
            throw new CaseRuleException($"The file '{name}' is empty.");
        }

        if (content.Length > MaxFileBytes)
        {
            throw new CaseRuleException($"The file '{name}' has {content.Length:N0} bytes; at most {MaxFileBytes:N0} are accepted.");
        }

        var type = string.IsNullOrWhiteSpace(mediaType) ? "application/octet-stream" : mediaType.Trim();
        var evidence = new CaseEvidence(name, type, content.Length, Sha256(content), IsFile: true);
        return Next(current, actor, at, CaseEventKind.EvidenceAttached, c => c, text: Optional(note, "note"), evidence: evidence);
    }

    /// <summary>Decides the case with a required reason.</summary>
    /// <exception cref="CaseRuleException">No reason, a closed case, an escalated case decided by a non-admin, or escalating twice.</exception>
    public static CaseChange Decide(CaseRecord current, CaseActor actor, CaseDecision decision, string reason, DateTimeOffset at)
    {
        Check(current, actor);
        RequireWorker(actor, "decide a case");
        if (!Enum.IsDefined(decision))
        {
            throw new CaseRuleException($"'{decision}' is not a decision: cleared, rejected, reported or escalated.");
        }

        var why = Required(reason, "reason", MaxTextLength);
        switch (current.State)
        {
            case CaseState.Closed:
                throw new CaseRuleException($"The case is already decided ({Describe(current.Decision)}); reopen it first, with a reason.");
            case CaseState.Escalated when !actor.IsAdmin:
                throw new CaseRuleException("The case is escalated: only an admin can decide it now.");
            case CaseState.Escalated when decision == CaseDecision.Escalated:
                throw new CaseRuleException("The case is already escalated.");
        }

        var state = decision == CaseDecision.Escalated ? CaseState.Escalated : CaseState.Closed;
        return Next(current, actor, at, CaseEventKind.Decided, c => c with { State = state, Decision = decision }, text: why, decision: decision);
    }

    /// <summary>Reopens a decided case with a required reason; the decision is withdrawn.</summary>
    /// <exception cref="CaseRuleException">The case is not closed, there is no reason, or the actor may not reopen.</exception>
    public static CaseChange Reopen(CaseRecord current, CaseActor actor, string reason, DateTimeOffset at)
    {
        Check(current, actor);
        RequireWorker(actor, "reopen a case");
        if (current.State != CaseState.Closed)
        {
            throw new CaseRuleException("Only a decided case can be reopened; this one is still being worked.");
        }

        var why = Required(reason, "reason", MaxTextLength);
        return Next(current, actor, at, CaseEventKind.Reopened, c => c with { State = CaseState.Open, Decision = null }, text: why);
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="content"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A decision in words, for messages and pages.</summary>
    public static string Describe(CaseDecision? decision) => decision?.ToString().ToLowerInvariant() ?? "undecided";

    private static CaseChange Next(
        CaseRecord current,
        CaseActor actor,
        DateTimeOffset at,
        CaseEventKind kind,
        Func<CaseRecord, CaseRecord> apply,
        string? text = null,
        CaseDecision? decision = null,
        string? assigneeId = null,
        string? assigneeName = null,
        CaseEvidence? evidence = null)
    {
        var version = current.Version + 1;
        var updated = apply(current) with { UpdatedAt = at > current.UpdatedAt ? at : current.UpdatedAt, Version = version };
        return new CaseChange(updated, new CaseEvent(version, kind, actor.UserId, actor.UserName, at, text, decision, assigneeId, assigneeName, evidence));
    }

    private static void Check(CaseRecord current, CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(actor);

        // The store refuses other organisations' cases too; failing here keeps the rule visible where the rules are.
        if (!string.Equals(current.OrganisationId, actor.OrganisationId, StringComparison.Ordinal))
        {
            throw new CaseRuleException("The case belongs to another organisation.");
        }
    }

    private static void RequireWorker(CaseActor actor, string action)
    {
        if (!actor.CanWork)
        {
            throw new CaseRuleException($"Only admins and analysts can {action}; reviewers read and comment.");
        }
    }

    private static void RequireNotClosed(CaseRecord current, string what)
    {
        if (current.State == CaseState.Closed)
        {
            throw new CaseRuleException($"The case is decided ({Describe(current.Decision)}) and cannot be {what}; reopen it first.");
        }
    }

    private static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new CaseRuleException($"A {field} is required.");
        }

        return Limit(trimmed, field, maxLength);
    }

    private static string? Optional(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Limit(value.Trim(), field, MaxTextLength);

    private static string Limit(string value, string field, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw new CaseRuleException($"The {field} has {value.Length} characters; at most {maxLength} are accepted.");
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            throw new CaseRuleException($"The {field} contains control characters.");
        }

        return value;
    }
}
