using System.Data.Common;

namespace CrmSync.Storage.Rows;

/// <summary>Reads a non-null timestamp column in the store's own encoding (native in PostgreSQL, ISO text in SQLite).</summary>
internal delegate DateTimeOffset TimestampColumn(DbDataReader reader, int ordinal);
