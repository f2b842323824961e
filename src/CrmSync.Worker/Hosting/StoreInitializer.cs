using CrmSync.Storage;

namespace CrmSync.Worker.Hosting;

/// <summary>Creates or migrates the store's schema before any job runs.</summary>
public sealed class StoreInitializer(IRecordStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
