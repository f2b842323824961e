using Microsoft.Extensions.Hosting;

namespace CrmSync.Worker.Jobs;

/// <summary>Registers the recurring jobs when the host starts.</summary>
public sealed class RecurringJobRegistrarService(RecurringJobRegistrar registrar) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        registrar.Register();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
