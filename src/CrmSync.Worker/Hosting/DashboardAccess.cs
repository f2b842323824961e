using CrmSync.Worker.Access;
using Hangfire.Dashboard;

namespace CrmSync.Worker.Hosting;

/// <summary>
/// Who may use the dashboard and the run history, and who may act on jobs: a local request (<see cref="LocalRequest"/>)
/// or a user with a CrmSync role sees everything; only a local request or an admin may trigger, delete or requeue.
/// The access middleware (<see cref="AccessServiceCollectionExtensions.UseCrmSyncAccess"/>) applies the same rule
/// first, to every protected prefix; Hangfire's dashboard takes it again as its authorization filter, the
/// <c>/runs</c> endpoints as an endpoint filter.
/// </summary>
public sealed class DashboardAccess : IDashboardAuthorizationFilter
{
    public static bool IsAllowed(HttpContext http) => LocalRequest.IsLocal(http) || AccessClaims.CanView(http.User);

    /// <summary>Hangfire's <c>IsReadOnlyFunc</c>: buttons hidden and job commands refused for read-only users.</summary>
    public static bool IsReadOnly(HttpContext http) => !LocalRequest.IsLocal(http) && !AccessClaims.IsAdmin(http.User);

    public bool Authorize(DashboardContext context) => IsAllowed(context.GetHttpContext());

    /// <summary>The same rule on minimal-API endpoints: 403 with nothing else for anyone else.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsAllowed(context.HttpContext) ? await next(context) : Results.StatusCode(StatusCodes.Status403Forbidden);
}
