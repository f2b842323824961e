using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmSync.HubSpot.Tests.Options;

public sealed class OptionsValidatorTests
{
    private const string Prefix = "CrmSync:Connectors:acme";

    [Fact]
    public void Validate_DefaultsWithToken_HasNoProblems()
    {
        var problems = HubSpotConnectorOptionsValidator.Validate(Prefix, new HubSpotConnectorOptions { AccessToken = "pat-na1-x" });

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("MRR", false)]
    [InlineData("monthly revenue", false)]
    [InlineData("mrr", true)]
    [InlineData("company_mrr_2", true)]
    public void Validate_CompanyRevenueProperty_MustBeAnInternalName(string property, bool valid)
    {
        var problems = HubSpotConnectorOptionsValidator.Validate(Prefix, new HubSpotConnectorOptions { AccessToken = "pat-na1-x", CompanyRevenueProperty = property });

        if (valid)
            Assert.Empty(problems);
        else
            Assert.StartsWith("CrmSync:Connectors:acme:CompanyRevenueProperty: must be a HubSpot company property's internal name", Assert.Single(problems));
    }

    [Fact]
    public void Validate_MissingToken_NamesKeyAndEnvironmentVariable()
    {
        var problems = HubSpotConnectorOptionsValidator.Validate(Prefix, new HubSpotConnectorOptions());

        var problem = Assert.Single(problems);
        Assert.Equal("CrmSync:Connectors:acme:AccessToken is required (set it via environment CrmSync__Connectors__acme__AccessToken)", problem);
    }

    [Theory]
    [InlineData("api.hubapi.com")]
    [InlineData("ftp://api.hubapi.com")]
    [InlineData("")]
    public void Validate_BadBaseUrl_NamesTheKey(string baseUrl)
    {
        var problems = HubSpotConnectorOptionsValidator.Validate(Prefix, new HubSpotConnectorOptions { AccessToken = "t", BaseUrl = baseUrl });

        Assert.Equal(["CrmSync:Connectors:acme:BaseUrl: must be an absolute http(s) URL"], problems);
    }

    [Fact]
    public void Validate_EveryNumberOutOfRange_ReportsEachKey()
    {
        var options = new HubSpotConnectorOptions
        {
            AccessToken = "t",
            ObjectsPathPrefix = "crm/v3/objects",
            RateLimit = { BurstPer10Seconds = 0, SearchPerSecond = 0, Utilisation = 1.5 },
            Lookback = TimeSpan.FromSeconds(-1),
            AttemptTimeout = TimeSpan.Zero,
            MaxRetryAttempts = 99,
        };

        var keys = HubSpotConnectorOptionsValidator.Validate(Prefix, options).Select(p => p[..p.IndexOf(": ", StringComparison.Ordinal)]).ToList();

        Assert.Equal(
            [
                $"{Prefix}:ObjectsPathPrefix", $"{Prefix}:RateLimit:BurstPer10Seconds", $"{Prefix}:RateLimit:SearchPerSecond",
                $"{Prefix}:RateLimit:Utilisation", $"{Prefix}:Lookback", $"{Prefix}:AttemptTimeout", $"{Prefix}:MaxRetryAttempts",
            ],
            keys);
    }

    [Fact]
    public void Validate_TokenWithNewline_ReportsItWithoutShowingTheToken()
    {
        var problems = HubSpotConnectorOptionsValidator.Validate(Prefix, new HubSpotConnectorOptions { AccessToken = "pat-secret\n" });

        var problem = Assert.Single(problems);
        Assert.StartsWith("CrmSync:Connectors:acme:AccessToken:", problem);
        Assert.DoesNotContain("pat-secret", problem);
    }

    [Fact]
    public void Validate_UtilisationLeavingNoRequest_NamesBothRateLimitKeys()
    {
        var options = new HubSpotConnectorOptions { AccessToken = "t", RateLimit = { BurstPer10Seconds = 1, Utilisation = 0.5 } };

        var problem = Assert.Single(HubSpotConnectorOptionsValidator.Validate(Prefix, options));

        Assert.Equal("CrmSync:Connectors:acme:RateLimit:Utilisation: leaves no request per 10 s with this RateLimit:BurstPer10Seconds", problem);
    }

    [Fact]
    public void Validate_RateLimitSectionNull_ReportsTheSection()
    {
        var options = new HubSpotConnectorOptions { AccessToken = "t", RateLimit = null! };

        Assert.Equal(["CrmSync:Connectors:acme:RateLimit: is required"], HubSpotConnectorOptionsValidator.Validate(Prefix, options));
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsOptionsValidationExceptionListingProblems()
    {
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var factory = services.GetRequiredService<IHubSpotConnectorFactory>();

        var error = Assert.Throws<OptionsValidationException>(() => factory.Create("acme", new HubSpotConnectorOptions { BaseUrl = "nope" }));

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains("CrmSync:Connectors:acme:BaseUrl", error.Message);
    }

    [Fact]
    public void NamedValidation_BoundOptions_UsesConnectorNameInKeys()
    {
        var validation = new HubSpotConnectorOptionsValidation();

        var result = validation.Validate("beta", new HubSpotConnectorOptions());

        Assert.True(result.Failed);
        Assert.Contains("CrmSync:Connectors:beta:AccessToken is required", result.FailureMessage);
    }

    [Fact]
    public void NamedValidation_RegisteredInDependencyInjection_RejectsBadNamedOptionsOnRead()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IValidateOptions<HubSpotConnectorOptions>, HubSpotConnectorOptionsValidation>();
        services.AddOptions<HubSpotConnectorOptions>("beta").Configure(o => o.RateLimit.Utilisation = 2);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<HubSpotConnectorOptions>>().Get("beta"));

        Assert.Contains(error.Failures, f => f.StartsWith("CrmSync:Connectors:beta:RateLimit:Utilisation:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("CrmSync:Connectors:beta:AccessToken is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ThenEditOptions_RunningConnectorKeepsItsSnapshot()
    {
        var options = TestConnector.Options("http://127.0.0.1:9");
        using var services = new ServiceCollection().AddHubSpotConnector().AddHubSpotConnector().BuildServiceProvider();

        var connector = (HubSpotConnector)services.GetRequiredService<IHubSpotConnectorFactory>().Create("acme", options);
        options.AccessToken = "changed";
        options.MaxRetryAttempts = 0;
        options.RateLimit.BurstPer10Seconds = 1;

        Assert.Equal(TestConnector.Token, connector.Context.AccessToken);
        Assert.Equal(3, connector.Context.Options.MaxRetryAttempts);
        Assert.Equal(190, connector.Context.Options.RateLimit.BurstPer10Seconds);
        Assert.DoesNotContain(TestConnector.Token, connector.ToString());
    }
}
