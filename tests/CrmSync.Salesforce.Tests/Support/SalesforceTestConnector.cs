using CrmSync.Core.Connectors;
using CrmSync.Sandbox.Salesforce;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Salesforce.Tests.Support;

/// <summary>A real connector (the production DI registration and HTTP pipeline) pointed at a fake org or a WireMock server.</summary>
internal static class SalesforceTestConnector
{
    /// <summary>Short back-offs so no test waits for production delays.</summary>
    public static SalesforceTuning FastTuning { get; } = new()
    {
        ServerErrorBaseDelay = TimeSpan.FromMilliseconds(5),
        ConcurrencyBackoff = TimeSpan.FromMilliseconds(5),
        LockRetryDelay = TimeSpan.FromMilliseconds(5),
        BodyFaultDelay = TimeSpan.FromMilliseconds(5),
    };

    public static SalesforceConnectorOptions ClientCredentials(string loginUrl, string clientId = "3MVG9sandbox.crmsync.client", string secret = "sandbox-client-secret") => new()
    {
        LoginUrl = loginUrl.TrimEnd('/'),
        Auth = new SalesforceAuthOptions { Flow = SalesforceAuthFlow.ClientCredentials, ClientId = clientId, ClientSecret = secret },
        MaxRetryAttempts = 2,
        Tuning = FastTuning,
    };

    public static SalesforceConnectorOptions For(SalesforceOrgHost org) => ClientCredentials(org.BaseUrl.ToString());

    public static ICrmConnector Create(SalesforceConnectorOptions options, string name = "acme", IServiceCollection? services = null)
    {
        services ??= new ServiceCollection();
        services.AddSalesforceConnector();
        var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ISalesforceConnectorFactory>().Create(name, options);
    }

    public static Task<SalesforceOrgHost> StartOrgAsync(int records = 200, Action<SalesforceOrgOptions>? configure = null)
    {
        var options = new SalesforceOrgOptions { Records = records, Seed = 7 };
        configure?.Invoke(options);
        return SalesforceOrgHost.StartAsync(options, TestContext.Current.CancellationToken);
    }

    public static async Task<List<PulledPage>> PullAllAsync(ICrmConnector connector, PullRequest request)
    {
        var pages = new List<PulledPage>();
        await foreach (var page in connector.PullAsync(request, TestContext.Current.CancellationToken))
            pages.Add(page);
        return pages;
    }
}
