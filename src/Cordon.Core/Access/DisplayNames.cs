namespace Cordon.Core.Access;

/// <summary>Limits on the names people are shown by, shared by accounts and the capabilities that name a user (a case's assignee).</summary>
public static class DisplayNames
{
    /// <summary>
    /// The longest display name (characters) accepted wherever a name is set — web, API, command line — and wherever it is used
    /// later (a case's assignee), so that no accepted name is refused further on.
    /// </summary>
    public const int MaxLength = 200;
}
