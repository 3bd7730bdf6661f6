using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cordon.Storage;
using Cordon.Accounts;

namespace Cordon.Hub.Misp;

/// <summary>
/// A collection as a MISP feed, as one organisation may read it: the events <see cref="StixToMisp"/> makes of the latest
/// versions that organisation may read (the TAXII read rule: a read right on the collection, then each version's TLP),
/// served as MISP's feed generator lays them out — <c>manifest.json</c> (event uuid → info, date, timestamp, Orgc, tags, …),
/// <c>&lt;uuid&gt;.json</c> per event and <c>hashes.csv</c> (MD5 of each attribute value, event uuid) — so a MISP instance
/// adds it as a feed source. Going out, distribution 4 (a sharing group, meaningless to the receiver) becomes 0, and
/// missing threat level and analysis get MISP's feed defaults (4 undefined, 2 completed).
/// </summary>
public sealed class MispFeedPublisher
{
    private static readonly Guid LooseNamespace = new("0d4c3a79-7f0b-4b7e-9d63-2a1c5e8f4b10");
    private readonly ICordonStore store;

    /// <summary>Creates the publisher over a store.</summary>
    public MispFeedPublisher(ICordonStore store) => this.store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>
    /// The events of a collection (by id or alias) that <paramref name="organisation"/> may read; <paramref name="forFeed"/>
    /// applies the feed's changes (no sharing groups, default threat level and analysis), else they are as converted.
    /// </summary>
    /// <exception cref="HubAccessDeniedException">No read right on it, or no such collection (the same answer for both).</exception>
    public async Task<IReadOnlyList<MispEvent>> EventsAsync(string collection, string organisation, bool forFeed = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collection);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        var rights = await store.GetHubCollectionRightsAsync(organisation, cancellationToken);
        var info = (await store.GetHubCollectionsAsync(null, cancellationToken))
            .Where(c => rights.Any(r => r.CollectionId == c.Id && r.CanRead))
            .FirstOrDefault(c => c.Id == collection || c.Alias == collection)
            ?? throw new HubAccessDeniedException($"Organisation '{organisation}' may not read collection '{collection}' (no read right, or no such collection).");

        var stored = new List<HubStoredObject>();
        HubPosition? after = null;
        while (true)
        {
            var page = await store.QueryHubObjectsAsync(new HubObjectQuery(info.Id, organisation, 1000, after, Versions: HubVersionFilter.LastOnly), cancellationToken);
            stored.AddRange(page.Objects);
            if (!page.More)
            {
                break;
            }

            after = new HubPosition(page.Objects[^1].DateAdded, page.Objects[^1].Sequence);
        }

        var loose = new StixToMisp.LooseEvent(
            owner => NameBasedUuid(info.Id + "\n" + owner).ToString(),
            owner => $"{info.Title}: indicators shared by {owner}");
        var events = StixToMisp.Convert(stored, loose);
        return forFeed ? events.Select(ForFeed).ToList() : events;
    }

    /// <summary><c>manifest.json</c>: every event's manifest entry by uuid.</summary>
    public static JsonObject Manifest(IEnumerable<MispEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var manifest = new JsonObject();
        foreach (var mispEvent in events)
        {
            manifest[mispEvent.Uuid] = MispJson.ManifestEntry(mispEvent);
        }

        return manifest;
    }

    /// <summary><c>hashes.csv</c>: one line <c>md5(value),event uuid</c> per attribute value (each part of a composite value).</summary>
    public static string Hashes(IEnumerable<MispEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var text = new StringBuilder();
        foreach (var mispEvent in events)
        {
            foreach (var attribute in mispEvent.Attributes.Concat(mispEvent.Objects.SelectMany(o => o.Attributes)).Where(a => !a.Deleted))
            {
                var parts = attribute.Type.Contains('|', StringComparison.Ordinal) ? attribute.Value.Split('|') : [attribute.Value];
                foreach (var part in parts)
                {
#pragma warning disable CA5351 // MISP's hashes.csv is defined with MD5: a lookup key for value lists, not a protection.
                    text.Append(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(part)))).Append(',').Append(mispEvent.Uuid).Append('\n');
#pragma warning restore CA5351
                }
            }
        }

        return text.ToString();
    }

    private static MispEvent ForFeed(MispEvent mispEvent) => mispEvent with
    {
        Distribution = mispEvent.Distribution == 4 ? 0 : mispEvent.Distribution,
        SharingGroup = null,
        ThreatLevel = mispEvent.ThreatLevel ?? 4,
        Analysis = mispEvent.Analysis ?? 2,
        Attributes = mispEvent.Attributes.Select(ForFeed).ToList(),
        Objects = mispEvent.Objects.Select(o => o with
        {
            Distribution = o.Distribution == 4 ? 0 : o.Distribution,
            SharingGroup = null,
            Attributes = o.Attributes.Select(ForFeed).ToList(),
        }).ToList(),
    };

    private static MispAttributeData ForFeed(MispAttributeData attribute) =>
        attribute.Distribution == 4 ? attribute with { Distribution = 0, SharingGroup = null } : attribute with { SharingGroup = null };

    /// <summary>An RFC 4122 version 5 (SHA-1, name-based) UUID, so the same collection and owner always give the same event.</summary>
    internal static Guid NameBasedUuid(string name)
    {
        var bytes = LooseNamespace.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 is defined with; this names, it does not protect.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
