using ScottPlot;

namespace CrmSync.Worker.Dashboard.Charts;

/// <summary>
/// The alert budget per owner: for each owner, side by side, the tasks created today and the alerts waiting in the
/// budget, held as backlog and listed in digests (every alert type together).
/// </summary>
public static class AlertBudgetChart
{
    public static readonly IReadOnlyList<(string Name, string Color)> Series =
        [("created today", "#2CA02C"), ("waiting (budget)", "#FF7F0E"), ("backlog", "#7F7F7F"), ("in digests", "#1F77B4")];

    /// <param name="owners">Each owner's label and its four counts, in <see cref="Series"/> order.</param>
    public static string Render(string title, IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> owners)
    {
        // No axis title under the owners: their names, slanted, take the room.
        var plot = SvgChart.Create(title, "", "Alerts");
        var width = 0.8 / Series.Count;
        for (var s = 0; s < Series.Count; s++)
        {
            var bars = owners.Select((o, i) => new Bar
            {
                Position = i - 0.4 + (width * (s + 0.5)),
                Value = o.Counts[s],
                Size = width,
                FillColor = Color.FromHex(Series[s].Color),
                Label = o.Counts[s] == 0 ? "" : ChartFormat.Count(o.Counts[s]),
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = Series[s].Name;
            plottable.ValueLabelStyle.FontSize = 10;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, owners.Count).Select(i => (double)i).ToArray(), owners.Select(o => o.Label).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartFormat.Amount, IntegerTicksOnly = true };
        plot.Axes.Bottom.TickLabelStyle.Rotation = owners.Count > 4 ? -35 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = owners.Count > 4 ? Alignment.MiddleRight : Alignment.UpperCenter;
        // ScottPlot sizes the axis for upright labels: slanted names need the room of their length.
        plot.Axes.Bottom.MinimumSize = owners.Count > 4 ? 20 + (6 * owners.Max(o => o.Label.Length)) : 0;
        var top = owners.Count == 0 ? 0 : owners.Max(o => o.Counts.Max());
        plot.Axes.SetLimitsX(-0.6, owners.Count - 0.4);
        plot.Axes.SetLimitsY(0, top == 0 ? 1 : top * 1.2);
        plot.ShowLegend(Alignment.UpperRight);
        return SvgChart.Render(plot, title);
    }
}
