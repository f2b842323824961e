using Microsoft.Extensions.DependencyInjection;

namespace CrmSync.Salesforce.Api;

/// <summary>
/// The connector's Refit clients, resolved from the container where <c>AddRefitGeneratedClient</c> registered them
/// (one registration serves every org: each call carries its connector). Re-resolved every couple of minutes so the
/// factory's pooled handlers rotate (DNS changes); resolving one is cheap.
/// </summary>
internal sealed class SalesforceApiProvider(IServiceProvider services, TimeProvider time)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(2);
    private ISalesforceDataApi? _data;
    private long _createdAt;

    public ISalesforceDataApi Data
    {
        get
        {
            var current = _data;
            if (current is not null && time.GetElapsedTime(Volatile.Read(ref _createdAt)) < RefreshInterval)
                return current;
            current = services.GetRequiredService<ISalesforceDataApi>();
            Volatile.Write(ref _createdAt, time.GetTimestamp());
            _data = current;
            return current;
        }
    }

    public ISalesforceAuthApi Auth() => services.GetRequiredService<ISalesforceAuthApi>();
}
