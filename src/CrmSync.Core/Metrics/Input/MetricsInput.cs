namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// Everything the metrics engine reads, canonical and columnar: pipelines, deals with their stage history, contacts
/// with lifecycle history and activities, MRR per customer and month, sessions per month. Built with
/// <see cref="MetricsInputBuilder"/> from any source (CSV folder, record store, benchmark generator).
/// </summary>
public sealed class MetricsInput
{
    public required StageCatalog Stages { get; init; }

    public required DealColumns Deals { get; init; }

    public required StageHistory History { get; init; }

    public required ContactColumns Contacts { get; init; }

    public required RevenueSeries Revenue { get; init; }

    /// <summary>Sessions per month index; null when the input has none (Sessions is then MissingInput).</summary>
    public IReadOnlyDictionary<int, long>? Sessions { get; init; }
}
