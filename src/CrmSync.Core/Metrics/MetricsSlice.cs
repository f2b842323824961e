namespace CrmSync.Core.Metrics;

/// <summary>The metrics of the records whose <see cref="MetricsReport.By"/> property has <see cref="Value"/> ("(none)" for records without one).</summary>
public sealed record MetricsSlice(string Value, MetricSet Metrics);
