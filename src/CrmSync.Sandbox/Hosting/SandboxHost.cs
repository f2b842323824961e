using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSync.Sandbox;

/// <summary>The sandbox CRM on its own Kestrel server, bound to 127.0.0.1.</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private int stopped;

    private SandboxHost(WebApplication app, SandboxState state, Uri baseUrl)
    {
        this.app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. http://127.0.0.1:54321</summary>
    public Uri BaseUrl { get; }

    public string AccessToken => State.Options.AccessToken;

    public SandboxState State { get; }

    public SandboxStats Stats => State.Stats;

    /// <summary>Validates the options (OptionsValidationException), generates the data and starts listening.</summary>
    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        var state = SandboxState.Create(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.MapHubSpotSandbox(state);
        app.MapSandboxFallback(state);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The sandbox server started but reported no listening address.");
        return new SandboxHost(app, state, new Uri(address));
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }
}
