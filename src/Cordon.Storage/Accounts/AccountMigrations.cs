namespace Cordon.Storage;

/// <summary>Schema of the organisations, users, API keys and audit log (migration number 6; 14 adds security stamps and sign-in failures per address). Released migrations are never edited: add a new one.</summary>
/// <remarks>
/// The migration also scopes the rows that belong to one customer organisation (watch subjects, their matches, alerts and
/// assessments): existing rows go to the organisation <c>default</c>, and a watch subject's key becomes (organisation, id)
/// so that two organisations may use the same customer number without touching each other's subject.
/// </remarks>
internal static class AccountMigrations
{
    // Migration 14: the security stamp that ends every session of a user at once (sign-out, password change or reset,
    // disable, role change), and failed sign-ins counted per user name and client address, so that a stranger's failures
    // lock out the stranger's address and never the account's owner.
    private const string SecurityName = "security stamps; sign-in failures per user name and client address";

    public static IReadOnlyList<Migration> Sqlite { get; } =
    [
        new(6, "organisations, users, API keys, audit log; organisation scoping of watch subjects, alerts and assessments", """
            CREATE TABLE organisations (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            INSERT INTO organisations (id, name, created_at) VALUES ('default', 'Default organisation', strftime('%Y-%m-%dT%H:%M:%S.000000Z', 'now'));
            CREATE TABLE users (
                id TEXT NOT NULL PRIMARY KEY,
                organisation_id TEXT NOT NULL REFERENCES organisations (id),
                user_name TEXT NOT NULL,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                last_sign_in_at TEXT NULL
            );
            CREATE UNIQUE INDEX ux_users_user_name ON users (user_name);
            CREATE INDEX ix_users_organisation ON users (organisation_id, user_name);
            CREATE TABLE api_keys (
                id TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (id),
                organisation_id TEXT NOT NULL REFERENCES organisations (id),
                name TEXT NOT NULL,
                prefix TEXT NOT NULL,
                secret_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NULL,
                revoked_at TEXT NULL,
                last_used_at TEXT NULL
            );
            CREATE INDEX ix_api_keys_organisation ON api_keys (organisation_id, created_at);
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                organisation_id TEXT NULL,
                user_id TEXT NULL,
                user_name TEXT NULL,
                api_key_id TEXT NULL,
                action TEXT NOT NULL,
                target_type TEXT NULL,
                target_id TEXT NULL,
                outcome TEXT NOT NULL,
                details TEXT NULL,
                remote_address TEXT NULL
            );
            CREATE INDEX ix_audit_organisation ON audit_log (organisation_id, id);
            CREATE INDEX ix_audit_at ON audit_log (at);

            CREATE TABLE watch_subjects_scoped (
                organisation_id TEXT NOT NULL,
                id TEXT NOT NULL,
                subject TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (organisation_id, id)
            );
            INSERT INTO watch_subjects_scoped (organisation_id, id, subject, created_at)
                SELECT 'default', id, subject, created_at FROM watch_subjects;
            CREATE TABLE watch_matches_scoped (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organisation_id TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                list_id TEXT NOT NULL,
                list_version_id INTEGER NOT NULL,
                entity_source_id TEXT NOT NULL,
                entity_name TEXT NOT NULL,
                matched_name TEXT NOT NULL,
                score REAL NOT NULL,
                explanation TEXT NOT NULL,
                FOREIGN KEY (organisation_id, subject_id) REFERENCES watch_subjects_scoped (organisation_id, id) ON DELETE CASCADE
            );
            INSERT INTO watch_matches_scoped (id, organisation_id, subject_id, list_id, list_version_id, entity_source_id, entity_name, matched_name, score, explanation)
                SELECT id, 'default', subject_id, list_id, list_version_id, entity_source_id, entity_name, matched_name, score, explanation FROM watch_matches;
            DROP TABLE watch_matches;
            DROP TABLE watch_subjects;
            ALTER TABLE watch_subjects_scoped RENAME TO watch_subjects;
            ALTER TABLE watch_matches_scoped RENAME TO watch_matches;
            CREATE INDEX ix_watch_matches_subject ON watch_matches (organisation_id, subject_id);

            ALTER TABLE alerts ADD COLUMN organisation_id TEXT NOT NULL DEFAULT 'default';
            DROP INDEX ix_alerts_subject;
            CREATE INDEX ix_alerts_subject ON alerts (organisation_id, subject_id, created_at);
            CREATE INDEX ix_alerts_organisation ON alerts (organisation_id, created_at);

            ALTER TABLE assessments ADD COLUMN organisation_id TEXT NOT NULL DEFAULT 'default';
            DROP INDEX ix_assessments_record;
            CREATE INDEX ix_assessments_record ON assessments (organisation_id, record_id, id);
            """),
        new(14, SecurityName, """
            ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
            CREATE TABLE sign_in_failures (
                user_name TEXT NOT NULL,
                remote_address TEXT NOT NULL,
                failed_attempts INTEGER NOT NULL,
                locked_until TEXT NULL,
                last_failure_at TEXT NOT NULL,
                PRIMARY KEY (user_name, remote_address)
            );
            CREATE INDEX ix_sign_in_failures_last ON sign_in_failures (last_failure_at);
            """),
    ];

    public static IReadOnlyList<Migration> Postgres { get; } =
    [
        new(6, "organisations, users, API keys, audit log; organisation scoping of watch subjects, alerts and assessments", """
            CREATE TABLE organisations (
                id text NOT NULL PRIMARY KEY,
                name text NOT NULL,
                created_at timestamptz NOT NULL
            );
            INSERT INTO organisations (id, name, created_at) VALUES ('default', 'Default organisation', date_trunc('second', now()));
            CREATE TABLE users (
                id text NOT NULL PRIMARY KEY,
                organisation_id text NOT NULL REFERENCES organisations (id),
                user_name text NOT NULL,
                display_name text NOT NULL,
                role text NOT NULL,
                password_hash text NOT NULL,
                failed_attempts integer NOT NULL DEFAULT 0,
                locked_until timestamptz NULL,
                disabled boolean NOT NULL DEFAULT FALSE,
                created_at timestamptz NOT NULL,
                last_sign_in_at timestamptz NULL
            );
            CREATE UNIQUE INDEX ux_users_user_name ON users (user_name);
            CREATE INDEX ix_users_organisation ON users (organisation_id, user_name);
            CREATE TABLE api_keys (
                id text NOT NULL PRIMARY KEY,
                user_id text NOT NULL REFERENCES users (id),
                organisation_id text NOT NULL REFERENCES organisations (id),
                name text NOT NULL,
                prefix text NOT NULL,
                secret_hash text NOT NULL,
                role text NOT NULL,
                created_at timestamptz NOT NULL,
                expires_at timestamptz NULL,
                revoked_at timestamptz NULL,
                last_used_at timestamptz NULL
            );
            CREATE INDEX ix_api_keys_organisation ON api_keys (organisation_id, created_at);
            CREATE TABLE audit_log (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                organisation_id text NULL,
                user_id text NULL,
                user_name text NULL,
                api_key_id text NULL,
                action text NOT NULL,
                target_type text NULL,
                target_id text NULL,
                outcome text NOT NULL,
                details json NULL,
                remote_address text NULL
            );
            CREATE INDEX ix_audit_organisation ON audit_log (organisation_id, id);
            CREATE INDEX ix_audit_at ON audit_log (at);

            ALTER TABLE watch_matches DROP CONSTRAINT watch_matches_subject_id_fkey;
            ALTER TABLE watch_subjects ADD COLUMN organisation_id text NOT NULL DEFAULT 'default';
            ALTER TABLE watch_subjects ALTER COLUMN organisation_id DROP DEFAULT;
            ALTER TABLE watch_subjects DROP CONSTRAINT watch_subjects_pkey;
            ALTER TABLE watch_subjects ADD PRIMARY KEY (organisation_id, id);
            ALTER TABLE watch_matches ADD COLUMN organisation_id text NOT NULL DEFAULT 'default';
            ALTER TABLE watch_matches ALTER COLUMN organisation_id DROP DEFAULT;
            ALTER TABLE watch_matches ADD FOREIGN KEY (organisation_id, subject_id) REFERENCES watch_subjects (organisation_id, id) ON DELETE CASCADE;
            DROP INDEX ix_watch_matches_subject;
            CREATE INDEX ix_watch_matches_subject ON watch_matches (organisation_id, subject_id);

            ALTER TABLE alerts ADD COLUMN organisation_id text NOT NULL DEFAULT 'default';
            ALTER TABLE alerts ALTER COLUMN organisation_id DROP DEFAULT;
            DROP INDEX ix_alerts_subject;
            CREATE INDEX ix_alerts_subject ON alerts (organisation_id, subject_id, created_at);
            CREATE INDEX ix_alerts_organisation ON alerts (organisation_id, created_at);

            ALTER TABLE assessments ADD COLUMN organisation_id text NOT NULL DEFAULT 'default';
            ALTER TABLE assessments ALTER COLUMN organisation_id DROP DEFAULT;
            DROP INDEX ix_assessments_record;
            CREATE INDEX ix_assessments_record ON assessments (organisation_id, record_id, id);
            """),
        new(14, SecurityName, """
            ALTER TABLE users ADD COLUMN security_stamp text NOT NULL DEFAULT '';
            CREATE TABLE sign_in_failures (
                user_name text NOT NULL,
                remote_address text NOT NULL,
                failed_attempts integer NOT NULL,
                locked_until timestamptz NULL,
                last_failure_at timestamptz NOT NULL,
                PRIMARY KEY (user_name, remote_address)
            );
            CREATE INDEX ix_sign_in_failures_last ON sign_in_failures (last_failure_at);
            """),
    ];
}
