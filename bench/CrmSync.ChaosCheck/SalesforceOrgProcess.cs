namespace CrmSync.ChaosCheck;

/// <summary>
/// A <c>crmsync sandbox --crm salesforce</c> process: a fresh seeded fake org. The worker logs in at the org itself;
/// the tokens it gets name the proxy as the instance URL (<c>--instance-url</c>), so every data call (queries,
/// collections, task inserts) goes through the proxy and token requests do not.
/// </summary>
internal sealed class SalesforceOrgProcess : FakeCrmProcess
{
    public const string ClientId = "3MVG9sandbox.crmsync.client";
    public const string ClientSecret = "sandbox-client-secret";
    public const string ApiVersion = "60.0";

    private SalesforceOrgProcess(ChildProcess process, int port, IReadOnlyDictionary<string, object> settings)
        : base(process, port, settings)
    {
    }

    public static async Task<SalesforceOrgProcess> StartAsync(ChaosArguments a, Uri proxy, string workingDirectory)
    {
        var (process, port) = await StartSandboxAsync(
            ["--crm", "salesforce", "--records", Text(a.Records), "--seed", Text(a.Seed), "--instance-url", proxy.GetLeftPart(UriPartial.Authority)],
            "Sandbox Salesforce org at", workingDirectory);
        return new SalesforceOrgProcess(process, port, new Dictionary<string, object>
        {
            ["Kind"] = "Salesforce",
            ["LoginUrl"] = $"http://127.0.0.1:{port}",
            ["ApiVersion"] = ApiVersion,
            ["Auth"] = new { Flow = "ClientCredentials", ClientId },
            // Small pages, so that a pull of a few thousand records takes many checkpoints to interrupt between.
            ["QueryBatchSize"] = a.QueryBatchSize,
            // Generous: a freshly started worker on a loaded machine may take seconds for its first answers.
            ["AttemptTimeout"] = "00:00:30",
        });
    }

    public override IReadOnlyDictionary<string, string> SecretEnvironment(string connector) =>
        new Dictionary<string, string> { [$"CrmSync__Connectors__{connector}__Auth__ClientSecret"] = ClientSecret };

    public override Task<CrmSnapshot> ReadAsync() => SalesforceSnapshotReader.ReadAsync(BaseUrl);
}
