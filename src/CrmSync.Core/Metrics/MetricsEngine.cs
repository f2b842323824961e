using CrmSync.Core.Metrics.Engine;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics;

/// <summary>
/// Computes every metric of metrics.md for a period, as of an instant, from a <see cref="MetricsInput"/>. Pure and
/// columnar: the histories are replayed once per engine (first entries, implied entries, final outcomes, time in
/// stage, monthly revenue movements) and each period is then one pass over the deals, contacts and customers.
/// Create one engine per input and as-of time and call <see cref="Compute"/> for as many periods as needed.
/// </summary>
public sealed class MetricsEngine
{
    public const string NoValue = "(none)";

    private readonly EngineState _state;

    /// <param name="options">Validated options (<see cref="MetricsOptions.Validate"/>).</param>
    public MetricsEngine(MetricsInput input, MetricsOptions options, DateTime asOf)
    {
        _state = new EngineState(input, options, asOf);
        AsOf = asOf;
    }

    public DateTime AsOf { get; }

    /// <param name="by">Null, <c>owner</c>, <c>pipeline</c> or a named deal or contact property.</param>
    public MetricsReport Compute(MetricsPeriod period, string? by = null)
    {
        var window = new PeriodWindow(period, _state.AsOf);
        var slices = by is null ? [] : Slices(by).Select(s => new MetricsSlice(s.Value, Compute(s.Selection, window, out _))).ToList();
        var metrics = Compute(Selection.All, window, out var revenue);
        return new MetricsReport(period, AsOf, metrics, revenue.Customers, by, slices);
    }

    private MetricSet Compute(Selection selection, PeriodWindow window, out RevenueOutcome revenue)
    {
        var set = new MetricSet();
        var pass = new DealPass(_state.Keys.Stages.Count, _state.Keys.Transitions.Count);
        pass.Run(_state, selection, window);
        VolumeMetrics.Compute(_state, selection, window, pass, set);
        revenue = selection.IsTenant ? RevenueMetrics.Compute(_state, window, set) : RevenueOutcome.None;
        DealMetrics.Compute(pass, set, _state.Options.MinSampleForRatios);
        StageMetrics.Compute(_state, pass, set);
        if (selection.IsTenant)
            UnitEconomics.Compute(_state.Options, window, pass, revenue, set);
        SignalLatency.Compute(_state, selection, window, set);
        return set;
    }

    /// <summary>One selection per value of the property, over the deals and contacts that have it.</summary>
    private List<(string Value, Selection Selection)> Slices(string by)
    {
        var deals = Find(_state.Input.Deals.Segments, by);
        var contacts = by.Equals(SegmentNames.Pipeline, StringComparison.OrdinalIgnoreCase) ? null : Find(_state.Input.Contacts.Segments, by);
        if (deals is null && contacts is null)
        {
            var known = _state.Input.Deals.Segments.Keys.Concat(_state.Input.Contacts.Segments.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            throw new MetricsInputException($"--by '{by}': no deal or contact has such a property (known: {string.Join(", ", known)}).");
        }

        var dealGroups = Group(deals, _state.Input.Deals.Count);
        var contactGroups = Group(contacts, _state.Input.Contacts.Count);
        return dealGroups.Keys.Union(contactGroups.Keys).Order(StringComparer.Ordinal)
            .Select(value => (value, new Selection(
                dealGroups.TryGetValue(value, out var d) ? d : [],
                contactGroups.TryGetValue(value, out var c) ? c : [],
                IsTenant: false)))
            .ToList();
    }

    private static SegmentColumn? Find(IReadOnlyDictionary<string, SegmentColumn> segments, string name) =>
        segments.TryGetValue(name, out var column) ? column : null;

    private static Dictionary<string, int[]> Group(SegmentColumn? column, int count)
    {
        if (column is null)
            return [];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < count; r++)
        {
            var value = column.Codes[r] < 0 ? NoValue : column.Values[column.Codes[r]];
            if (!groups.TryGetValue(value, out var list))
                groups[value] = list = [];
            list.Add(r);
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
