using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSync.HubSpot.Tests.Connectors;

public sealed class ConnectorKindTests
{
    private static IConnectorKind Kind(ServiceProvider services) => Assert.Single(services.GetServices<IConnectorKind>());

    [Fact]
    public void AddHubSpotConnector_CalledTwice_RegistersOneKindAndOneFactory()
    {
        var services = new ServiceCollection().AddHubSpotConnector().AddHubSpotConnector();

        Assert.Single(services, d => d.ServiceType == typeof(IConnectorKind));
        Assert.Single(services, d => d.ServiceType == typeof(IHubSpotConnectorFactory));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<HubSpotConnectorKind>(Kind(provider));
    }

    [Fact]
    public void Kind_DescribesHubSpot()
    {
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var kind = Kind(services);

        Assert.Equal("HubSpot", kind.Kind);
        Assert.Equal(typeof(HubSpotConnectorOptions), kind.OptionsType);
        Assert.Equal([CrmObjectTypes.Contacts, CrmObjectTypes.Companies, CrmObjectTypes.Deals], kind.ObjectTypes);
        Assert.NotNull(Activator.CreateInstance(kind.OptionsType));
    }

    [Fact]
    public void Validate_BadOptions_NamesKeysUnderTheGivenSection()
    {
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var options = new HubSpotConnectorOptions { AccessToken = "t", RateLimit = { SearchPerSecond = 0 } };

        var problems = Kind(services).Validate("CrmSync:Connectors:beta", options);

        Assert.Equal(["CrmSync:Connectors:beta:RateLimit:SearchPerSecond: must be between 1 and 100 (HubSpot allows 5)"], problems);
    }

    [Fact]
    public void ValidateAndCreate_OptionsOfAnotherKind_ThrowArgumentException()
    {
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var kind = Kind(services);

        Assert.Throws<ArgumentException>(() => kind.Validate("CrmSync:Connectors:beta", new object()));
        Assert.Throws<ArgumentException>(() => kind.Create("beta", new object()));
    }

    [Fact]
    public void Create_ValidOptions_BuildsTheNamedConnectorAndRejectsInvalidOnes()
    {
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var kind = Kind(services);

        var connector = kind.Create("beta", TestConnector.Options("http://127.0.0.1:9"));
        var error = Assert.Throws<OptionsValidationException>(() => kind.Create("gamma", new HubSpotConnectorOptions()));

        Assert.Equal("beta", connector.Name);
        Assert.Contains("CrmSync:Connectors:gamma:AccessToken is required", error.Message);
    }
}
