using CrmSync.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>Builds connectors the way the host does: AddHubSpotConnector, then the factory.</summary>
internal sealed class TestConnector : IDisposable
{
    public const string Token = "pat-na1-test-0123456789-secret";

    private readonly ServiceProvider _services;

    private TestConnector(ServiceProvider services, ICrmConnector connector)
    {
        _services = services;
        Connector = connector;
    }

    public ICrmConnector Connector { get; }

    public static TestConnector Create(string baseUrl, Action<HubSpotConnectorOptions>? configure = null, string name = "acme", TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
            services.AddSingleton(time);
        services.AddHubSpotConnector();
        var provider = services.BuildServiceProvider();
        var options = Options(baseUrl);
        configure?.Invoke(options);
        return new TestConnector(provider, provider.GetRequiredService<IHubSpotConnectorFactory>().Create(name, options));
    }

    public static HubSpotConnectorOptions Options(string baseUrl) => new()
    {
        BaseUrl = baseUrl,
        AccessToken = Token,
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAttempts = 3,
        Tuning = TestTuning.Fast,
    };

    public void Dispose() => _services.Dispose();
}
