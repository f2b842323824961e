namespace CrmSync.ChaosCheck;

/// <summary>A fresh fake CRM with the fault proxy in front of it: what every trial (and the baseline) runs against.</summary>
internal sealed class TrialCrm : IAsyncDisposable
{
    private TrialCrm(IRunningCrm crm, FaultProxy proxy)
    {
        Crm = crm;
        Proxy = proxy;
    }

    public IRunningCrm Crm { get; }

    public FaultProxy Proxy { get; }

    /// <summary>The proxy's port is chosen first: a CRM that hands out its data URL (Salesforce's instance_url) must name it.</summary>
    public static async Task<TrialCrm> StartAsync(IChaosCrm kind, string proxyScript, int proxySeed, string workDirectory)
    {
        var proxyPort = ChildProcess.FreePort();
        var crm = await kind.StartAsync(new Uri($"http://127.0.0.1:{proxyPort}"), workDirectory);
        try
        {
            return new TrialCrm(crm, await FaultProxy.StartAsync(proxyScript, proxyPort, crm.Port, proxySeed, workDirectory));
        }
        catch
        {
            await crm.DisposeAsync();
            throw;
        }
    }

    public WorkerJob Job(string directory) => new(directory, Crm);

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Crm.DisposeAsync();
    }
}
