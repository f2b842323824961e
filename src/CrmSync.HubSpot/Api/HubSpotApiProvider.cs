using CrmSync.HubSpot.Http;
using Refit;

namespace CrmSync.HubSpot.Api;

/// <summary>
/// Builds a connector's Refit clients over the shared named HttpClient pipeline, with this connector's base address.
/// The connector's context travels in <see cref="RefitSettings.HttpRequestMessageOptions"/>, so the shared handlers
/// (token, rate budget, stats, retries) act per connector. Clients are rebuilt periodically so the factory's pooled
/// handlers rotate (DNS changes); building one is cheap.
/// </summary>
internal sealed class HubSpotApiProvider
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly HubSpotConnectorContext _context;
    private readonly RefitSettings _settings;
    private readonly Uri _baseAddress;
    private HubSpotApiSet? _current;
    private long _createdAt;

    public HubSpotApiProvider(IHttpClientFactory httpClientFactory, HubSpotConnectorContext context)
    {
        _httpClientFactory = httpClientFactory;
        _context = context;
        _baseAddress = new Uri(context.Options.BaseUrl.TrimEnd('/'), UriKind.Absolute);
        _settings = new RefitSettings(HubSpotJson.Serializer)
        {
            HttpRequestMessageOptions = new Dictionary<string, object> { [HubSpotHttp.ConnectorOptionName] = context },
        };
    }

    public HubSpotApiSet Get()
    {
        var current = _current;
        var time = _context.Time;
        if (current is not null && time.GetElapsedTime(Volatile.Read(ref _createdAt)) < _context.Tuning.ClientRefreshInterval)
            return current;

        var http = _httpClientFactory.CreateClient(HubSpotHttp.ClientName);
        http.BaseAddress = _baseAddress;
        current = new HubSpotApiSet(
            RestService.ForGenerated<IHubSpotObjectsApi>(http, _settings),
            RestService.ForGenerated<IHubSpotAssociationsApi>(http, _settings),
            RestService.ForGenerated<IHubSpotPropertiesApi>(http, _settings),
            RestService.ForGenerated<IHubSpotAccountApi>(http, _settings));
        Volatile.Write(ref _createdAt, time.GetTimestamp());
        _current = current;
        return current;
    }
}
