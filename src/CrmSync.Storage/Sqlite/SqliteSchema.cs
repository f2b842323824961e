namespace CrmSync.Storage.Sqlite;

/// <summary>Migrations by <c>PRAGMA user_version</c>; append new steps, never edit applied ones.</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE IF NOT EXISTS records (
            connector    TEXT    NOT NULL,
            object_type  TEXT    NOT NULL,
            id           TEXT    NOT NULL,
            properties   TEXT    NOT NULL,
            associations TEXT,
            history      TEXT,
            created_at   TEXT    NOT NULL,
            updated_at   TEXT    NOT NULL,
            archived     INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (connector, object_type, id));

        CREATE TABLE IF NOT EXISTS cursors (
            connector   TEXT NOT NULL,
            object_type TEXT NOT NULL,
            cursor      TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            PRIMARY KEY (connector, object_type)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS documents (
            connector  TEXT NOT NULL,
            key        TEXT NOT NULL,
            json       TEXT NOT NULL CHECK (json_valid(json)),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (connector, key)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS written (
            connector      TEXT NOT NULL,
            object_type    TEXT NOT NULL,
            record_id      TEXT NOT NULL,
            fingerprint    TEXT NOT NULL,
            written_values TEXT NOT NULL,
            written_at     TEXT NOT NULL,
            PRIMARY KEY (connector, object_type, record_id));

        CREATE TABLE IF NOT EXISTS alerts (
            connector   TEXT NOT NULL,
            key         TEXT NOT NULL,
            alert_type  TEXT NOT NULL,
            object_type TEXT NOT NULL,
            record_id   TEXT NOT NULL,
            task_id     TEXT,
            status      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            resolved_at TEXT,
            PRIMARY KEY (connector, key));

        CREATE TABLE IF NOT EXISTS runs (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            connector       TEXT    NOT NULL,
            job             TEXT    NOT NULL,
            dry_run         INTEGER NOT NULL,
            status          TEXT    NOT NULL,
            started_at      TEXT    NOT NULL,
            finished_at     TEXT,
            counts          TEXT,
            message         TEXT,
            hangfire_job_id TEXT);
        CREATE INDEX IF NOT EXISTS runs_by_connector ON runs (connector, started_at DESC, id DESC);
        CREATE INDEX IF NOT EXISTS runs_by_start ON runs (started_at DESC, id DESC);

        CREATE TABLE IF NOT EXISTS run_errors (
            run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            object_type TEXT    NOT NULL,
            record_id   TEXT    NOT NULL,
            code        TEXT    NOT NULL,
            message     TEXT    NOT NULL,
            PRIMARY KEY (run_id, position));
        """,
        // Connector leases (one run per connector across processes); see SqliteRecordStore.Leases.
        """
        CREATE TABLE IF NOT EXISTS connector_leases (
            connector   TEXT    NOT NULL PRIMARY KEY,
            holder      TEXT    NOT NULL,
            run_id      INTEGER NOT NULL,
            acquired_at TEXT    NOT NULL,
            renewed_at  TEXT    NOT NULL,
            expires_at  TEXT    NOT NULL) WITHOUT ROWID;
        """,
        // Alert budgets (docs/alerts.md): the owner a task counts against, why an alert waits, when its task was closed.
        """
        ALTER TABLE alerts ADD COLUMN owner_id TEXT;
        ALTER TABLE alerts ADD COLUMN reason TEXT;
        ALTER TABLE alerts ADD COLUMN acknowledged_at TEXT;
        """,
    ];
}
