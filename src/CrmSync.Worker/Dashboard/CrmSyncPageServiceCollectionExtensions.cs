using CrmSync.Worker.Dashboard.AlertBudget;
using CrmSync.Worker.Dashboard.Health;
using CrmSync.Worker.Dashboard.Sections;
using Hangfire.Dashboard;

namespace CrmSync.Worker.Dashboard;

public static class CrmSyncPageServiceCollectionExtensions
{
    /// <summary>The page's path under the dashboard (<c>/hangfire/crmsync</c>).</summary>
    public const string PagePath = "/crmsync";

    private static int _routed;

    /// <summary>
    /// The CrmSync page in Hangfire's dashboard (route and menu item) with its built-in sections: the volume funnel,
    /// the revenue bridge, retention, win rate and velocity, connector health, the alert budget and the last runs.
    /// </summary>
    public static IServiceCollection AddCrmSyncPage(this IServiceCollection services)
    {
        AddRouteAndMenu();
        services.AddSingleton<ConnectorMetricsLoader>();
        services.AddSingleton<CrmSyncPageBuilder>();
        services.AddSingleton<ConnectorHealthReader>();
        services.AddSingleton<AlertBudgetReader>();
        services.AddSingleton<ICrmSyncPageSection, ConnectorHealthSection>();
        services.AddSingleton<ICrmSyncPageSection, FunnelSection>();
        services.AddSingleton<ICrmSyncPageSection, RevenueBridgeSection>();
        services.AddSingleton<ICrmSyncPageSection, RetentionSection>();
        services.AddSingleton<ICrmSyncPageSection, WinRateVelocitySection>();
        services.AddSingleton<ICrmSyncPageSection, AlertBudgetSection>();
        services.AddSingleton<ICrmSyncPageSection, LastRunsSection>();
        return services;
    }

    // Hangfire's routes and menu are process-wide statics; every host of the process (tests build many) shares them.
    private static void AddRouteAndMenu()
    {
        if (Interlocked.Exchange(ref _routed, 1) == 1)
            return;
        // Hangfire's page dispatcher is internal: a private route table builds one to wrap.
        var pages = new Hangfire.Dashboard.RouteCollection();
        pages.AddRazorPage(PagePath, _ => new CrmSyncPage());
        DashboardRoutes.Routes.Add(PagePath, new CrmSyncPageDispatcher(pages.FindDispatcher(PagePath).Item1));
        NavigationMenu.Items.Add(page => new MenuItem("CrmSync", page.Url.To(PagePath))
        {
            Active = page.RequestPath.StartsWith(PagePath, StringComparison.OrdinalIgnoreCase),
        });
    }
}
