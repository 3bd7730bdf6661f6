namespace Cordon.Storage;

/// <summary>Schema of the sharing hub (STIX objects, TAXII collections) (migration numbers 7, 10, 11, 12 and 16). Released migrations are never edited: add a new one.</summary>
/// <remarks>
/// <c>hub_objects</c> keeps one row per (collection, object id, version) with the JSON as received. Pages are read in
/// (<c>date_added</c>, <c>seq</c>) order: <c>date_added</c> is strictly increasing per collection for objects added
/// through the hub (the collection row is locked while an envelope is stored), and <c>seq</c> breaks ties among
/// imported objects that carry their own, possibly equal, <c>date_added</c>. An object id belongs, in each collection, to the
/// organisation that first added it there (migration 16 and later): only it adds versions, and sightings of the object in
/// that collection are routed to it (<c>ref_owner_org</c>). <c>hub_secrets</c> holds the hub's named values: its paging-cursor key, and federation
/// subscriptions with their polling state (which include credentials for the remote server). <c>is_latest</c> and
/// <c>is_first</c> (migration 12) say whether a row's version is the newest or the oldest of its (collection, object id)
/// over every owner and marking; they are kept in the transaction of every add and delete, so that <c>match[version]</c>
/// needs no per-row aggregate.
/// </remarks>
internal static class HubMigrations
{
    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(7, "sharing hub: api roots, collections, rights, sharing groups, STIX objects, statuses", """
            CREATE TABLE hub_api_roots (
                name TEXT NOT NULL PRIMARY KEY,
                title TEXT NOT NULL,
                description TEXT NULL,
                max_content_length INTEGER NOT NULL
            );
            CREATE TABLE hub_collections (
                id TEXT NOT NULL PRIMARY KEY,
                api_root TEXT NOT NULL REFERENCES hub_api_roots (name) ON DELETE CASCADE,
                title TEXT NOT NULL,
                description TEXT NULL,
                alias TEXT NULL,
                media_types TEXT NOT NULL,
                last_added TEXT NULL
            );
            CREATE UNIQUE INDEX ux_hub_collections_alias ON hub_collections (api_root, alias);
            CREATE TABLE hub_collection_rights (
                collection_id TEXT NOT NULL REFERENCES hub_collections (id) ON DELETE CASCADE,
                organisation_id TEXT NOT NULL,
                can_read BOOLEAN NOT NULL,
                can_write BOOLEAN NOT NULL,
                PRIMARY KEY (collection_id, organisation_id)
            );
            CREATE TABLE hub_sharing_groups (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL
            );
            CREATE TABLE hub_sharing_group_members (
                group_id TEXT NOT NULL REFERENCES hub_sharing_groups (id) ON DELETE CASCADE,
                organisation_id TEXT NOT NULL,
                PRIMARY KEY (group_id, organisation_id)
            );
            CREATE INDEX ix_hub_sharing_group_members_org ON hub_sharing_group_members (organisation_id, group_id);
            CREATE TABLE hub_objects (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                collection_id TEXT NOT NULL REFERENCES hub_collections (id) ON DELETE CASCADE,
                object_id TEXT NOT NULL,
                type TEXT NOT NULL,
                spec_version TEXT NOT NULL,
                version TEXT NOT NULL,
                version_text TEXT NOT NULL,
                has_version BOOLEAN NOT NULL,
                date_added TEXT NOT NULL,
                owner_org TEXT NOT NULL,
                tlp TEXT NOT NULL,
                revoked BOOLEAN NOT NULL,
                valid_until TEXT NULL,
                ref_id TEXT NULL,
                ref_owner_org TEXT NULL,
                provenance TEXT NULL,
                data TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ux_hub_objects_version ON hub_objects (collection_id, object_id, version, owner_org);
            CREATE INDEX ix_hub_objects_added ON hub_objects (collection_id, date_added, seq);
            CREATE INDEX ix_hub_objects_object ON hub_objects (object_id);
            CREATE INDEX ix_hub_objects_ref ON hub_objects (ref_id);
            CREATE TABLE hub_statuses (
                id TEXT NOT NULL PRIMARY KEY,
                api_root TEXT NOT NULL,
                organisation_id TEXT NOT NULL,
                status TEXT NOT NULL,
                request_timestamp TEXT NOT NULL,
                total_count INTEGER NOT NULL,
                details TEXT NOT NULL
            );
            CREATE TABLE hub_secrets (
                name TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL
            );
            """),
        new(10, "sharing hub correlation: alert details, one alert per record and indicator, indicators by sequence", """
            ALTER TABLE alerts ADD COLUMN details TEXT NULL;
            CREATE UNIQUE INDEX ux_alerts_hub_match ON alerts (organisation_id, subject_id, list_id, entity_source_id) WHERE kind = 'HubIndicatorMatch';
            CREATE INDEX ix_hub_objects_type_seq ON hub_objects (type, seq);
            """),
        new(11, "sharing hub: named recipients of TLP:RED objects", """
            CREATE TABLE hub_object_recipients (
                seq INTEGER NOT NULL REFERENCES hub_objects (seq) ON DELETE CASCADE,
                organisation_id TEXT NOT NULL,
                PRIMARY KEY (seq, organisation_id)
            );
            CREATE INDEX ix_hub_object_recipients_org ON hub_object_recipients (organisation_id, seq);
            """),
        new(12, "sharing hub: newest and oldest version flags", """
            ALTER TABLE hub_objects ADD COLUMN is_latest BOOLEAN NOT NULL DEFAULT FALSE;
            ALTER TABLE hub_objects ADD COLUMN is_first BOOLEAN NOT NULL DEFAULT FALSE;
            UPDATE hub_objects SET
                is_latest = (version = (SELECT MAX(v.version) FROM hub_objects v WHERE v.collection_id = hub_objects.collection_id AND v.object_id = hub_objects.object_id)),
                is_first = (version = (SELECT MIN(v.version) FROM hub_objects v WHERE v.collection_id = hub_objects.collection_id AND v.object_id = hub_objects.object_id));
            """),
        new(16, "sharing hub: sightings routed to the owner of the sighted object in their collection; markings read in any case, unknown ones as RED", """
            UPDATE hub_objects SET ref_owner_org = (SELECT f.owner_org FROM hub_objects f WHERE f.collection_id = hub_objects.collection_id AND f.object_id = hub_objects.ref_id ORDER BY f.date_added, f.seq LIMIT 1)
            WHERE type = 'sighting';
            UPDATE hub_objects SET tlp = 'red' WHERE type <> 'marking-definition' AND tlp <> 'red' AND (lower(data) LIKE '%e828b379-4e03-4974-9ac4-e53a884c97c1%' OR lower(data) LIKE '%5e57c739-391a-4eb3-b6be-7d15ca92d5ed%');
            UPDATE hub_objects SET tlp = 'amber+strict' WHERE type <> 'marking-definition' AND tlp IN ('none', 'clear', 'green', 'amber') AND lower(data) LIKE '%939a9414-2ddd-4d32-a0cd-375ea402b003%';
            UPDATE hub_objects SET tlp = 'amber' WHERE type <> 'marking-definition' AND tlp IN ('none', 'clear', 'green') AND (lower(data) LIKE '%55d920b0-5e8b-4f79-9ee9-91f868d9b421%' OR lower(data) LIKE '%f88d31f6-486f-44da-b317-01333bde0b82%');
            UPDATE hub_objects SET tlp = 'red' WHERE type <> 'marking-definition' AND tlp = 'none' AND (lower(data) LIKE '%"object_marking_refs"%' OR lower(data) LIKE '%"marking_ref"%');
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(7, "sharing hub: api roots, collections, rights, sharing groups, STIX objects, statuses", """
            CREATE TABLE hub_api_roots (
                name text NOT NULL PRIMARY KEY,
                title text NOT NULL,
                description text NULL,
                max_content_length bigint NOT NULL
            );
            CREATE TABLE hub_collections (
                id text NOT NULL PRIMARY KEY,
                api_root text NOT NULL REFERENCES hub_api_roots (name) ON DELETE CASCADE,
                title text NOT NULL,
                description text NULL,
                alias text NULL,
                media_types json NOT NULL,
                last_added timestamptz NULL
            );
            CREATE UNIQUE INDEX ux_hub_collections_alias ON hub_collections (api_root, alias);
            CREATE TABLE hub_collection_rights (
                collection_id text NOT NULL REFERENCES hub_collections (id) ON DELETE CASCADE,
                organisation_id text NOT NULL,
                can_read boolean NOT NULL,
                can_write boolean NOT NULL,
                PRIMARY KEY (collection_id, organisation_id)
            );
            CREATE TABLE hub_sharing_groups (
                id text NOT NULL PRIMARY KEY,
                name text NOT NULL
            );
            CREATE TABLE hub_sharing_group_members (
                group_id text NOT NULL REFERENCES hub_sharing_groups (id) ON DELETE CASCADE,
                organisation_id text NOT NULL,
                PRIMARY KEY (group_id, organisation_id)
            );
            CREATE INDEX ix_hub_sharing_group_members_org ON hub_sharing_group_members (organisation_id, group_id);
            CREATE TABLE hub_objects (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                collection_id text NOT NULL REFERENCES hub_collections (id) ON DELETE CASCADE,
                object_id text NOT NULL,
                type text NOT NULL,
                spec_version text NOT NULL,
                version timestamptz NOT NULL,
                version_text text NOT NULL,
                has_version boolean NOT NULL,
                date_added timestamptz NOT NULL,
                owner_org text NOT NULL,
                tlp text NOT NULL,
                revoked boolean NOT NULL,
                valid_until timestamptz NULL,
                ref_id text NULL,
                ref_owner_org text NULL,
                provenance text NULL,
                data json NOT NULL
            );
            CREATE UNIQUE INDEX ux_hub_objects_version ON hub_objects (collection_id, object_id, version, owner_org);
            CREATE INDEX ix_hub_objects_added ON hub_objects (collection_id, date_added, seq);
            CREATE INDEX ix_hub_objects_object ON hub_objects (object_id);
            CREATE INDEX ix_hub_objects_ref ON hub_objects (ref_id);
            CREATE TABLE hub_statuses (
                id text NOT NULL PRIMARY KEY,
                api_root text NOT NULL,
                organisation_id text NOT NULL,
                status text NOT NULL,
                request_timestamp timestamptz NOT NULL,
                total_count integer NOT NULL,
                details json NOT NULL
            );
            CREATE TABLE hub_secrets (
                name text NOT NULL PRIMARY KEY,
                value text NOT NULL
            );
            """),
        new(10, "sharing hub correlation: alert details, one alert per record and indicator, indicators by sequence", """
            ALTER TABLE alerts ADD COLUMN details text NULL;
            CREATE UNIQUE INDEX ux_alerts_hub_match ON alerts (organisation_id, subject_id, list_id, entity_source_id) WHERE kind = 'HubIndicatorMatch';
            CREATE INDEX ix_hub_objects_type_seq ON hub_objects (type, seq);
            """),
        new(11, "sharing hub: named recipients of TLP:RED objects", """
            CREATE TABLE hub_object_recipients (
                seq bigint NOT NULL REFERENCES hub_objects (seq) ON DELETE CASCADE,
                organisation_id text NOT NULL,
                PRIMARY KEY (seq, organisation_id)
            );
            CREATE INDEX ix_hub_object_recipients_org ON hub_object_recipients (organisation_id, seq);
            """),
        new(12, "sharing hub: newest and oldest version flags", """
            ALTER TABLE hub_objects ADD COLUMN is_latest boolean NOT NULL DEFAULT FALSE, ADD COLUMN is_first boolean NOT NULL DEFAULT FALSE;
            UPDATE hub_objects o SET is_latest = (o.version = m.last_version), is_first = (o.version = m.first_version)
            FROM (SELECT collection_id, object_id, MAX(version) AS last_version, MIN(version) AS first_version
                  FROM hub_objects GROUP BY collection_id, object_id) m
            WHERE m.collection_id = o.collection_id AND m.object_id = o.object_id;
            """),
        new(16, "sharing hub: sightings routed to the owner of the sighted object in their collection; markings read in any case, unknown ones as RED", """
            UPDATE hub_objects o SET ref_owner_org = (SELECT f.owner_org FROM hub_objects f WHERE f.collection_id = o.collection_id AND f.object_id = o.ref_id ORDER BY f.date_added, f.seq LIMIT 1)
            WHERE o.type = 'sighting';
            UPDATE hub_objects SET tlp = 'red' WHERE type <> 'marking-definition' AND tlp <> 'red' AND (lower(data::text) LIKE '%e828b379-4e03-4974-9ac4-e53a884c97c1%' OR lower(data::text) LIKE '%5e57c739-391a-4eb3-b6be-7d15ca92d5ed%');
            UPDATE hub_objects SET tlp = 'amber+strict' WHERE type <> 'marking-definition' AND tlp IN ('none', 'clear', 'green', 'amber') AND lower(data::text) LIKE '%939a9414-2ddd-4d32-a0cd-375ea402b003%';
            UPDATE hub_objects SET tlp = 'amber' WHERE type <> 'marking-definition' AND tlp IN ('none', 'clear', 'green') AND (lower(data::text) LIKE '%55d920b0-5e8b-4f79-9ee9-91f868d9b421%' OR lower(data::text) LIKE '%f88d31f6-486f-44da-b317-01333bde0b82%');
            UPDATE hub_objects SET tlp = 'red' WHERE type <> 'marking-definition' AND tlp = 'none' AND (lower(data::text) LIKE '%"object_marking_refs"%' OR lower(data::text) LIKE '%"marking_ref"%');
            """),
    ];
}
