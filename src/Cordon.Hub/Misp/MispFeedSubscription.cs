namespace Cordon.Hub.Misp;

/// <summary>A MISP feed that Cordon follows into one of its collections, with its polling state.</summary>
/// <param name="Id">Its name.</param>
/// <param name="FeedUrl">The feed's base URL (where <c>manifest.json</c> and <c>&lt;uuid&gt;.json</c> are).</param>
/// <param name="LocalCollectionId">The local collection that receives the events.</param>
/// <param name="Organisation">The local organisation owning what arrives (it decides, with each object's marking, who reads it here).</param>
/// <param name="Authorization">The Authorization header sent to the feed's server, or null for a public feed.</param>
public sealed record MispFeedSubscription(string Id, Uri FeedUrl, string LocalCollectionId, string Organisation, string? Authorization)
{
    /// <summary>The manifest timestamp of every event stored so far, by event uuid: an event is fetched again only when it changes.</summary>
    public IReadOnlyDictionary<string, long> Seen { get; init; } = new Dictionary<string, long>();

    /// <summary>When the feed was last polled completely, or null.</summary>
    public DateTimeOffset? PolledAt { get; init; }
}
