namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Signal-to-action latency (metrics.md §6): from the signal (first entry into the signal stage, in the period) to
/// the first sales touch. Contacts not touched yet are censored: out of the statistics, but a breach once the SLA has
/// passed at the as-of time. Without activities in the input the metrics are <c>MissingInput</c>.
/// </summary>
internal static class SignalLatency
{
    public static void Compute(EngineState state, Selection selection, PeriodWindow window, MetricSet set)
    {
        var min = state.Options.MinSampleForRatios;
        if (state.Contacts.FirstTouch is not { } touches)
        {
            set.Set(MetricKeys.SignalToActionMinutes, MetricValue.Null(MetricNullReason.MissingInput));
            set.Set(MetricKeys.SignalToActionMinutesP90, MetricValue.Null(MetricNullReason.MissingInput));
            set.Set(MetricKeys.SlaBreaches, MetricValue.Null(MetricNullReason.MissingInput));
            return;
        }

        var first = state.Contacts.First;
        var sla = state.Options.SlaMinutes * TimeSpan.TicksPerMinute;
        var latencies = new List<long>();
        int signals = 0, breaches = 0;
        var count = selection.ContactCount(state.Input.Contacts.Count);
        for (var i = 0; i < count; i++)
        {
            var c = selection.Contact(i);
            var signal = first[(c * ContactTimelines.Width) + state.SignalStage];
            if (signal == Input.Timestamps.None || !window.Contains(signal))
                continue;
            signals++;
            var touch = touches[c];
            var latency = touch == Input.Timestamps.None ? window.AsOf - signal : touch - signal;
            if (touch != Input.Timestamps.None)
                latencies.Add(latency);
            if (latency > sla)
                breaches++;
        }

        set.Set(MetricKeys.SignalToActionMinutes, MetricValue.Sample(latencies.Count, min, () => Stats.Percentile(latencies, 0.5m, Stats.TicksPerMinute)));
        set.Set(MetricKeys.SignalToActionMinutesP90, MetricValue.Sample(latencies.Count, min, () => Stats.Percentile(latencies, 0.9m, Stats.TicksPerMinute)));
        set.Set(MetricKeys.SlaBreaches, MetricValue.Of(breaches, signals));
    }
}
