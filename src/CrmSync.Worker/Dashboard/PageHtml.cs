using System.Net;
using System.Text;

namespace CrmSync.Worker.Dashboard;

/// <summary>Small HTML pieces the page's sections share; every text from data is encoded here.</summary>
public static class PageHtml
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A chart: its SVG inside a figure named by <paramref name="chart"/> (the browser test finds charts by it).</summary>
    public static string Chart(string chart, string svg, string? caption = null) =>
        $"<figure class=\"crmsync-chart\" data-chart=\"{Encode(chart)}\">{svg}{(caption is null ? "" : $"<figcaption>{Encode(caption)}</figcaption>")}</figure>";

    /// <summary>A note in place of what cannot be shown (a chart without data, a missing input), saying why.</summary>
    public static string Note(string text, string? chart = null) =>
        $"<p class=\"crmsync-note\"{(chart is null ? "" : $" data-missing-chart=\"{Encode(chart)}\"")}>{Encode(text)}</p>";

    /// <summary>A table with a header row; cells are text (encoded) unless <paramref name="rawColumns"/> names them.</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] rawColumns)
    {
        var html = new StringBuilder("<table class=\"table table-condensed crmsync-table\"><thead><tr>");
        foreach (var header in headers)
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
                html.Append("<td>").Append(rawColumns.Contains(i) ? row[i] : Encode(row[i])).Append("</td>");
            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
