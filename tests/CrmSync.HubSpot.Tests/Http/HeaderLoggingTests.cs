using System.Collections.Concurrent;
using CrmSync.Core.Connectors;
using CrmSync.HubSpot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CrmSync.HubSpot.Tests.Http;

/// <summary>
/// HttpClientFactory's logging handlers print every header at Trace, the innermost one after the bearer token is set.
/// The connector names the secret headers itself (RedactLoggedHeaders): the token never appears, HubSpot's rate-limit
/// headers stay readable for whoever diagnoses a 429.
/// </summary>
public sealed class HeaderLoggingTests : WireMockTestBase
{
    [Fact]
    public async Task Pull_LoggedAtTrace_RedactsAuthorizationAndKeepsRateLimitHeaders()
    {
        Server.Given(Request.Create().WithPath("/crm/v3/pipelines/deals").UsingGet()).RespondWith(Response.Create()
            .WithHeader("X-HubSpot-RateLimit-Max", "190").WithHeader("X-HubSpot-RateLimit-Remaining", "187")
            .WithBodyAsJson(new { results = Array.Empty<object>() }));
        var lines = new ConcurrentQueue<string>();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(lines)))
            .AddHubSpotConnector();
        await using var provider = services.BuildServiceProvider();
        var connector = provider.GetRequiredService<IHubSpotConnectorFactory>().Create("acme", TestConnector.Options(Server.Url!));

        await connector.GetPipelinesAsync("deals", Ct);

        Assert.Contains(lines, l => l.Contains("Authorization: *", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("X-HubSpot-RateLimit-Remaining: 187", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(TestConnector.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(TestConnector.Token[..12], StringComparison.Ordinal));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class Capturing(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
