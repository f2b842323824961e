using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmSync.Sandbox.Salesforce;

/// <summary>
/// The fake Salesforce org on its own Kestrel server on 127.0.0.1: the login host and the instance host at once
/// (point the connector's login URL at <see cref="BaseUrl"/>; the token answer's instance_url is the same URL).
/// </summary>
public sealed class SalesforceOrgHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private int stopped;

    private SalesforceOrgHost(WebApplication app, SalesforceOrgState state, Uri baseUrl)
    {
        this.app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. http://127.0.0.1:54321 (no trailing slash in the token answer's instance_url).</summary>
    public Uri BaseUrl { get; }

    public string ClientId => State.Options.ClientId;

    /// <summary>The connected app's consumer secret (a sandbox value, not a secret).</summary>
    public string ClientSecret => State.Options.ClientSecret;

    public SalesforceOrgState State { get; }

    /// <summary>Validates the options (OptionsValidationException), generates the org and starts listening.</summary>
    public static async Task<SalesforceOrgHost> StartAsync(SalesforceOrgOptions options, CancellationToken cancellationToken = default)
    {
        var state = SalesforceOrgState.Create(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SalesforceOrgHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        app.MapSalesforceSandbox(state);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The fake Salesforce org started but reported no listening address.");
        return new SalesforceOrgHost(app, state, new Uri(address));
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
