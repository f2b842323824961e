using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Δt between the contact volumes (metrics.md §3.2: "measure the time between stages"): days from a record's first
/// entry into one volume or lifecycle stage to its first entry into the next, over the records first entering the
/// next in the period. Implied entries (a skipped stage) count with 0. Between consecutive volumes that follow the
/// same records (<c>dt.Leads.Mqls</c>, …) and along the lifecycle from lead to customer
/// (<c>dt.lifecycle.lead.marketingqualifiedlead</c>, …, <c>dt.lifecycle.opportunity.customer</c>).
/// </summary>
internal static class VolumeGaps
{
    private static readonly string[] Lifecycle =
    [
        LifecycleStages.Lead, LifecycleStages.MarketingQualifiedLead, LifecycleStages.SalesQualifiedLead, LifecycleStages.Opportunity,
        LifecycleStages.Customer,
    ];

    public static void AddLifecycle(EngineState state, Selection selection, PeriodWindow window, MetricSet set)
    {
        var contacts = (selection.Contacts, selection.ContactCount(state.Input.Contacts.Count));
        for (var i = 0; i + 1 < Lifecycle.Length; i++)
        {
            var (from, to) = (Lifecycle[i], Lifecycle[i + 1]);
            var sample = Sample(Column(state, from), Column(state, to), contacts, window);
            StageMetrics.SetGaps(set, suffix => MetricKeys.LifecycleGap(from, to, suffix), sample, state.Options.MinSampleForRatios);
        }
    }

    /// <summary>First entries into a lifecycle stage per contact (cached by the state, as volume sources are).</summary>
    private static long[] Column(EngineState state, string stage) => state.VolumeTimes(VolumeSource.TryParse("lifecycle:" + stage)!);

    /// <summary>Ticks from <paramref name="from"/> to <paramref name="to"/> of the records entering <paramref name="to"/> in the window.</summary>
    public static List<long> Sample(long[] from, long[] to, (int[]? Indices, int Count) records, PeriodWindow window)
    {
        var gaps = new List<long>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records.Indices is null ? i : records.Indices[i];
            if (to[r] != Timestamps.None && window.Contains(to[r]) && from[r] != Timestamps.None && from[r] <= to[r])
                gaps.Add(to[r] - from[r]);
        }

        return gaps;
    }
}
