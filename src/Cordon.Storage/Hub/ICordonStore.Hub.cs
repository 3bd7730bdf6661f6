namespace Cordon.Storage;

/// <summary>The sharing hub's part of the store: TAXII API roots, collections, rights, sharing groups, STIX objects and statuses.</summary>
public partial interface ICordonStore
{
    /// <summary>Creates or replaces an API root (keyed by name).</summary>
    Task SaveHubApiRootAsync(HubApiRoot apiRoot, CancellationToken cancellationToken = default);

    /// <summary>Every API root, by name.</summary>
    Task<IReadOnlyList<HubApiRoot>> GetHubApiRootsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a collection (keyed by id); its objects and rights are kept.</summary>
    /// <exception cref="ArgumentException">The API root does not exist or the alias is taken; nothing was stored.</exception>
    Task SaveHubCollectionAsync(HubCollectionInfo collection, CancellationToken cancellationToken = default);

    /// <summary>Collections of one API root (all when null), by title then id.</summary>
    Task<IReadOnlyList<HubCollectionInfo>> GetHubCollectionsAsync(string? apiRoot = null, CancellationToken cancellationToken = default);

    /// <summary>Sets what an organisation may do with a collection; neither read nor write removes the right.</summary>
    /// <exception cref="ArgumentException">The collection does not exist; nothing was stored.</exception>
    Task SetHubCollectionRightAsync(HubCollectionRight right, CancellationToken cancellationToken = default);

    /// <summary>The rights of one organisation (all organisations when null), by collection then organisation.</summary>
    Task<IReadOnlyList<HubCollectionRight>> GetHubCollectionRightsAsync(string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a sharing group with exactly the given members.</summary>
    Task SaveHubSharingGroupAsync(HubSharingGroup group, CancellationToken cancellationToken = default);

    /// <summary>Every sharing group with its members, by id.</summary>
    Task<IReadOnlyList<HubSharingGroup>> GetHubSharingGroupsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores one envelope's objects and its status in one transaction. A version (id and modified) this owner already
    /// stored in the collection is a duplicate: counted as a success, nothing changes. New versions get strictly increasing <c>date_added</c> values.
    /// </summary>
    /// <exception cref="ArgumentException">The collection does not exist or an object is malformed; nothing was stored.</exception>
    Task<HubAddResult> AddHubObjectsAsync(HubAddRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of the versions of a collection that the reader may read, in (date_added, sequence) order.</summary>
    Task<HubObjectPage> QueryHubObjectsAsync(HubObjectQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given stored versions of one collection that <paramref name="ownerOrganisation"/> owns. Returns how many.</summary>
    Task<int> DeleteHubObjectsAsync(string collectionId, string ownerOrganisation, IReadOnlyList<long> sequences, CancellationToken cancellationToken = default);

    /// <summary>Stores a status resource as given (imports); replaces one with the same id.</summary>
    Task SaveHubStatusAsync(HubStatus status, CancellationToken cancellationToken = default);

    /// <summary>A status resource, or null.</summary>
    Task<HubStatus?> GetHubStatusAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The hub secret called <paramref name="name"/>: the stored one, or <paramref name="candidate"/> stored now when there
    /// is none yet (several servers on one database then agree on one value).
    /// </summary>
    Task<string> GetOrCreateHubSecretAsync(string name, string candidate, CancellationToken cancellationToken = default);

    /// <summary>A named value the hub keeps (federation subscriptions and their polling state), or null.</summary>
    Task<string?> GetHubSettingAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every named value whose name starts with <paramref name="prefix"/>, by name.</summary>
    Task<IReadOnlyList<KeyValuePair<string, string>>> GetHubSettingsAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a named value; null removes it.</summary>
    Task SetHubSettingAsync(string name, string? value, CancellationToken cancellationToken = default);

    /// <summary>Every stored sighting (all versions) whose <c>sighting_of_ref</c> is <paramref name="objectId"/>, in any collection.</summary>
    Task<IReadOnlyList<HubStoredObject>> GetHubSightingsOfAsync(string objectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stored indicator versions (every collection, owner and version, revoked ones included) with a sequence above
    /// <paramref name="afterSequence"/>, in sequence order, at most <paramref name="limit"/>, with their JSON. Correlation
    /// follows the store with it.
    /// </summary>
    Task<IReadOnlyList<HubStoredObject>> GetHubIndicatorVersionsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many stored indicator versions have a sequence up to <paramref name="upToSequence"/>, and the sum of those
    /// sequences: a reader that followed the store up to there compares it with what it saw, to learn of deletions and of
    /// versions committed late with a lower sequence.
    /// </summary>
    Task<HubSequenceChecksum> GetHubIndicatorChecksumAsync(long upToSequence, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends hub correlation alerts (<see cref="AlertKind.HubIndicatorMatch"/>) of one organisation in one transaction; an
    /// alert for a (record, collection, indicator) the organisation was already alerted about is skipped. Returns those stored.
    /// </summary>
    /// <exception cref="ArgumentException">An alert is not of kind <see cref="AlertKind.HubIndicatorMatch"/>; nothing was stored.</exception>
    Task<IReadOnlyList<Alert>> AddHubCorrelationAlertsAsync(string organisationId, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken = default);

    /// <summary>
    /// The id of the newest assessment of every record of one organisation, without the record or assessment texts: cheap
    /// enough to ask on every use, so a cache of the records can tell what is new, re-assessed or erased.
    /// </summary>
    Task<IReadOnlyList<(string RecordId, long AssessmentId)>> GetLatestAssessmentIdsAsync(string organisationId, CancellationToken cancellationToken = default);

    /// <summary>The submitted record texts and the stored assessments of the given assessments of one organisation (ids of another organisation are ignored).</summary>
    Task<IReadOnlyList<(string RecordId, long AssessmentId, string RecordJson, string AssessmentJson)>> GetAssessedRecordsAsync(string organisationId, IReadOnlyCollection<long> assessmentIds, CancellationToken cancellationToken = default);
}
