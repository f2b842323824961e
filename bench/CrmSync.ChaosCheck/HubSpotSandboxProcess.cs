namespace CrmSync.ChaosCheck;

/// <summary>A <c>crmsync sandbox</c> process: a fresh seeded HubSpot; the worker reaches it through the proxy.</summary>
internal sealed class HubSpotSandboxProcess : FakeCrmProcess
{
    public const string Token = "pat-sandbox-token";

    private HubSpotSandboxProcess(ChildProcess process, int port, IReadOnlyDictionary<string, object> settings)
        : base(process, port, settings)
    {
    }

    public static async Task<HubSpotSandboxProcess> StartAsync(ChaosArguments a, Uri proxy, string workingDirectory)
    {
        var (process, port) = await StartSandboxAsync(
            ["--records", Text(a.Records), "--seed", Text(a.Seed), "--search-index-lag-ms", Text((int)a.CrmSearchLag.TotalMilliseconds)],
            "Sandbox HubSpot API at", workingDirectory);
        return new HubSpotSandboxProcess(process, port, new Dictionary<string, object>
        {
            ["Kind"] = "HubSpot",
            ["BaseUrl"] = proxy.ToString(),
            ["IndexLag"] = a.WorkerSearchLag.ToString(),
            ["AttemptTimeout"] = "00:00:10",
            ["RateLimit"] = new { BurstPer10Seconds = 190 },
        });
    }

    public override IReadOnlyDictionary<string, string> SecretEnvironment(string connector) =>
        new Dictionary<string, string> { [$"CrmSync__Connectors__{connector}__AccessToken"] = Token };

    public override Task<CrmSnapshot> ReadAsync() => HubSpotSnapshotReader.ReadAsync(BaseUrl);
}
