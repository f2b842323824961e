using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;

namespace CrmSync.Worker.Dashboard;

/// <summary>
/// The CrmSync page inside Hangfire's layout (its menu, styles, no script of its own). Its body was built
/// asynchronously by <see cref="CrmSyncPageDispatcher"/> before Hangfire renders the page, which it does synchronously.
/// </summary>
public sealed class CrmSyncPage : RazorPage
{
    public const string BodyKey = "CrmSync.PageBody";

    public override void Execute()
    {
        Layout = new LayoutPage("CrmSync");
        WriteLiteral(PageStyle.Css);
        WriteLiteral(Context.GetHttpContext().Items[BodyKey] as string ?? "");
    }
}
