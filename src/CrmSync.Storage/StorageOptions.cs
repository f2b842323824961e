namespace CrmSync.Storage;

/// <summary>Where CrmSync keeps its state: PostgreSQL when a connection string is set, else a SQLite file.</summary>
public sealed class StorageOptions
{
    /// <summary>Npgsql connection string; when set, PostgreSQL (schema <c>crmsync</c>) is used instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Directory of the SQLite file; created when missing.</summary>
    public string DataDirectory { get; set; } = "data";

    public string SqliteFileName { get; set; } = "crmsync.db";

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string SqliteFilePath => Path.GetFullPath(Path.Combine(DataDirectory, SqliteFileName));
}
