namespace CrmSync.Worker.Dashboard;

/// <summary>The page's few styles on top of Hangfire's Bootstrap: charts two to a row on wide screens.</summary>
public static class PageStyle
{
    public const string Css = """
        <style>
        .crmsync-connector { margin-bottom: 40px; }
        .crmsync-section { margin: 18px 0; }
        .crmsync-chart { display: inline-block; width: 640px; max-width: 100%; margin: 0 12px 12px 0; vertical-align: top; }
        .crmsync-chart figcaption, .crmsync-note { color: #555; font-size: 13px; }
        .crmsync-table { width: auto; }
        </style>
        """;
}
