namespace Cordon.Risk.Records;

/// <summary>An online profile (<c>$.online_profiles[]</c>).</summary>
/// <param name="Site">github, linkedin, upwork, telegram, personal_site, …</param>
/// <param name="Handle">Handle on the site.</param>
/// <param name="Url">Profile address.</param>
/// <param name="CreatedAt">When the profile was created.</param>
/// <param name="Followers">Follower count.</param>
/// <param name="PublicRepositories">Public repository count.</param>
public sealed record OnlineProfile(string Site, string? Handle, string? Url, DateTimeOffset? CreatedAt, long? Followers, long? PublicRepositories);
