using System.Text.RegularExpressions;
using ScottPlot;

namespace CrmSync.Worker.Dashboard.Charts;

/// <summary>
/// A ScottPlot plot as inline SVG for the dashboard: one look for every chart (title, axis labels, sans font), and
/// element ids made unique per chart, since several SVGs share one HTML document (ScottPlot names its clip paths
/// <c>cl_1</c>, <c>cl_2</c>… in every SVG it writes, and a page would clip one chart by another's path).
/// </summary>
public static partial class SvgChart
{
    public const int Width = 640;
    public const int Height = 360;

    private static long _next;

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 15);
        plot.XLabel(xLabel, size: 12);
        plot.YLabel(yLabel, size: 12);
        return plot;
    }

    /// <summary>The SVG element alone (no XML declaration), scaling down with the page, its ids prefixed.</summary>
    public static string Render(Plot plot, string title)
    {
        var svg = plot.GetSvgXml(Width, Height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..];
        var prefix = $"c{Interlocked.Increment(ref _next)}_";
        svg = ElementId().Replace(svg, m => $"{m.Groups[1].Value}{prefix}{m.Groups[2].Value}");
        var label = System.Net.WebUtility.HtmlEncode(title);
        return string.Concat(
            $"<svg viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\" style=\"max-width:100%;height:auto\"",
            svg.AsSpan("<svg".Length));
    }

    // id="x", url(#x) and href="#x" are the three ways an SVG names and references its elements.
    [GeneratedRegex("(id=\"|url\\(#|href=\"#)([A-Za-z_][\\w.-]*)")]
    private static partial Regex ElementId();
}
