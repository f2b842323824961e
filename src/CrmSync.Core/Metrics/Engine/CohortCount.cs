namespace CrmSync.Core.Metrics.Engine;

/// <summary>Cohort-basis conversion counts: records in mature cohorts, those converted within W, records in immature cohorts.</summary>
internal struct CohortCount
{
    public int Size;
    public int Converted;
    public int Immature;

    /// <summary>Converted / size over the mature cohorts; <c>NotMature</c> when only immature cohorts hold records.</summary>
    public readonly MetricValue ToMetric(int minSample)
    {
        if (Size == 0 && Immature > 0)
            return MetricValue.Null(MetricNullReason.NotMature);
        return MetricValue.Ratio(Converted, Size, Size, minSample);
    }

    public void Add(long fromAt, long toAt, long windowTicks, PeriodWindow window)
    {
        if (!window.IsMature(fromAt, windowTicks))
        {
            Immature++;
            return;
        }

        Size++;
        if (toAt != Input.Timestamps.None && toAt - fromAt <= windowTicks)
            Converted++;
    }
}
