using System.Globalization;
using System.Text.Json;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Options;

/// <summary>The user-facing keys under CrmSync:Connectors:{name}, bound the way the host binds them.</summary>
public sealed class OptionsBindingTests : WireMockTestBase
{
    private const string Section = "CrmSync:Connectors:acme";

    private Dictionary<string, string?> EveryKey() => new()
    {
        [$"{Section}:Kind"] = "HubSpot",
        [$"{Section}:BaseUrl"] = Server.Url + "/portal",
        [$"{Section}:AccessToken"] = "pat-bound-token",
        [$"{Section}:ObjectsPathPrefix"] = "/crm/objects/2026-03",
        [$"{Section}:Lookback"] = "00:07:00",
        [$"{Section}:IndexLag"] = "00:20:00",
        [$"{Section}:AssociationRefreshInterval"] = "02:00:00",
        [$"{Section}:AttemptTimeout"] = "00:00:04",
        [$"{Section}:MaxRetryAttempts"] = "2",
        [$"{Section}:RateLimit:BurstPer10Seconds"] = "100",
        [$"{Section}:RateLimit:SearchPerSecond"] = "3",
        [$"{Section}:RateLimit:Utilisation"] = "0.5",
        [$"{Section}:RateLimit:DailyReserve"] = "25000",
    };

    /// <summary>Binds the HubSpot keys strictly: every key of the section but the host's own Kind must be known.</summary>
    private static HubSpotConnectorOptions Bind(Dictionary<string, string?> values)
    {
        values.Remove($"{Section}:Kind");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new HubSpotConnectorOptions();
        configuration.GetSection(Section).Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        return options;
    }

    [Fact]
    public void Bind_EveryDocumentedKey_ReachesItsProperty()
    {
        var options = Bind(EveryKey());

        Assert.Equal(Server.Url + "/portal", options.BaseUrl);
        Assert.Equal("pat-bound-token", options.AccessToken);
        Assert.Equal("/crm/objects/2026-03", options.ObjectsPathPrefix);
        Assert.Equal(TimeSpan.FromMinutes(7), options.Lookback);
        Assert.Equal(TimeSpan.FromMinutes(20), options.IndexLag);
        Assert.Equal(TimeSpan.FromHours(2), options.AssociationRefreshInterval);
        Assert.Equal(25_000, options.RateLimit.DailyReserve);
        Assert.Equal(TimeSpan.FromSeconds(4), options.AttemptTimeout);
        Assert.Equal(2, options.MaxRetryAttempts);
        Assert.Equal(100, options.RateLimit.BurstPer10Seconds);
        Assert.Equal(3, options.RateLimit.SearchPerSecond);
        Assert.Equal(0.5, options.RateLimit.Utilisation);
    }

    [Theory]
    [InlineData("BurstLimitPer10Seconds")]
    [InlineData("BudgetUtilisation")]
    [InlineData("RateLimit:SearchLimitPerSecond")]
    public void Bind_OldOrInternalKey_IsUnknown(string key)
    {
        var values = EveryKey();
        values[$"{Section}:{key}"] = "1";

        var error = Assert.Throws<InvalidOperationException>(() => Bind(values));

        Assert.Contains(key.Split(':')[^1], error.Message);
    }

    [Fact]
    public void Bind_InternalTuningKey_IsIgnored()
    {
        // The binder sees the internal Tuning property, so ErrorOnUnknownConfiguration does not flag it; it still binds
        // nothing there: HubSpot's windows cannot be changed from configuration.
        var values = EveryKey();
        values[$"{Section}:Tuning:BatchSize"] = "1";

        var options = Bind(values);

        Assert.Equal(100, options.Tuning.BatchSize);
    }

    [Fact]
    public async Task Create_FromBoundOptions_UsesEveryValue()
    {
        var since = new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero);
        Server.Given(Request.Create().WithPath("/portal/crm/objects/2026-03/contacts/search").UsingPost())
            .RespondWith(Response.Create().WithBodyAsJson(new { total = 0, results = Array.Empty<object>() }));
        Server.Given(Request.Create().WithPath("/portal/crm/objects/2026-03/companies/search").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(HubSpotBodies.Error("INTERNAL_ERROR", "oops")));
        var options = Bind(EveryKey());
        options.Tuning = TestTuning.Fast;
        using var services = new ServiceCollection().AddHubSpotConnector().BuildServiceProvider();
        var kind = services.GetServices<IConnectorKind>().Single();
        Assert.Empty(kind.Validate(Section, options));

        var connector = (HubSpotConnector)kind.Create("acme", options);

        var limiter = connector.Context.RateLimiter.Settings;
        Assert.Equal((100, 0.5, 3, 50), (limiter.BurstBudget, limiter.Utilisation, limiter.SearchLimit, limiter.BurstLimit));
        Assert.Equal(TimeSpan.FromSeconds(4), connector.Context.Options.AttemptTimeout);
        Assert.Equal((TimeSpan.FromMinutes(20), TimeSpan.FromHours(2)), (connector.Context.Options.IndexLag, connector.Context.Options.AssociationRefreshInterval));
        Assert.Equal(25_000, connector.Context.DailyBudget.Reserve);

        var cursor = JsonSerializer.Serialize(new { v = 1, type = "contacts", kind = "search", since, until = since });
        await connector.PullAsync(new PullRequest("contacts", PullMode.Incremental, cursor, [], [], []), Ct).ToListAsync(Ct);
        // First, not Single: on a loaded machine the 4 s attempt timeout may retry the search with the same body.
        var search = Requests("/portal/crm/objects/2026-03/contacts/search")[0];
        Assert.Equal("Bearer pat-bound-token", search.RequestMessage.Headers!["Authorization"].Single());
        var from = Body(search).GetProperty("filterGroups")[0].GetProperty("filters")[0].GetProperty("value").GetString();
        Assert.Equal(since.AddMinutes(-7).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), from);

        var companies = JsonSerializer.Serialize(new { v = 1, type = "companies", kind = "search", since, until = since });
        var error = await Assert.ThrowsAsync<CrmConnectorException>(async () =>
            await connector.PullAsync(new PullRequest("companies", PullMode.Incremental, companies, [], [], []), Ct).ToListAsync(Ct));
        Assert.Equal(CrmFailureKind.Unavailable, error.Kind);
        Assert.Equal(3, Requests("/portal/crm/objects/2026-03/companies/search").Count);
    }
}
