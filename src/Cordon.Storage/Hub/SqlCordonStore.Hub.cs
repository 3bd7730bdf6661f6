using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cordon.Storage;

/// <summary>The sharing hub's SQL, shared by both providers.</summary>
public abstract partial class SqlCordonStore
{
    private const string HubObjectColumns =
        "o.seq, o.collection_id, o.object_id, o.type, o.spec_version, o.version, o.version_text, o.date_added, o.owner_org, o.tlp, o.revoked, o.valid_until, o.provenance";

    /// <inheritdoc/>
    public async Task SaveHubApiRootAsync(HubApiRoot apiRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        if (string.IsNullOrWhiteSpace(apiRoot.Name) || string.IsNullOrWhiteSpace(apiRoot.Title) || apiRoot.MaxContentLength <= 0)
        {
            throw new ArgumentException("An API root needs a name, a title and a positive maximum content length.", nameof(apiRoot));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var command = Command(
            connection,
            transaction,
            """
            INSERT INTO hub_api_roots (name, title, description, max_content_length) VALUES (@name, @title, @description, @max)
            ON CONFLICT (name) DO UPDATE SET title = excluded.title, description = excluded.description, max_content_length = excluded.max_content_length
            """,
            ("@name", apiRoot.Name),
            ("@title", apiRoot.Title),
            ("@description", apiRoot.Description),
            ("@max", apiRoot.MaxContentLength)))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HubApiRoot>> GetHubApiRootsAsync(CancellationToken cancellationToken = default)
    {
        var result = await QueryAsync(
            "SELECT name, title, description, max_content_length FROM hub_api_roots",
            reader => new HubApiRoot(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)),
            cancellationToken);
        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    /// <inheritdoc/>
    public async Task SaveHubCollectionAsync(HubCollectionInfo collection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        if (string.IsNullOrWhiteSpace(collection.Id) || string.IsNullOrWhiteSpace(collection.ApiRoot) || string.IsNullOrWhiteSpace(collection.Title)
            || collection.MediaTypes is null)
        {
            throw new ArgumentException("A collection needs an id, an API root, a title and its media types.", nameof(collection));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var root = Command(connection, transaction, "SELECT COUNT(*) FROM hub_api_roots WHERE name = @name", ("@name", collection.ApiRoot)))
        {
            if (Convert.ToInt32(await root.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                throw new ArgumentException($"API root '{collection.ApiRoot}' does not exist; create it first.", nameof(collection));
            }
        }

        if (collection.Alias is not null)
        {
            await using var alias = Command(
                connection,
                transaction,
                "SELECT COUNT(*) FROM hub_collections WHERE api_root = @root AND alias = @alias AND id <> @id",
                ("@root", collection.ApiRoot),
                ("@alias", collection.Alias),
                ("@id", collection.Id));
            if (Convert.ToInt32(await alias.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0)
            {
                throw new ArgumentException($"Alias '{collection.Alias}' is already used in API root '{collection.ApiRoot}'.", nameof(collection));
            }
        }

        await using (var command = Command(
            connection,
            transaction,
            """
            INSERT INTO hub_collections (id, api_root, title, description, alias, media_types) VALUES (@id, @root, @title, @description, @alias, @media)
            ON CONFLICT (id) DO UPDATE SET api_root = excluded.api_root, title = excluded.title, description = excluded.description,
                alias = excluded.alias, media_types = excluded.media_types
            """,
            ("@id", collection.Id),
            ("@root", collection.ApiRoot),
            ("@title", collection.Title),
            ("@description", collection.Description),
            ("@alias", collection.Alias)))
        {
            command.Parameters.Add(JsonParameter("@media", JsonSerializer.Serialize(collection.MediaTypes)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HubCollectionInfo>> GetHubCollectionsAsync(string? apiRoot = null, CancellationToken cancellationToken = default)
    {
        const string Columns = "SELECT id, api_root, title, description, alias, media_types FROM hub_collections";
        var result = await QueryAsync(
            apiRoot is null ? Columns : Columns + " WHERE api_root = @root",
            reader => new HubCollectionInfo(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? []),
            cancellationToken,
            ("@root", apiRoot));
        result.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Title, b.Title);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return result;
    }

    /// <inheritdoc/>
    public async Task SetHubCollectionRightAsync(HubCollectionRight right, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(right);
        ArgumentException.ThrowIfNullOrWhiteSpace(right.OrganisationId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var exists = Command(connection, transaction, "SELECT COUNT(*) FROM hub_collections WHERE id = @id", ("@id", right.CollectionId)))
        {
            if (Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                throw new ArgumentException($"Collection '{right.CollectionId}' does not exist.", nameof(right));
            }
        }

        var sql = right.CanRead || right.CanWrite
            ? """
              INSERT INTO hub_collection_rights (collection_id, organisation_id, can_read, can_write) VALUES (@c, @o, @r, @w)
              ON CONFLICT (collection_id, organisation_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write
              """
            : "DELETE FROM hub_collection_rights WHERE collection_id = @c AND organisation_id = @o";
        await using (var command = Command(connection, transaction, sql, ("@c", right.CollectionId), ("@o", right.OrganisationId), ("@r", right.CanRead), ("@w", right.CanWrite)))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HubCollectionRight>> GetHubCollectionRightsAsync(string? organisationId = null, CancellationToken cancellationToken = default)
    {
        const string Columns = "SELECT collection_id, organisation_id, can_read, can_write FROM hub_collection_rights";
        var result = await QueryAsync(
            organisationId is null ? Columns : Columns + " WHERE organisation_id = @o",
            reader => new HubCollectionRight(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)),
            cancellationToken,
            ("@o", organisationId));
        result.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.CollectionId, b.CollectionId);
            return c != 0 ? c : string.CompareOrdinal(a.OrganisationId, b.OrganisationId);
        });
        return result;
    }

    /// <inheritdoc/>
    public async Task SaveHubSharingGroupAsync(HubSharingGroup group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (string.IsNullOrWhiteSpace(group.Id) || group.Name is null || group.Organisations is null || group.Organisations.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A sharing group needs an id, a name and non-empty member ids.", nameof(group));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var upsert = Command(
            connection,
            transaction,
            """
            INSERT INTO hub_sharing_groups (id, name) VALUES (@id, @name) ON CONFLICT (id) DO UPDATE SET name = excluded.name;
            DELETE FROM hub_sharing_group_members WHERE group_id = @id;
            """,
            ("@id", group.Id),
            ("@name", group.Name)))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var member = Command(
            connection,
            transaction,
            "INSERT INTO hub_sharing_group_members (group_id, organisation_id) VALUES (@id, @o) ON CONFLICT DO NOTHING",
            ("@id", group.Id),
            ("@o", string.Empty));
        foreach (var organisation in group.Organisations)
        {
            member.Parameters["@o"].Value = organisation;
            await member.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HubSharingGroup>> GetHubSharingGroupsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            "SELECT g.id, g.name, m.organisation_id FROM hub_sharing_groups g LEFT JOIN hub_sharing_group_members m ON m.group_id = g.id",
            reader => (Id: reader.GetString(0), Name: reader.GetString(1), Member: reader.IsDBNull(2) ? null : reader.GetString(2)),
            cancellationToken);
        return rows
            .GroupBy(r => (r.Id, r.Name))
            .Select(g => new HubSharingGroup(
                g.Key.Id,
                g.Key.Name,
                g.Where(r => r.Member is not null).Select(r => r.Member!).Order(StringComparer.Ordinal).ToArray()))
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc/>
    public async Task<HubAddResult> AddHubObjectsAsync(HubAddRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);

        // Taking the collection row's lock first serialises writers of one collection, so date_added values are handed out
        // and committed in the same order: a reader paging by date_added can never be overtaken by an earlier value.
        await using (var lockRow = Command(connection, transaction, "UPDATE hub_collections SET last_added = last_added WHERE id = @c", ("@c", request.CollectionId)))
        {
            if (await lockRow.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new ArgumentException($"Collection '{request.CollectionId}' does not exist; nothing was stored.", nameof(request));
            }
        }

        DateTimeOffset? last;
        await using (var read = Command(connection, transaction, "SELECT last_added FROM hub_collections WHERE id = @c", ("@c", request.CollectionId)))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            last = reader.IsDBNull(0) ? null : ReadTimestamp(reader, 0);
        }

        await using var findUnversioned = Command(
            connection,
            transaction,
            "SELECT version_text FROM hub_objects WHERE collection_id = @c AND object_id = @id AND owner_org = @owner AND has_version = FALSE",
            ("@c", request.CollectionId),
            ("@id", string.Empty),
            ("@owner", request.OwnerOrganisation));
        // An object id belongs, in a collection, to the organisation that first added it there: only it adds versions, and
        // sightings of it in this collection go to it (never to whoever holds the newest copy, here or elsewhere).
        await using var findOwner = Command(
            connection,
            transaction,
            "SELECT owner_org FROM hub_objects WHERE collection_id = @c AND object_id = @id ORDER BY date_added, seq LIMIT 1",
            ("@c", request.CollectionId),
            ("@id", string.Empty));
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        async Task<string?> OwnerOfAsync(string objectId)
        {
            if (!owners.TryGetValue(objectId, out var owner))
            {
                findOwner.Parameters["@id"].Value = objectId;
                owner = await findOwner.ExecuteScalarAsync(cancellationToken) as string;
                owners[objectId] = owner;
            }

            return owner;
        }

        // Each version gets its date_added first (strictly increasing), then the envelope's rows go in with multi-row
        // inserts (one round trip per HubInsertChunk rows instead of one per object); ON CONFLICT skips duplicates, and
        // RETURNING tells which rows were new.
        var now = StoreTime.Normalize(request.Now);
        var successes = new List<HubStatusDetail>(request.Objects.Count);
        var refused = new List<HubStatusDetail>();
        var claimed = new List<string>();
        var rows = new List<HubRow>(request.Objects.Count);
        var unversionedHere = new Dictionary<string, string>(StringComparer.Ordinal);
        var floorBase = last;
        int added = 0, duplicates = 0;
        foreach (var item in request.Objects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DateTimeOffset dateAdded;
            if (item.DateAdded is { } given)
            {
                dateAdded = StoreTime.Normalize(given);
            }
            else
            {
                var floor = floorBase is { } l ? l.AddTicks(10) : now;
                dateAdded = now > floor ? now : floor;
            }

            var objectOwner = await OwnerOfAsync(item.ObjectId);
            if (objectOwner is null)
            {
                owners[item.ObjectId] = request.OwnerOrganisation;
                claimed.Add(item.ObjectId);
            }
            else if (objectOwner != request.OwnerOrganisation)
            {
                refused.Add(new HubStatusDetail(
                    item.ObjectId,
                    item.VersionText,
                    "Another organisation added this object to the collection first; only it may add versions of it (STIX: only the creator versions an object). Publish your copy under a new id."));
                continue;
            }

            if (item.Version is null)
            {
                if (unversionedHere.TryGetValue(item.ObjectId, out var inEnvelope))
                {
                    duplicates++;
                    successes.Add(new HubStatusDetail(item.ObjectId, inEnvelope, null));
                    continue;
                }

                findUnversioned.Parameters["@id"].Value = item.ObjectId;
                if (await findUnversioned.ExecuteScalarAsync(cancellationToken) is string existing)
                {
                    duplicates++;
                    successes.Add(new HubStatusDetail(item.ObjectId, existing, null));
                    continue;
                }
            }

            // A sighting of an object not (yet) in the collection waits with no recipient; it gets one when the object arrives.
            var refOwner = item.ReferenceId is null ? null : await OwnerOfAsync(item.ReferenceId);

            var version = item.Version is { } v ? StoreTime.Normalize(v) : dateAdded;
            var versionText = item.Version is null ? FormatHubTimestamp(dateAdded) : item.VersionText ?? FormatHubTimestamp(version);
            if (item.Version is null)
            {
                unversionedHere[item.ObjectId] = versionText;
            }

            rows.Add(new HubRow(item, version, versionText, dateAdded, refOwner, IsLatest: false, IsFirst: false));
            successes.Add(new HubStatusDetail(item.ObjectId, versionText, null));
            if (floorBase is null || dateAdded > floorBase)
            {
                floorBase = dateAdded;
            }
        }

        // Whether each new row is its object's newest or oldest version is settled here, against what is stored (the
        // collection lock keeps that still) and the rest of the envelope; rows it supersedes lose their flag after the inserts.
        var stored = await ReadHubVersionRangesAsync(connection, transaction, request.CollectionId, rows, cancellationToken);
        var ranges = new Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)>(stored, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            ranges[row.Item.ObjectId] = ranges.TryGetValue(row.Item.ObjectId, out var range)
                ? (row.Version < range.First ? row.Version : range.First, row.Version > range.Last ? row.Version : range.Last)
                : (row.Version, row.Version);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var range = ranges[rows[i].Item.ObjectId];
            rows[i] = rows[i] with { IsFirst = rows[i].Version == range.First, IsLatest = rows[i].Version == range.Last };
        }

        for (var offset = 0; offset < rows.Count; offset += HubInsertChunk)
        {
            var chunk = rows.GetRange(offset, Math.Min(HubInsertChunk, rows.Count - offset));
            var named = new List<(long Seq, IReadOnlyList<string> Recipients)>();
            // A version sent twice in one envelope is stored once, as first sent (the insert keeps the first row): so are its recipients.
            var recipientsOf = new Dictionary<(string, long), IReadOnlyList<string>>();
            foreach (var row in chunk.Where(r => r.Item.Recipients.Count > 0))
            {
                recipientsOf.TryAdd((row.Item.ObjectId, row.Version.UtcTicks), row.Item.Recipients);
            }

            await using (var insert = InsertHubRows(connection, transaction, request, chunk))
            await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    added++;
                    var dateAdded = ReadTimestamp(reader, 0);
                    if (last is null || dateAdded > last)
                    {
                        last = dateAdded;
                    }

                    if (recipientsOf.Count > 0 && recipientsOf.TryGetValue((reader.GetString(2), ReadTimestamp(reader, 3).UtcTicks), out var recipients))
                    {
                        named.Add((reader.GetInt64(1), recipients));
                    }
                }
            }

            if (named.Count > 0)
            {
                await using var recipient = Command(
                    connection,
                    transaction,
                    "INSERT INTO hub_object_recipients (seq, organisation_id) VALUES (@seq, @org) ON CONFLICT DO NOTHING",
                    ("@seq", 0L),
                    ("@org", string.Empty));
                foreach (var (seq, recipients) in named)
                {
                    foreach (var organisation in recipients)
                    {
                        recipient.Parameters["@seq"].Value = seq;
                        recipient.Parameters["@org"].Value = organisation;
                        await recipient.ExecuteNonQueryAsync(cancellationToken);
                    }
                }
            }
        }

        if (refused.Count > 0 && request.AllOrNothing)
        {
            throw new ArgumentException(
                $"{refused.Count} object(s) belong to another organisation in collection '{request.CollectionId}' (first: {refused[0].Id}); only the organisation that first added an object may add versions of it. Nothing was stored.",
                nameof(request));
        }

        duplicates += rows.Count - added;
        await DemoteSupersededHubVersionsAsync(connection, transaction, request.CollectionId, stored, ranges, cancellationToken);
        await RouteWaitingSightingsAsync(connection, transaction, request.CollectionId, request.OwnerOrganisation, claimed, cancellationToken);

        if (last is { } newest)
        {
            await using var update = Command(connection, transaction, "UPDATE hub_collections SET last_added = @last WHERE id = @c", ("@last", TimestampValue(newest)), ("@c", request.CollectionId));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        HubStatus? status = null;
        if (request.Status is { } template)
        {
            status = template with { Successes = successes, Failures = [.. template.Failures, .. refused] };
            await WriteStatusAsync(connection, transaction, status, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return new HubAddResult(added, duplicates, status) { Refused = refused };
    }

    /// <summary>
    /// Adds one parameter per id to <paramref name="command"/> (<c>@id0</c>, <c>@id1</c>…) and returns their names for an
    /// <c>IN (…)</c> list: ids are never written into the SQL.
    /// </summary>
    private static string IdParameters(DbCommand command, string[] ids)
    {
        var names = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            names[i] = "@id" + i.ToString(CultureInfo.InvariantCulture);
            var parameter = command.CreateParameter();
            parameter.ParameterName = names[i];
            parameter.Value = ids[i];
            command.Parameters.Add(parameter);
        }

        return string.Join(", ", names);
    }

    /// <summary>Sightings stored before the object they sight arrived in the collection go to its owner, now known.</summary>
    private static async Task RouteWaitingSightingsAsync(DbConnection connection, DbTransaction transaction, string collectionId, string owner, List<string> objectIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in objectIds.Chunk(HubInsertChunk))
        {
            await using var command = Command(connection, transaction, string.Empty, ("@c", collectionId), ("@owner", owner));
            command.CommandText =
                $"UPDATE hub_objects SET ref_owner_org = @owner WHERE collection_id = @c AND type = 'sighting' AND ref_owner_org IS NULL AND ref_id IN ({IdParameters(command, chunk)})";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Rows per multi-row insert: 18 parameters each stays far below SQLite's (32,766) and PostgreSQL's (65,535) limits.
    private const int HubInsertChunk = 500;

    private DbCommand InsertHubRows(DbConnection connection, DbTransaction transaction, HubAddRequest request, List<HubRow> rows)
    {
        var sql = new StringBuilder(
            """
            INSERT INTO hub_objects (collection_id, object_id, type, spec_version, version, version_text, has_version, date_added, owner_org,
                                     tlp, revoked, valid_until, ref_id, ref_owner_org, provenance, data, is_latest, is_first)
            VALUES
            """);
        var command = Command(connection, transaction, string.Empty, ("@c", request.CollectionId), ("@owner", request.OwnerOrganisation));
        for (var i = 0; i < rows.Count; i++)
        {
            var (item, version, versionText, dateAdded, refOwner, isLatest, isFirst) = rows[i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "\n(" : ",\n(")
                .Append("@c, @id").Append(n).Append(", @type").Append(n).Append(", @spec").Append(n).Append(", @version").Append(n)
                .Append(", @versionText").Append(n).Append(", @hasVersion").Append(n).Append(", @added").Append(n).Append(", @owner, @tlp").Append(n)
                .Append(", @revoked").Append(n).Append(", @validUntil").Append(n).Append(", @ref").Append(n).Append(", @refOwner").Append(n)
                .Append(", @provenance").Append(n).Append(", @data").Append(n).Append(", @latest").Append(n).Append(", @first").Append(n).Append(')');
            Add(command, "@id" + n, item.ObjectId);
            Add(command, "@type" + n, item.Type);
            Add(command, "@spec" + n, item.SpecVersion);
            Add(command, "@version" + n, TimestampValue(version));
            Add(command, "@versionText" + n, versionText);
            Add(command, "@hasVersion" + n, item.Version is not null);
            Add(command, "@added" + n, TimestampValue(dateAdded));
            Add(command, "@tlp" + n, item.Tlp);
            Add(command, "@revoked" + n, item.Revoked);
            Add(command, "@validUntil" + n, item.ValidUntil is { } u ? TimestampValue(StoreTime.Normalize(u)) : null);
            Add(command, "@ref" + n, item.ReferenceId);
            Add(command, "@refOwner" + n, refOwner);
            Add(command, "@provenance" + n, item.Provenance);
            command.Parameters.Add(JsonParameter("@data" + n, item.Json));
            Add(command, "@latest" + n, isLatest);
            Add(command, "@first" + n, isFirst);
        }

        sql.Append("\nON CONFLICT (collection_id, object_id, version, owner_org) DO NOTHING\nRETURNING date_added, seq, object_id, version");
        command.CommandText = sql.ToString();
        return command;

        static void Add(DbCommand command, string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    private sealed record HubRow(HubObjectToAdd Item, DateTimeOffset Version, string VersionText, DateTimeOffset DateAdded, string? RefOwner, bool IsLatest, bool IsFirst);

    /// <summary>The oldest and newest stored version of each object of <paramref name="rows"/> that the collection already holds.</summary>
    private async Task<Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)>> ReadHubVersionRangesAsync(
        DbConnection connection, DbTransaction transaction, string collectionId, List<HubRow> rows, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)>(StringComparer.Ordinal);
        foreach (var chunk in rows.Select(r => r.Item.ObjectId).Distinct(StringComparer.Ordinal).Chunk(HubInsertChunk))
        {
            await using var command = Command(connection, transaction, string.Empty, ("@c", collectionId));
            command.CommandText =
                $"SELECT object_id, MIN(version), MAX(version) FROM hub_objects WHERE collection_id = @c AND object_id IN ({IdParameters(command, chunk)}) GROUP BY object_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result[reader.GetString(0)] = (ReadTimestamp(reader, 1), ReadTimestamp(reader, 2));
            }
        }

        return result;
    }

    /// <summary>Clears the newest/oldest flags of stored versions that the envelope's new versions went past.</summary>
    private async Task DemoteSupersededHubVersionsAsync(
        DbConnection connection,
        DbTransaction transaction,
        string collectionId,
        Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)> before,
        Dictionary<string, (DateTimeOffset First, DateTimeOffset Last)> after,
        CancellationToken cancellationToken)
    {
        await using var latest = Command(
            connection,
            transaction,
            "UPDATE hub_objects SET is_latest = FALSE WHERE collection_id = @c AND object_id = @id AND is_latest AND version < @version",
            ("@c", collectionId),
            ("@id", string.Empty),
            ("@version", TimestampValue(DateTimeOffset.UnixEpoch)));
        await using var first = Command(
            connection,
            transaction,
            "UPDATE hub_objects SET is_first = FALSE WHERE collection_id = @c AND object_id = @id AND is_first AND version > @version",
            ("@c", collectionId),
            ("@id", string.Empty),
            ("@version", TimestampValue(DateTimeOffset.UnixEpoch)));
        foreach (var (objectId, old) in before)
        {
            var now = after[objectId];
            if (now.Last > old.Last)
            {
                latest.Parameters["@id"].Value = objectId;
                latest.Parameters["@version"].Value = TimestampValue(now.Last);
                await latest.ExecuteNonQueryAsync(cancellationToken);
            }

            if (now.First < old.First)
            {
                first.Parameters["@id"].Value = objectId;
                first.Parameters["@version"].Value = TimestampValue(now.First);
                await first.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<HubObjectPage> QueryHubObjectsAsync(HubObjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.ReaderOrganisation);
        if (query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "The limit must be at least 1.");
        }

        var parameters = new List<(string, object?)> { ("@c", query.CollectionId), ("@reader", query.ReaderOrganisation), ("@limit", query.Limit + 1) };
        var sql = new StringBuilder("SELECT ").Append(HubObjectColumns).Append(query.WithJson ? ", o.data" : ", NULL")
            .Append(" FROM hub_objects o WHERE o.collection_id = @c AND ").Append(HubVisible("o"));
        if (query.After is { } after)
        {
            // The ">=" bound lets both databases start the (collection_id, date_added, seq) index range at the cursor; without
            // it the OR alone made each page re-read every earlier row of the collection.
            sql.Append(" AND o.date_added >= @afterAdded AND (o.date_added > @afterAdded OR (o.date_added = @afterAdded AND o.seq > @afterSeq))");
            parameters.Add(("@afterAdded", TimestampValue(StoreTime.Normalize(after.DateAdded))));
            parameters.Add(("@afterSeq", after.Sequence));
        }

        if (query.AddedAfter is { } addedAfter)
        {
            sql.Append(" AND o.date_added > @addedAfter");
            parameters.Add(("@addedAfter", TimestampValue(StoreTime.Normalize(addedAfter))));
        }

        AppendIn(sql, parameters, "o.object_id", "@id", query.Ids);
        AppendIn(sql, parameters, "o.type", "@type", query.Types);
        // TAXII 2.1 section 3.4.1: match[spec_version] selects the specification versions first, and first/last are then
        // judged among their versions only; without it, only the latest specification version of each object counts.
        // Same-spec restriction of the version subqueries below: v must be of a selected specification version.
        string sameSpec;
        if (query.SpecVersions is not null)
        {
            AppendIn(sql, parameters, "o.spec_version", "@spec", query.SpecVersions);
            var names = Enumerable.Range(0, query.SpecVersions.Count).Select(i => "@spec" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            sameSpec = names.Count == 0 ? " AND 1 = 0" : " AND v.spec_version IN (" + string.Join(", ", names) + ")";
        }
        else if (!query.EverySpecVersion)
        {
            // 2.1 is the newest specification version the hub accepts, so only older rows need the look at the others.
            sql.Append(" AND (o.spec_version = '2.1' OR NOT EXISTS (SELECT 1 FROM hub_objects s WHERE s.collection_id = o.collection_id AND s.object_id = o.object_id AND s.spec_version > o.spec_version AND ")
                .Append(HubVisible("s")).Append("))");
            sameSpec = " AND v.spec_version = o.spec_version";
        }
        else
        {
            sameSpec = string.Empty;
        }

        var versions = query.Versions ?? HubVersionFilter.LastOnly;
        if (!versions.All)
        {
            var alternatives = new List<string>();
            // The stored flags answer for every reader when the row is the newest (oldest) version of all (of every
            // specification version, so of the selected ones too). Otherwise the reader's own newest (oldest) may still be
            // this row, if every version past it is one the reader may not read or of another specification version: only
            // then is the per-row look at the other versions needed.
            if (versions.Last)
            {
                alternatives.Add("(o.is_latest OR NOT EXISTS (SELECT 1 FROM hub_objects v WHERE v.collection_id = o.collection_id AND v.object_id = o.object_id AND v.version > o.version" + sameSpec + " AND " + HubVisible("v") + "))");
            }

            if (versions.First)
            {
                alternatives.Add("(o.is_first OR NOT EXISTS (SELECT 1 FROM hub_objects v WHERE v.collection_id = o.collection_id AND v.object_id = o.object_id AND v.version < o.version" + sameSpec + " AND " + HubVisible("v") + "))");
            }

            if (versions.Exact.Count > 0)
            {
                var names = new List<string>();
                for (var i = 0; i < versions.Exact.Count; i++)
                {
                    names.Add("@version" + i.ToString(CultureInfo.InvariantCulture));
                    parameters.Add((names[^1], TimestampValue(StoreTime.Normalize(versions.Exact[i]))));
                }

                alternatives.Add("o.version IN (" + string.Join(", ", names) + ")");
            }

            sql.Append(" AND (").Append(alternatives.Count == 0 ? "1 = 0" : string.Join(" OR ", alternatives)).Append(')');
        }

        sql.Append(" ORDER BY o.date_added, o.seq LIMIT @limit");
        var rows = HubPageReadSetup is { } setup
            ? await QueryWithSetupAsync(setup, sql.ToString(), ReadHubObject, cancellationToken, [.. parameters])
            : await QueryAsync(sql.ToString(), ReadHubObject, cancellationToken, [.. parameters]);
        var more = rows.Count > query.Limit;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new HubObjectPage(rows, more);
    }

    /// <summary>
    /// A statement the provider runs, in the same transaction, before a page read (null: none). PostgreSQL uses it to keep
    /// its JIT compiler out: the planner prices a page as a walk over the whole rest of the collection (it cannot know the
    /// LIMIT is reached within the first rows), which crosses the JIT thresholds and made compiling cost 0.1–0.7 s a page
    /// for a query that runs in a few milliseconds.
    /// </summary>
    private protected virtual string? HubPageReadSetup => null;

    private async Task<List<T>> QueryWithSetupAsync<T>(string setup, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, setup, cancellationToken);
        var result = new List<T>();
        await using (var command = Command(connection, transaction, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                result.Add(map(reader));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc/>
    public async Task<int> DeleteHubObjectsAsync(string collectionId, string ownerOrganisation, IReadOnlyList<long> sequences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);

        // The collection's lock, as for adds: the flags below are recomputed from what is stored, which a concurrent add
        // (that judged its own flags against the versions deleted here) must not change in between.
        await using (var lockRow = Command(connection, transaction, "UPDATE hub_collections SET last_added = last_added WHERE id = @c", ("@c", collectionId)))
        {
            if (await lockRow.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return 0;
            }
        }

        await using var delete = Command(
            connection,
            transaction,
            "DELETE FROM hub_objects WHERE collection_id = @c AND owner_org = @o AND seq = @seq RETURNING object_id",
            ("@c", collectionId),
            ("@o", ownerOrganisation),
            ("@seq", 0L));
        var deleted = 0;
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seq in sequences)
        {
            delete.Parameters["@seq"].Value = seq;
            if (await delete.ExecuteScalarAsync(cancellationToken) is string objectId)
            {
                deleted++;
                objects.Add(objectId);
            }
        }

        // Removing versions can only make a remaining one the newest or the oldest, never take that away.
        await using var promote = Command(
            connection,
            transaction,
            """
            UPDATE hub_objects SET
                is_latest = (version = (SELECT MAX(v.version) FROM hub_objects v WHERE v.collection_id = @c AND v.object_id = @id)),
                is_first = (version = (SELECT MIN(v.version) FROM hub_objects v WHERE v.collection_id = @c AND v.object_id = @id))
            WHERE collection_id = @c AND object_id = @id AND (NOT is_latest OR NOT is_first)
            """,
            ("@c", collectionId),
            ("@id", string.Empty));
        foreach (var objectId in objects)
        {
            promote.Parameters["@id"].Value = objectId;
            await promote.ExecuteNonQueryAsync(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return deleted;
    }

    /// <inheritdoc/>
    public async Task SaveHubStatusAsync(HubStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentException.ThrowIfNullOrWhiteSpace(status.Id);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var delete = Command(connection, transaction, "DELETE FROM hub_statuses WHERE id = @id", ("@id", status.Id)))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteStatusAsync(connection, transaction, status, cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<HubStatus?> GetHubStatusAsync(string id, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            "SELECT id, api_root, organisation_id, status, request_timestamp, total_count, details FROM hub_statuses WHERE id = @id",
            reader =>
            {
                var details = JsonSerializer.Deserialize<StatusDetails>(reader.GetString(6)) ?? new StatusDetails([], [], []);
                return new HubStatus(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    ReadTimestamp(reader, 4),
                    reader.GetInt32(5),
                    details.Successes,
                    details.Failures,
                    details.Pendings);
            },
            cancellationToken,
            ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public async Task<string> GetOrCreateHubSecretAsync(string name, string candidate, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(candidate);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var insert = Command(connection, transaction, "INSERT INTO hub_secrets (name, value) VALUES (@n, @v) ON CONFLICT (name) DO NOTHING", ("@n", name), ("@v", candidate)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        string value;
        await using (var read = Command(connection, transaction, "SELECT value FROM hub_secrets WHERE name = @n", ("@n", name)))
        {
            value = (string)(await read.ExecuteScalarAsync(cancellationToken))!;
        }

        await transaction.CommitAsync(CancellationToken.None);
        return value;
    }

    /// <inheritdoc/>
    public async Task<string?> GetHubSettingAsync(string name, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("SELECT value FROM hub_secrets WHERE name = @n", reader => reader.GetString(0), cancellationToken, ("@n", name));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> GetHubSettingsAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var rows = await QueryAsync(
            "SELECT name, value FROM hub_secrets WHERE substr(name, 1, @length) = @prefix",
            reader => new KeyValuePair<string, string>(reader.GetString(0), reader.GetString(1)),
            cancellationToken,
            ("@length", prefix.Length),
            ("@prefix", prefix));
        rows.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return rows;
    }

    /// <inheritdoc/>
    public async Task SetHubSettingAsync(string name, string? value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var command = value is null
            ? Command(connection, transaction, "DELETE FROM hub_secrets WHERE name = @n", ("@n", name))
            : Command(connection, transaction, "INSERT INTO hub_secrets (name, value) VALUES (@n, @v) ON CONFLICT (name) DO UPDATE SET value = excluded.value", ("@n", name), ("@v", value)))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HubStoredObject>> GetHubSightingsOfAsync(string objectId, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            "SELECT " + HubObjectColumns + ", o.data FROM hub_objects o WHERE o.ref_id = @ref AND o.type = 'sighting' ORDER BY o.date_added, o.seq",
            ReadHubObject,
            cancellationToken,
            ("@ref", objectId));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HubStoredObject>> GetHubIndicatorVersionsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return await QueryAsync(
            "SELECT " + HubObjectColumns + ", o.data FROM hub_objects o WHERE o.type = 'indicator' AND o.seq > @after ORDER BY o.seq LIMIT @limit",
            ReadHubObject,
            cancellationToken,
            ("@after", afterSequence),
            ("@limit", limit));
    }

    /// <inheritdoc/>
    public async Task<HubSequenceChecksum> GetHubIndicatorChecksumAsync(long upToSequence, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            "SELECT COUNT(*), COALESCE(SUM(o.seq), 0) FROM hub_objects o WHERE o.type = 'indicator' AND o.seq <= @upTo",
            r => new HubSequenceChecksum(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)),
            cancellationToken,
            ("@upTo", upToSequence));
        return rows[0];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Alert>> AddHubCorrelationAlertsAsync(string organisationId, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken = default)
    {
        RequireOrganisationId(organisationId);
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Any(a => a is null || a.Kind != AlertKind.HubIndicatorMatch || string.IsNullOrEmpty(a.SubjectId)))
        {
            throw new ArgumentException("Every hub correlation alert needs kind HubIndicatorMatch and a record id; nothing was stored.", nameof(alerts));
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO alerts (organisation_id, subject_id, kind, list_id, list_version_id, entity_source_id, entity_name, score, created_at, details)
            VALUES (@organisationId, @subjectId, @kind, @listId, @versionId, @sourceId, @entityName, @score, @createdAt, @details)
            ON CONFLICT (organisation_id, subject_id, list_id, entity_source_id) WHERE kind = 'HubIndicatorMatch' DO NOTHING
            RETURNING id
            """,
            ("@organisationId", organisationId),
            ("@subjectId", string.Empty),
            ("@kind", nameof(AlertKind.HubIndicatorMatch)),
            ("@listId", string.Empty),
            ("@versionId", 0L),
            ("@sourceId", string.Empty),
            ("@entityName", string.Empty),
            ("@score", 0d),
            ("@createdAt", TimestampValue(DateTimeOffset.UnixEpoch)),
            ("@details", null));
        var stored = new List<Alert>();
        foreach (var a in alerts)
        {
            var createdAt = StoreTime.Normalize(a.CreatedAt);
            insert.Parameters["@subjectId"].Value = a.SubjectId;
            insert.Parameters["@listId"].Value = a.ListId;
            insert.Parameters["@versionId"].Value = a.ListVersionId;
            insert.Parameters["@sourceId"].Value = a.EntitySourceId;
            insert.Parameters["@entityName"].Value = a.EntityName;
            insert.Parameters["@score"].Value = a.Score;
            insert.Parameters["@createdAt"].Value = TimestampValue(createdAt);
            insert.Parameters["@details"].Value = (object?)a.Details ?? DBNull.Value;
            if (await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
            {
                stored.Add(a with { Id = Convert.ToInt64(id, CultureInfo.InvariantCulture), CreatedAt = createdAt });
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return stored;
    }

    /// <summary>
    /// The read rule, as SQL over the hub_objects row aliased <paramref name="alias"/> and the parameter <c>@reader</c>:
    /// the owner reads its own; others read CLEAR, GREEN and unmarked versions, AMBER when they share a sharing group
    /// with the owner, and RED when the version names them as recipients; AMBER+STRICT never leaves the owner. Sightings are read only by their owner and by the owner
    /// of the sighted object (within the same TLP rule), so partners see who sighted what only through the owner's eyes.
    /// </summary>
    private static string HubVisible(string alias) =>
        $"""
        ({alias}.owner_org = @reader OR (({alias}.type <> 'sighting' OR {alias}.ref_owner_org = @reader)
          AND ({alias}.tlp IN ('{HubTlp.None}', '{HubTlp.Clear}', '{HubTlp.Green}')
            OR ({alias}.tlp = '{HubTlp.Amber}' AND EXISTS (SELECT 1 FROM hub_sharing_group_members {alias}_go
                 JOIN hub_sharing_group_members {alias}_gr ON {alias}_gr.group_id = {alias}_go.group_id
                 WHERE {alias}_go.organisation_id = {alias}.owner_org AND {alias}_gr.organisation_id = @reader))
            OR ({alias}.tlp = '{HubTlp.Red}' AND EXISTS (SELECT 1 FROM hub_object_recipients {alias}_rr
                 WHERE {alias}_rr.seq = {alias}.seq AND {alias}_rr.organisation_id = @reader)))))
        """;

    private static void AppendIn(StringBuilder sql, List<(string, object?)> parameters, string column, string prefix, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 0)
        {
            sql.Append(" AND 1 = 0");
            return;
        }

        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            names.Add(prefix + i.ToString(CultureInfo.InvariantCulture));
            parameters.Add((names[^1], values[i]));
        }

        sql.Append(" AND ").Append(column).Append(" IN (").Append(string.Join(", ", names)).Append(')');
    }

    private HubStoredObject ReadHubObject(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        ReadTimestamp(reader, 5),
        reader.GetString(6),
        ReadTimestamp(reader, 7),
        reader.GetString(8),
        reader.GetString(9),
        reader.GetBoolean(10),
        reader.IsDBNull(11) ? null : ReadTimestamp(reader, 11),
        reader.IsDBNull(12) ? null : reader.GetString(12),
        reader.IsDBNull(13) ? null : reader.GetString(13));

    private async Task WriteStatusAsync(DbConnection connection, DbTransaction transaction, HubStatus status, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection,
            transaction,
            """
            INSERT INTO hub_statuses (id, api_root, organisation_id, status, request_timestamp, total_count, details)
            VALUES (@id, @root, @org, @status, @at, @total, @details)
            """,
            ("@id", status.Id),
            ("@root", status.ApiRoot),
            ("@org", status.OrganisationId),
            ("@status", status.Status),
            ("@at", TimestampValue(StoreTime.Normalize(status.RequestTimestamp))),
            ("@total", status.TotalCount));
        command.Parameters.Add(JsonParameter("@details", JsonSerializer.Serialize(new StatusDetails(status.Successes, status.Failures, status.Pendings))));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string FormatHubTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static void Validate(HubAddRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OwnerOrganisation);
        ArgumentNullException.ThrowIfNull(request.Objects);
        for (var i = 0; i < request.Objects.Count; i++)
        {
            var item = request.Objects[i];
            if (item is null || string.IsNullOrEmpty(item.ObjectId) || string.IsNullOrEmpty(item.Type) || string.IsNullOrEmpty(item.SpecVersion)
                || string.IsNullOrEmpty(item.Json) || !HubTlp.All.Contains(item.Tlp, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Object {i} lacks an id, type, spec version, JSON or a known TLP level; nothing was stored.", nameof(request));
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<(string RecordId, long AssessmentId)>> GetLatestAssessmentIdsAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        return await QueryAsync(
            "SELECT record_id, MAX(id) FROM assessments WHERE organisation_id = @org GROUP BY record_id",
            reader => (reader.GetString(0), reader.GetInt64(1)),
            cancellationToken,
            ("@org", organisationId));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<(string RecordId, long AssessmentId, string RecordJson, string AssessmentJson)>> GetAssessedRecordsAsync(string organisationId, IReadOnlyCollection<long> assessmentIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        ArgumentNullException.ThrowIfNull(assessmentIds);
        var result = new List<(string, long, string, string)>(assessmentIds.Count);
        foreach (var chunk in assessmentIds.Distinct().Chunk(500))
        {
            // One parameter per id (never ids written into the SQL), in chunks that stay under both providers' limits.
            var parameters = chunk.Select((id, i) => ("@a" + i.ToString(CultureInfo.InvariantCulture), (object?)id)).Append(("@org", organisationId)).ToArray();
            result.AddRange(await QueryAsync(
                $"SELECT record_id, id, record, assessment FROM assessments WHERE organisation_id = @org AND id IN ({string.Join(", ", parameters.SkipLast(1).Select(p => p.Item1))})",
                reader => (reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)),
                cancellationToken,
                parameters));
        }

        return result;
    }

    private sealed record StatusDetails(IReadOnlyList<HubStatusDetail> Successes, IReadOnlyList<HubStatusDetail> Failures, IReadOnlyList<HubStatusDetail> Pendings);
}
