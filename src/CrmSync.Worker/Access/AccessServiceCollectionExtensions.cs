using System.Net;
using CrmSync.Worker.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;

namespace CrmSync.Worker.Access;

/// <summary>Authentication, the access policy and trusted proxies for the dashboard, <c>/runs</c> and <c>/api</c>.</summary>
public static class AccessServiceCollectionExtensions
{
    public const string Section = $"{CrmSyncOptions.Section}:Access";

    public static IServiceCollection AddCrmSyncAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        services.Configure<AccessOptions>(section);
        // A value the binder refuses is reported by config check (which runs before the host starts) with its key.
        var options = ReadOrDefault(section);

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only the configured proxies: the framework's default trusts loopback, which is how a proxy on this host
            // would make every request look local.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies.Where(p => IPAddress.TryParse(p, out _)))
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in options.KnownNetworks.Where(n => System.Net.IPNetwork.TryParse(n, out _)))
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

        switch (options.Mode)
        {
            case AccessMode.Basic:
                services.AddAuthentication(BasicAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
                break;
            case AccessMode.OpenIdConnect:
                services.AddAuthentication(o =>
                    {
                        o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                        o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                    })
                    .AddCookie(o =>
                    {
                        o.Cookie.Name = "crmsync.auth";
                        o.Cookie.HttpOnly = true;
                        o.Cookie.SameSite = SameSiteMode.Lax;
                        // An authenticated user without a CrmSync role gets a 403, not a redirect to a page that does not exist.
                        o.Events.OnRedirectToAccessDenied = context =>
                        {
                            context.Response.StatusCode = StatusCodes.Status403Forbidden;
                            return Task.CompletedTask;
                        };
                    })
                    .AddOpenIdConnect(o => OpenIdConnectSetup.Configure(o, options.OpenIdConnect));
                break;
            default:
                services.AddAuthentication();
                break;
        }

        services.AddAuthorizationBuilder().AddPolicy(AccessPolicy.Name, p => p.AddRequirements(new AccessPolicy()));
        return services;
    }

    /// <summary>
    /// Trusted proxies' forwarded headers, authentication, then the access policy on every protected prefix (the
    /// dashboard, <c>/runs</c>, <c>/api</c>), so endpoints mapped there later are covered without opting in, and on
    /// the Prometheus scrape path unless it is configured anonymous (a scraper signs in with a Basic user).
    /// </summary>
    public static WebApplication UseCrmSyncAccess(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseAuthentication();
        var scrape = app.Services.GetService<Telemetry.TelemetryOptions>()?.Prometheus is { Enabled: true, AllowAnonymous: false } prometheus
            ? new PathString(prometheus.Path)
            : (PathString?)null;
        app.Use(async (http, next) =>
        {
            if (!AccessPolicy.Protects(http.Request.Path) && !(scrape is { } path && http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
            {
                await next(http);
                return;
            }

            var result = await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, http, AccessPolicy.Name);
            if (result.Succeeded)
                await next(http);
            else if (http.User.Identity?.IsAuthenticated == true)
                await http.ForbidAsync();
            else if (await http.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultChallengeSchemeAsync() is not null)
                await http.ChallengeAsync();
            else
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
        });
        return app;
    }

    private static AccessOptions ReadOrDefault(IConfigurationSection section)
    {
        try
        {
            return section.Get<AccessOptions>() ?? new AccessOptions();
        }
        catch (InvalidOperationException)
        {
            return new AccessOptions();
        }
    }
}
