using Hangfire.Dashboard;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// Serves the page: builds its body asynchronously (the store and the metrics are read with <c>await</c>), then hands
/// the request to Hangfire's own page dispatcher, which wraps <see cref="CrmSyncPage"/> in the dashboard's layout.
/// </summary>
public sealed class CrmSyncPageDispatcher(IDashboardDispatcher razorPage) : IDashboardDispatcher
{
    public async Task Dispatch(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var builder = http.RequestServices.GetRequiredService<CrmSyncPageBuilder>();
        http.Items[CrmSyncPage.BodyKey] = await builder.BuildAsync(context.Request.GetQuery, http.RequestServices, http.RequestAborted);
        await razorPage.Dispatch(context);
    }
}
