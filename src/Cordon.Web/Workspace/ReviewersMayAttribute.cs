namespace Cordon.Web.Workspace;

/// <summary>
/// Marks a workspace page handler that reviewers may use although it is posted (they read, screen and comment); every other
/// posted handler is refused to them by <see cref="WorkspacePageModel"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReviewersMayAttribute : Attribute;
