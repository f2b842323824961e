using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// The left-side volumes V1–V6 (first entries in the period, from each volume's configured source) and the
/// conversion between consecutive volumes: period basis always, cohort basis where both volumes follow the same
/// records (contacts, or deals).
/// </summary>
internal static class VolumeMetrics
{
    public static void Compute(EngineState state, Selection selection, PeriodWindow window, DealPass pass, MetricSet set)
    {
        var volumes = new Dictionary<string, MetricValue>(StringComparer.Ordinal)
        {
            [MetricKeys.Sessions] = selection.IsTenant ? Sessions(state.Input, window) : MetricValue.Null(MetricNullReason.MissingInput),
        };
        foreach (var volume in MetricKeys.MappableVolumes)
        {
            volumes[volume] = state.VolumeSources.TryGetValue(volume, out var source)
                ? MetricValue.Count(Count(state.VolumeTimes(source), Records(state, selection, source), window))
                : MetricValue.Null(MetricNullReason.MissingInput);
        }

        foreach (var volume in MetricKeys.LeftVolumes)
            set.Set(volume, volumes[volume]);
        set.Set(MetricKeys.WonAmount, MetricValue.Of(pass.WonAmount, pass.WonAmounts.Count));

        var min = state.Options.MinSampleForRatios;
        for (var i = 0; i + 1 < MetricKeys.LeftVolumes.Count; i++)
        {
            var from = MetricKeys.LeftVolumes[i];
            var to = MetricKeys.LeftVolumes[i + 1];
            var (f, t) = (volumes[from], volumes[to]);
            set.Set(MetricKeys.Conversion(from, to), f.HasValue && t.HasValue
                ? MetricValue.Ratio(t.Value!.Value, f.Value!.Value, f.N, min)
                : MetricValue.Null(MetricNullReason.MissingInput, f.N));
            if (state.VolumeSources.TryGetValue(from, out var fromSource) && state.VolumeSources.TryGetValue(to, out var toSource)
                && fromSource.IsContact == toSource.IsContact)
            {
                var cohort = Cohort(state.VolumeTimes(fromSource), state.VolumeTimes(toSource), Records(state, selection, fromSource),
                    window, PeriodWindow.Days(state.Options.WindowFor(from)));
                set.Set(MetricKeys.CohortConversion(from, to), cohort.ToMetric(min));
                StageMetrics.SetGaps(set, suffix => MetricKeys.StageGap(from, to, suffix),
                    VolumeGaps.Sample(state.VolumeTimes(fromSource), state.VolumeTimes(toSource), Records(state, selection, fromSource), window), min);
            }
        }

        VolumeGaps.AddLifecycle(state, selection, window, set);
    }

    internal static (int[]? Indices, int Count) Records(EngineState state, Selection selection, VolumeSource source) =>
        source.IsContact
            ? (selection.Contacts, selection.ContactCount(state.Input.Contacts.Count))
            : (selection.Deals, selection.DealCount(state.Input.Deals.Count));

    private static int Count(long[] times, (int[]? Indices, int Count) records, PeriodWindow window)
    {
        var count = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var at = times[records.Indices is null ? i : records.Indices[i]];
            if (at != Timestamps.None && window.Contains(at))
                count++;
        }

        return count;
    }

    private static CohortCount Cohort(long[] from, long[] to, (int[]? Indices, int Count) records, PeriodWindow window, long windowTicks)
    {
        var cohort = new CohortCount();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records.Indices is null ? i : records.Indices[i];
            if (from[r] != Timestamps.None && window.Contains(from[r]))
                cohort.Add(from[r], to[r], windowTicks, window);
        }

        return cohort;
    }

    /// <summary>Sessions of the whole months in the period; any month without a figure makes it MissingInput.</summary>
    private static MetricValue Sessions(MetricsInput input, PeriodWindow window)
    {
        if (input.Sessions is not { } sessions || !window.Period.IsWholeMonths)
            return MetricValue.Null(MetricNullReason.MissingInput);
        long total = 0;
        var months = 0;
        for (var m = Timestamps.MonthOf(window.From); m < Timestamps.MonthOf(window.To); m++)
        {
            if (!sessions.TryGetValue(m, out var value))
                return MetricValue.Null(MetricNullReason.MissingInput, months);
            total += value;
            months++;
        }

        return MetricValue.Of(total, months);
    }
}
