using CrmSync.Sandbox;

namespace CrmSync.ScaleBench;

/// <summary>
/// The fake HubSpot portals, in this process: one sandbox server per <see cref="ScaleArguments.ConnectorsPerSandbox"/>
/// connectors, each with its own token. Rate limits are off (the bench measures the scheduler, not HubSpot's budget),
/// data is tiny, and a little latency per answer makes a run last long enough to be caught by the kill.
/// </summary>
internal sealed class SandboxFleet : IAsyncDisposable
{
    private readonly List<SandboxHost> _hosts;

    private SandboxFleet(List<SandboxHost> hosts) => _hosts = hosts;

    public static async Task<SandboxFleet> StartAsync(ScaleArguments a)
    {
        var hosts = new List<SandboxHost>();
        var count = (a.Connectors + a.ConnectorsPerSandbox - 1) / a.ConnectorsPerSandbox;
        for (var i = 0; i < count; i++)
        {
            hosts.Add(await SandboxHost.StartAsync(new SandboxOptions
            {
                Port = 0,
                Records = a.Records,
                Seed = 42 + i,
                AccessToken = $"pat-scale-{i:D3}",
                BurstLimitPer10Seconds = 0,
                SearchLimitPerSecond = 0,
                DailyLimit = 0,
                RateLimitHeaders = false,
                Latency = TimeSpan.FromMilliseconds(a.LatencyMs),
                RequestLogCapacity = 100,
            }));
        }

        return new SandboxFleet(hosts);
    }

    public int Count => _hosts.Count;

    /// <summary>The sandbox serving connector number <paramref name="index"/> (0-based).</summary>
    public SandboxHost For(int index, ScaleArguments a) => _hosts[index / a.ConnectorsPerSandbox];

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
    }
}
