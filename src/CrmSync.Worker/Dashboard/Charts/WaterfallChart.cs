using CrmSync.Core.Metrics;
using ScottPlot;

namespace CrmSync.Worker.Dashboard.Charts;

/// <summary>
/// The revenue bridge as a waterfall: Starting and Ending as totals from 0, each movement as a floating bar from the
/// running total (up for new, cross-sell and upgrade; down for downgrade and churn), labelled with its amount.
/// </summary>
public static class WaterfallChart
{
    public const string TotalColor = "#1F77B4";
    public const string GainColor = "#2CA02C";
    public const string LossColor = "#D62728";

    /// <summary>The bridge's steps in order, and how each moves the running total.</summary>
    public static readonly IReadOnlyList<(string Key, int Sign)> Steps =
    [
        (MetricKeys.Starting, 0), (MetricKeys.NetNew, 1), (MetricKeys.CrossSell, 1), (MetricKeys.Upgrade, 1),
        (MetricKeys.Downgrade, -1), (MetricKeys.Churn, -1), (MetricKeys.Ending, 0),
    ];

    /// <param name="values">A value for every step of <see cref="Steps"/> (the caller shows nulls instead of a chart).</param>
    public static string Render(string title, IReadOnlyList<decimal> values, IReadOnlyList<string> labels, string currency)
    {
        var plot = SvgChart.Create(title, "Bridge component", $"MRR ({currency})");
        var bars = new List<Bar>();
        decimal running = 0;
        for (var i = 0; i < Steps.Count; i++)
        {
            var (sign, value) = (Steps[i].Sign, values[i]);
            var (from, to) = sign == 0 ? (0m, value) : (running, running + (sign * value));
            running = to;
            bars.Add(new Bar
            {
                Position = i,
                ValueBase = (double)from,
                Value = (double)to,
                FillColor = Color.FromHex(sign == 0 ? TotalColor : sign > 0 ? GainColor : LossColor),
                Label = sign == 0 ? ChartFormat.Amount((double)value) : ChartFormat.Movement(sign * value),
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartFormat.Amount };
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return SvgChart.Render(plot, title);
    }
}
