using CrmSync.Core.Connectors;
using CrmSync.Salesforce.Auth;
using CrmSync.Salesforce.Limits;
using Microsoft.Extensions.Logging;

namespace CrmSync.Salesforce;

/// <summary>
/// Everything one connector instance owns at run time. It rides on each request (HttpRequestMessage.Options) so the
/// shared handler pipeline applies this connector's session, budget, concurrency and retry limits.
/// </summary>
internal sealed class SalesforceConnectorContext
{
    public SalesforceConnectorContext(string name, SalesforceConnectorOptions options, TimeProvider time, ILogger logger, Func<Api.ISalesforceAuthApi> authApi)
    {
        Name = name;
        Options = options;
        Tuning = options.Tuning;
        Time = time;
        Logger = logger;
        LoginUri = new Uri(options.LoginUrl, UriKind.Absolute);
        Budget = new ApiBudget(time, options.Limits.DailyReserveShare, options.Tuning.DailyBudgetRecheck);
        Gate = new SemaphoreSlim(options.Limits.MaxConcurrentRequests, options.Limits.MaxConcurrentRequests);
        Tokens = new TokenSource(this, authApi);
    }

    public string Name { get; }

    public SalesforceConnectorOptions Options { get; }

    public SalesforceTuning Tuning { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    public Uri LoginUri { get; }

    public string Version => Options.ApiVersion;

    public ApiCallStats Stats { get; } = new();

    public ApiBudget Budget { get; }

    public SemaphoreSlim Gate { get; }

    public TokenSource Tokens { get; }

    /// <summary>The <c>Sforce-Query-Options</c> value of every query.</summary>
    public string QueryOptions => $"batchSize={Options.QueryBatchSize}";

    public string ConfigPrefix => $"CrmSync:Connectors:{Name}";

    /// <summary>Keeps the secrets out of anything that prints the context.</summary>
    public override string ToString() => $"Salesforce connector '{Name}'";
}
