namespace CrmSync.Sandbox.Tests.Salesforce;

/// <summary>One fake org per test (xunit builds a class instance per test), started with <see cref="CreateOptions"/>.</summary>
public abstract class SalesforceTestBase : IAsyncLifetime
{
    private SalesforceClient? client;

    internal SalesforceClient Org => client ?? throw new InvalidOperationException("The fake org has not started.");

    public async ValueTask InitializeAsync() => client = await SalesforceClient.StartAsync(CreateOptions(), Authenticate);

    public async ValueTask DisposeAsync()
    {
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal virtual bool Authenticate => true;

    internal virtual CrmSync.Sandbox.Salesforce.SalesforceOrgOptions CreateOptions() => SalesforceClient.Options();
}
