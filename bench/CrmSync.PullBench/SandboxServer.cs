using CrmSync.Sandbox;

namespace CrmSync.PullBench;

/// <summary>The child process: serves the sandbox at HubSpot Professional limits until its standard input closes.</summary>
public static class SandboxServer
{
    public static async Task<int> RunAsync(BenchArguments a)
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions
        {
            Records = a.Records,
            BurstLimitPer10Seconds = a.BurstPer10Seconds,
            SearchLimitPerSecond = a.SearchPerSecond,
        });
        Console.WriteLine($"READY {sandbox.BaseUrl} {sandbox.AccessToken}");
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
