namespace CrmSync.Sandbox.Tests.Infrastructure;

/// <summary>One sandbox per test (xunit builds a class instance per test), started with <see cref="CreateOptions"/>.</summary>
public abstract class SandboxTestBase : IAsyncLifetime
{
    private SandboxClient? client;

    internal SandboxClient Api => client ?? throw new InvalidOperationException("The sandbox has not started.");

    internal SandboxState State => Api.State;

    public async ValueTask InitializeAsync() => client = await SandboxClient.StartAsync(CreateOptions());

    public async ValueTask DisposeAsync()
    {
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal virtual SandboxOptions CreateOptions() => SandboxClient.Options();
}
