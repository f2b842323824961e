using Hangfire;
using Hangfire.Storage;

namespace CrmSync.Worker.Jobs;

/// <summary>
/// Keeps two jobs of one connector from overlapping, across replicas too: a distributed lock in Hangfire's storage
/// (a row in PostgreSQL, a process-wide lock in memory). Its lifetime on PostgreSQL is raised above the longest job
/// (see HangfireServiceCollectionExtensions), since expired lock rows are deleted.
/// </summary>
public sealed class ConnectorLock(JobStorage storage)
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    /// <summary>Returns null when another job of the connector holds the lock for longer than <paramref name="wait"/>.</summary>
    public IDisposable? TryAcquire(string connector, TimeSpan wait)
    {
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock($"crmsync:connector:{connector}", wait);
            return new Held(handle, connection);
        }
        catch (DistributedLockTimeoutException)
        {
            connection.Dispose();
            return null;
        }
    }

    private sealed class Held(IDisposable handle, IStorageConnection connection) : IDisposable
    {
        public void Dispose()
        {
            handle.Dispose();
            connection.Dispose();
        }
    }
}
