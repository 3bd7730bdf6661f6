namespace Cordon.Storage;

/// <summary>
/// Schema of the alert queue (migration number 26): each alert's triage state with its reason, who set it and when, and its
/// assignee; the organisations' allow-lists of false-positive decisions. Alerts that already have a case start "in case".
/// Released migrations are never edited.
/// </summary>
internal static class AlertQueueMigrations
{
    private const string Name = "alert queue: triage state, reason and assignee of alerts; allow-list of false-positive decisions";

    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(26, Name, """
            ALTER TABLE alerts ADD COLUMN state TEXT NOT NULL DEFAULT 'New';
            ALTER TABLE alerts ADD COLUMN state_reason TEXT NULL;
            ALTER TABLE alerts ADD COLUMN state_by TEXT NULL;
            ALTER TABLE alerts ADD COLUMN state_at TEXT NULL;
            ALTER TABLE alerts ADD COLUMN assignee_id TEXT NULL;
            ALTER TABLE alerts ADD COLUMN assignee_name TEXT NULL;
            UPDATE alerts SET state = 'InCase' WHERE EXISTS (SELECT 1 FROM cases c
                WHERE c.organisation_id = alerts.organisation_id AND c.source_kind = 'alert' AND c.source_id = CAST(alerts.id AS TEXT));
            CREATE INDEX ix_alerts_queue ON alerts (organisation_id, state, created_at);
            CREATE TABLE alert_suppressions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organisation_id TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                list_id TEXT NOT NULL,
                entity_source_id TEXT NOT NULL,
                subject_fingerprint TEXT NOT NULL,
                entry_fingerprint TEXT NOT NULL,
                reason TEXT NOT NULL,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                alert_id INTEGER NOT NULL,
                lapsed_at TEXT NULL,
                lapse_reason TEXT NULL
            );
            CREATE UNIQUE INDEX ux_alert_suppressions_active ON alert_suppressions (organisation_id, subject_id, list_id, entity_source_id) WHERE lapsed_at IS NULL;
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(26, Name, """
            ALTER TABLE alerts ADD COLUMN state text NOT NULL DEFAULT 'New';
            ALTER TABLE alerts ADD COLUMN state_reason text NULL;
            ALTER TABLE alerts ADD COLUMN state_by text NULL;
            ALTER TABLE alerts ADD COLUMN state_at timestamptz NULL;
            ALTER TABLE alerts ADD COLUMN assignee_id text NULL;
            ALTER TABLE alerts ADD COLUMN assignee_name text NULL;
            UPDATE alerts SET state = 'InCase' WHERE EXISTS (SELECT 1 FROM cases c
                WHERE c.organisation_id = alerts.organisation_id AND c.source_kind = 'alert' AND c.source_id = CAST(alerts.id AS text));
            CREATE INDEX ix_alerts_queue ON alerts (organisation_id, state, created_at);
            CREATE TABLE alert_suppressions (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                organisation_id text NOT NULL,
                subject_id text NOT NULL,
                list_id text NOT NULL,
                entity_source_id text NOT NULL,
                subject_fingerprint text NOT NULL,
                entry_fingerprint text NOT NULL,
                reason text NOT NULL,
                decided_by text NOT NULL,
                decided_at timestamptz NOT NULL,
                alert_id bigint NOT NULL,
                lapsed_at timestamptz NULL,
                lapse_reason text NULL
            );
            CREATE UNIQUE INDEX ux_alert_suppressions_active ON alert_suppressions (organisation_id, subject_id, list_id, entity_source_id) WHERE lapsed_at IS NULL;
            """),
    ];
}
