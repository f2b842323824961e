using ScottPlot;

namespace CrmSync.Worker.Dashboard.Charts;

/// <summary>
/// Metrics by month as lines with markers. A month without a value has no point (the line breaks there); the page
/// lists those months with their reasons under the chart.
/// </summary>
public static class MonthlyLineChart
{
    public static readonly IReadOnlyList<Color> Palette = [Color.FromHex("#1F77B4"), Color.FromHex("#FF7F0E"), Color.FromHex("#2CA02C")];

    public static string Render(string title, string yLabel, IReadOnlyList<string> months,
        IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> series, Func<double, string> format)
    {
        var plot = SvgChart.Create(title, "Month", yLabel);
        for (var s = 0; s < series.Count; s++)
        {
            var color = Palette[s % Palette.Count];
            var first = true;
            foreach (var run in Runs(series[s].Values))
            {
                var line = plot.Add.Scatter(run.Select(p => (double)p.Month).ToArray(), run.Select(p => (double)p.Value).ToArray(), color);
                line.MarkerSize = 7;
                line.LineWidth = 2;
                // One legend entry per series, however many runs its nulls cut it into.
                line.LegendText = first ? series[s].Name : "";
                first = false;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray(), months.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = months.Count > 6 ? -45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = months.Count > 6 ? Alignment.MiddleRight : Alignment.UpperCenter;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = format };
        plot.Axes.SetLimitsX(-0.5, months.Count - 0.5);
        if (series.Count > 1)
            plot.ShowLegend(Alignment.LowerLeft);
        return SvgChart.Render(plot, title);
    }

    /// <summary>The series cut at its nulls into runs of consecutive months.</summary>
    private static List<List<(int Month, decimal Value)>> Runs(IReadOnlyList<decimal?> values)
    {
        var runs = new List<List<(int, decimal)>>();
        List<(int, decimal)>? current = null;
        for (var m = 0; m < values.Count; m++)
        {
            if (values[m] is not { } value)
            {
                current = null;
                continue;
            }

            if (current is null)
                runs.Add(current = []);
            current.Add((m, value));
        }

        return runs;
    }
}
