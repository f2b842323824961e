namespace CrmSync.Storage.Postgres;

/// <summary>
/// Migrations recorded in <c>crmsync.schema_version</c>; append new steps, never edit applied ones.
/// Key columns use the "C" collation: byte order like SQLite, whatever the database locale, and faster compares.
/// </summary>
internal static class PostgresSchema
{
    public const string Name = "crmsync";

    /// <summary>Advisory lock key ("CRMSYNC1") serialising migrations of replicas that start together.</summary>
    public const long MigrationLockKey = 0x43524D53594E4331;

    public const string Bootstrap = """
        CREATE SCHEMA IF NOT EXISTS crmsync;
        CREATE TABLE IF NOT EXISTS crmsync.schema_version (
            version    integer     NOT NULL PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now());
        """;

    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE crmsync.records (
            connector    text COLLATE "C" NOT NULL,
            object_type  text COLLATE "C" NOT NULL,
            id           text COLLATE "C" NOT NULL,
            properties   jsonb       NOT NULL,
            associations jsonb,
            history      jsonb,
            created_at   timestamptz NOT NULL,
            updated_at   timestamptz NOT NULL,
            archived     boolean     NOT NULL DEFAULT false,
            PRIMARY KEY (connector, object_type, id));

        CREATE TABLE crmsync.cursors (
            connector   text COLLATE "C" NOT NULL,
            object_type text COLLATE "C" NOT NULL,
            cursor      text        NOT NULL,
            updated_at  timestamptz NOT NULL,
            PRIMARY KEY (connector, object_type));

        -- json, not jsonb: documents come back exactly as they were saved.
        CREATE TABLE crmsync.documents (
            connector  text COLLATE "C" NOT NULL,
            key        text COLLATE "C" NOT NULL,
            json       json        NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (connector, key));

        CREATE TABLE crmsync.written (
            connector      text COLLATE "C" NOT NULL,
            object_type    text COLLATE "C" NOT NULL,
            record_id      text COLLATE "C" NOT NULL,
            fingerprint    text        NOT NULL,
            written_values jsonb       NOT NULL,
            written_at     timestamptz NOT NULL,
            PRIMARY KEY (connector, object_type, record_id));

        CREATE TABLE crmsync.alerts (
            connector   text COLLATE "C" NOT NULL,
            key         text COLLATE "C" NOT NULL,
            alert_type  text        NOT NULL,
            object_type text        NOT NULL,
            record_id   text        NOT NULL,
            task_id     text,
            status      text        NOT NULL,
            created_at  timestamptz NOT NULL,
            resolved_at timestamptz,
            PRIMARY KEY (connector, key));

        CREATE TABLE crmsync.runs (
            id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            connector       text COLLATE "C" NOT NULL,
            job             text        NOT NULL,
            dry_run         boolean     NOT NULL,
            status          text        NOT NULL,
            started_at      timestamptz NOT NULL,
            finished_at     timestamptz,
            counts          jsonb,
            message         text,
            hangfire_job_id text);
        CREATE INDEX runs_by_connector ON crmsync.runs (connector, started_at DESC, id DESC);
        CREATE INDEX runs_by_start ON crmsync.runs (started_at DESC, id DESC);

        CREATE TABLE crmsync.run_errors (
            run_id      bigint  NOT NULL REFERENCES crmsync.runs (id) ON DELETE CASCADE,
            position    integer NOT NULL,
            object_type text    NOT NULL,
            record_id   text    NOT NULL,
            code        text    NOT NULL,
            message     text    NOT NULL,
            PRIMARY KEY (run_id, position));
        """,
        // Connector leases (one run per connector across replicas); see PostgresRecordStore.Leases.
        """
        CREATE TABLE IF NOT EXISTS crmsync.connector_leases (
            connector   text COLLATE "C" NOT NULL PRIMARY KEY,
            holder      text        NOT NULL,
            run_id      bigint      NOT NULL,
            acquired_at timestamptz NOT NULL,
            renewed_at  timestamptz NOT NULL,
            expires_at  timestamptz NOT NULL);
        """,
        // Alert budgets (docs/alerts.md): the owner a task counts against, why an alert waits, when its task was closed.
        """
        ALTER TABLE crmsync.alerts ADD COLUMN IF NOT EXISTS owner_id text;
        ALTER TABLE crmsync.alerts ADD COLUMN IF NOT EXISTS reason text;
        ALTER TABLE crmsync.alerts ADD COLUMN IF NOT EXISTS acknowledged_at timestamptz;
        """,
    ];
}
