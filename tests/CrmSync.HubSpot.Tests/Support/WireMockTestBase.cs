using System.Text.Json;
using WireMock.Logging;
using WireMock.Server;

namespace CrmSync.HubSpot.Tests.Support;

/// <summary>One WireMock server per test class instance (xunit builds one instance per test), on a random port.</summary>
public abstract class WireMockTestBase : IAsyncLifetime
{
    private TestConnector? _connector;

    protected WireMockServer Server { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual ValueTask InitializeAsync()
    {
        Server = WireMockServer.Start();
        return ValueTask.CompletedTask;
    }

    public virtual ValueTask DisposeAsync()
    {
        _connector?.Dispose();
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    internal Core.Connectors.ICrmConnector Connect(Action<HubSpotConnectorOptions>? configure = null, TimeProvider? time = null)
    {
        _connector?.Dispose();
        _connector = TestConnector.Create(Server.Url!, configure, time: time);
        return _connector.Connector;
    }

    protected IReadOnlyList<ILogEntry> Requests(string path, string? method = null) =>
        Server.LogEntries
            .Where(e => e.RequestMessage.Path == path && (method is null || string.Equals(e.RequestMessage.Method, method, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.RequestMessage.DateTime)
            .ToList();

    protected static JsonElement Body(ILogEntry entry) => JsonDocument.Parse(entry.RequestMessage.Body!).RootElement;

    protected static string? Query(ILogEntry entry, string name) =>
        entry.RequestMessage.Query is { } query && query.TryGetValue(name, out var values) ? string.Join(",", values) : null;
}
