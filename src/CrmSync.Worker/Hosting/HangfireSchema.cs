using Hangfire.PostgreSql;
using Npgsql;

namespace CrmSync.Worker.Hosting;

/// <summary>
/// Creates or upgrades Hangfire's schema on PostgreSQL, one process at a time. Replicas starting together on a new
/// database would otherwise all run Hangfire's installer at once, and all but one fail half-way ("duplicate key …
/// pg_namespace" creating the schema, "invalid input syntax for type json" on a table another one is migrating), as
/// the scale bench showed; under an advisory lock each finds the schema ready or installs it alone.
/// </summary>
internal static class HangfireSchema
{
    /// <summary>Any fixed 64-bit key; it only has to differ from the store's own locks (those are per connector).</summary>
    private const long LockKey = 0x43_72_6D_53_48_46_53_43; // "CrmSHFSC"

    /// <returns>
    /// False when the server could not be reached or refused: Hangfire then prepares the schema itself as before, and the
    /// start-up check of the store (which runs first in <see cref="HostStartup"/>, where this callback's exception would
    /// not be) reports the reason in one line naming the connection string's key.
    /// </returns>
    public static bool TryInstall(string connectionString, string schemaName)
    {
        try
        {
            Install(connectionString, schemaName);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public static void Install(string connectionString, string schemaName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
            take.ExecuteNonQuery();
        try
        {
            PostgreSqlObjectsInstaller.Install(connection, schemaName);
        }
        finally
        {
            using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            release.ExecuteNonQuery();
        }
    }
}
