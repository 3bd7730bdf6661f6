namespace Cordon.Accounts;

/// <summary>Who performs an action, as the audit log records it and as access checks see it.</summary>
/// <param name="OrganisationId">The organisation acted in; null for the local operator at the command line, who may act in any.</param>
/// <param name="UserId">The acting user, or null for the operator or an anonymous caller.</param>
/// <param name="UserName">The acting user's name (for the operator, <c>cli:&lt;system user&gt;</c>).</param>
/// <param name="ApiKeyId">The API key the caller came in with, if any.</param>
/// <param name="RemoteAddress">The caller's network address, when over HTTP.</param>
public sealed record Actor(string? OrganisationId, string? UserId, string? UserName, string? ApiKeyId = null, string? RemoteAddress = null)
{
    /// <summary>The local operator running the <c>cordon</c> command (trusted: has the database itself).</summary>
    public static Actor Operator { get; } = new(null, null, "cli:" + Environment.UserName);

    /// <summary>An unauthenticated caller from <paramref name="remoteAddress"/>.</summary>
    public static Actor Anonymous(string? remoteAddress) => new(null, null, null, null, remoteAddress);

    /// <summary>True for the local operator, who is not confined to one organisation.</summary>
    public bool IsOperator => OrganisationId is null && UserId is null && UserName is not null && UserName.StartsWith("cli:", StringComparison.Ordinal);

    /// <summary>Whether this actor may manage the accounts of <paramref name="organisationId"/> (its own, or any for the operator).</summary>
    public bool MayActIn(string organisationId) => IsOperator || string.Equals(OrganisationId, organisationId, StringComparison.Ordinal);
}
