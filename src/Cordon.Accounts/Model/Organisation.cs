namespace Cordon.Accounts;

/// <summary>A customer of Cordon (a platform, a bank, an agency): the boundary of every user's data.</summary>
/// <param name="Id">Short stable identifier (lower-case letters, digits, '-' and '_'), e.g. <c>default</c>.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record Organisation(string Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>The organisation that rows stored before organisations existed belong to, and the one the command line acts as.</summary>
    public const string DefaultId = "default";
}
