using CrmSync.Core.Connectors;
using CrmSync.HubSpot.RateLimiting;
using Microsoft.Extensions.Logging;

namespace CrmSync.HubSpot;

/// <summary>
/// Everything one connector instance owns at run time. It rides on each request (HttpRequestMessage.Options) so the
/// shared handler pipeline applies this connector's token, budget, retry limits and counters.
/// </summary>
internal sealed class HubSpotConnectorContext
{
    public HubSpotConnectorContext(string name, HubSpotConnectorOptions options, TimeProvider time, ILogger logger)
    {
        Name = name;
        Options = options;
        Tuning = options.Tuning;
        Time = time;
        Logger = logger;
        AccessToken = options.AccessToken ?? "";
        ObjectsPrefix = options.ObjectsPathPrefix.Trim('/');
        RateLimiter = new HubSpotRateLimiter(time, RateLimiterSettings.From(options));
        DailyBudget = new DailyBudget(time, options.RateLimit.DailyReserve, options.Tuning.DailyBudgetRecheck);
    }

    public string Name { get; }

    public HubSpotConnectorOptions Options { get; }

    public HubSpotTuning Tuning { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public ApiCallStats Stats { get; } = new();

    public HubSpotRateLimiter RateLimiter { get; }

    public DailyBudget DailyBudget { get; }

    /// <summary>Copied at creation: later edits to the options object do not change a running connector.</summary>
    public string AccessToken { get; }

    /// <summary>The objects path prefix without leading or trailing slash, as the Refit route expects it.</summary>
    public string ObjectsPrefix { get; }

    public string ConfigPrefix => $"CrmSync:Connectors:{Name}";

    /// <summary>Keeps the token out of anything that prints the context.</summary>
    public override string ToString() => $"HubSpot connector '{Name}'";
}
