namespace CrmSync.Worker.Dashboard;

/// <summary>
/// One section of the dashboard's CrmSync page, drawn once per configured connector. Register an implementation in
/// the container (<c>services.AddSingleton&lt;ICrmSyncPageSection, MySection&gt;()</c>) and the page shows it, in
/// <see cref="Order"/>, under every connector: the metrics charts and the last runs are sections, and connector
/// health or alert budgets add theirs the same way.
/// </summary>
public interface ICrmSyncPageSection
{
    /// <summary>Ascending; the built-in sections use 100–400 (metrics) and 900 (last runs).</summary>
    int Order { get; }

    /// <summary>The section's heading.</summary>
    string Title { get; }

    /// <summary>
    /// The section's body as HTML for one connector. Encode every text that comes from data (<see cref="PageHtml"/>).
    /// An exception shows as a one-line error in the section's place; the rest of the page still renders.
    /// </summary>
    Task<string> RenderAsync(ConnectorPageContext connector, CancellationToken cancellationToken);
}
