using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CrmSync.Worker.Tests.Dashboard;

/// <summary>One chart of the page's HTML read back as SVG: its texts and its filled rectangles (bars).</summary>
internal sealed partial class SvgFigure
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private SvgFigure(XDocument document) => Document = document;

    public XDocument Document { get; }

    /// <summary>Every text drawn, trimmed (tick labels, value labels, title, legend).</summary>
    public IReadOnlyList<string> Texts => Document.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    /// <summary>The chart named <paramref name="chart"/> (<c>data-chart</c>) in a section's HTML.</summary>
    public static SvgFigure Of(string html, string chart)
    {
        var match = Figure().Match(html);
        while (match.Success && match.Groups[1].Value != chart)
            match = match.NextMatch();
        Assert.True(match.Success, $"no chart '{chart}' in: {html[..Math.Min(html.Length, 600)]}");
        return new SvgFigure(XDocument.Parse(match.Groups[2].Value));
    }

    /// <summary>The rectangles filled with <paramref name="hex"/> (#RRGGBB), left to right: (x, height).</summary>
    public IReadOnlyList<(double X, double Height)> Bars(string hex) => Document.Descendants(Svg + "rect")
        .Where(r => string.Equals((string?)r.Attribute("fill"), hex, StringComparison.OrdinalIgnoreCase))
        .Select(r => (Number(r, "x"), Number(r, "height")))
        .OrderBy(r => r.Item1)
        .ToList();

    private static double Number(XElement element, string name) => double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);

    [GeneratedRegex("<figure class=\"crmsync-chart\" data-chart=\"([^\"]+)\">(<svg.*?</svg>)", RegexOptions.Singleline)]
    private static partial Regex Figure();
}
