using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>What every period's computation shares, built once per input and as-of time.</summary>
internal sealed class EngineState
{
    private readonly Dictionary<VolumeSource, long[]> _volumeTimes = [];
    private ContactTimelines? _contacts;
    private StageOutlook? _outlook;
    private RevenueState? _revenue;

    public EngineState(MetricsInput input, MetricsOptions options, DateTime asOf)
    {
        Input = input;
        Options = options;
        AsOf = Timestamps.Of(asOf);
        Keys = new StageKeys(input.Stages);
        Deals = new DealTimelines(input, AsOf);
        TransitionWindows = Keys.Transitions
            .Select(t => PeriodWindow.Days(options.WindowFor(Keys.Stages[t.From])))
            .ToArray();
        SignalStage = LifecycleStages.IndexOf(options.SignalStage);
        VolumeSources = options.ParsedVolumeSources();
    }

    public MetricsInput Input { get; }

    public MetricsOptions Options { get; }

    public long AsOf { get; }

    public StageKeys Keys { get; }

    public DealTimelines Deals { get; }

    /// <summary>W in ticks per transition.</summary>
    public long[] TransitionWindows { get; }

    public int SignalStage { get; }

    public IReadOnlyDictionary<string, VolumeSource> VolumeSources { get; }

    public ContactTimelines Contacts => _contacts ??= new ContactTimelines(Input.Contacts, AsOf, SignalStage);

    public StageOutlook Outlook => _outlook ??= new StageOutlook(this);

    public RevenueState Revenue => _revenue ??= new RevenueState(Input.Revenue, Options);

    /// <summary>Per record (deal or contact, by the source), when it entered the volume; None if never (by as-of).</summary>
    public long[] VolumeTimes(VolumeSource source)
    {
        if (_volumeTimes.TryGetValue(source, out var cached))
            return cached;
        var times = source.Kind switch
        {
            VolumeSourceKind.ContactCreated => Input.Contacts.Created.Select(t => t <= AsOf ? t : Timestamps.None).ToArray(),
            VolumeSourceKind.Lifecycle => Contacts.StageColumn(LifecycleStages.IndexOf(source.Value)),
            VolumeSourceKind.DealCreated => DealColumn(d => Input.Deals.Created[d]),
            VolumeSourceKind.DealWon => DealColumn(d => Deals.Outcome[d] == DealOutcome.Won ? Deals.FinalAt[d] : Timestamps.None),
            _ => DealStageColumn(source.Value),
        };
        _volumeTimes[source] = times;
        return times;
    }

    private long[] DealColumn(Func<int, long> at)
    {
        var times = new long[Input.Deals.Count];
        for (var d = 0; d < times.Length; d++)
            times[d] = Deals.Outcome[d] == DealOutcome.Absent ? Timestamps.None : at(d);
        return times;
    }

    private long[] DealStageColumn(string stageId)
    {
        var positions = Enumerable.Range(0, Input.Stages.PipelineIds.Count)
            .Select(p => Input.Stages.Find(p, stageId) is var s and >= 0 ? Input.Stages.ChainPosition[s] : -1)
            .ToArray();
        return DealColumn(d => positions[Input.Deals.Pipeline[d]] is var q and >= 0 ? Deals.First[(d * Deals.Width) + q] : Timestamps.None);
    }
}
