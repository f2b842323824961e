using System.Data.Common;

namespace CrmSync.Storage.Rows;

/// <summary>The lease row reader shared by both stores.</summary>
internal static class LeaseRows
{
    /// <summary>Columns: connector, holder, run_id, acquired_at, renewed_at, expires_at; null when there is no row.</summary>
    public static async Task<ConnectorLease?> ReadAsync(DbDataReader reader, TimestampColumn timestamp, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new ConnectorLease(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetInt64(2),
            timestamp(reader, 3),
            timestamp(reader, 4),
            timestamp(reader, 5));
    }
}
