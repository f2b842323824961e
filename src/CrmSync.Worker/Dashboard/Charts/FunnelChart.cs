using ScottPlot;

namespace CrmSync.Worker.Dashboard.Charts;

/// <summary>
/// The left side of the bowtie: one bar per volume (V1 Sessions … V6 Won) with its count, and between consecutive
/// bars the conversion rate and, where known, the median Δt. A volume without a value has no bar and its reason
/// under its name, never a bar of 0.
/// </summary>
public static class FunnelChart
{
    public const string VolumeColor = "#1F77B4";

    /// <param name="volumes">Each volume's axis label and count (null: no value; the label says why).</param>
    /// <param name="transitions">Between volume i and i + 1: the text written between the bars (conversion, Δt), or null.</param>
    public static string Render(string title, IReadOnlyList<(string Label, decimal? Count)> volumes, IReadOnlyList<string?> transitions)
    {
        var plot = SvgChart.Create(title, "Volume", "Count in the period");
        var bars = volumes
            .Select((v, i) => (v.Count, Position: i))
            .Where(v => v.Count.HasValue)
            .Select(v => new Bar { Position = v.Position, Value = (double)v.Count!.Value, FillColor = Color.FromHex(VolumeColor), Label = ChartFormat.Count(v.Count!.Value) })
            .ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 12;

        // The transition texts ride above the taller of the two bars they join.
        var top = volumes.Max(v => v.Count ?? 0);
        for (var i = 0; i < transitions.Count; i++)
        {
            if (transitions[i] is not { } text)
                continue;
            var height = Math.Max(volumes[i].Count ?? 0, volumes[i + 1].Count ?? 0);
            var label = plot.Add.Text(text, i + 0.5, (double)(height + (top * 0.12m)));
            label.LabelFontSize = 11;
            label.LabelFontColor = Color.FromHex("#555555");
            label.LabelAlignment = Alignment.LowerCenter;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, volumes.Count).Select(i => (double)i).ToArray(), volumes.Select(v => v.Label).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartFormat.Amount, IntegerTicksOnly = true };
        plot.Axes.SetLimitsX(-0.6, volumes.Count - 0.4);
        plot.Axes.SetLimitsY(0, top == 0 ? 1 : (double)top * 1.35);
        return SvgChart.Render(plot, title);
    }
}
