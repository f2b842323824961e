using CrmSync.Core.Metrics;
using CrmSync.Core.Metrics.Input;

namespace CrmSync.MetricsBench;

/// <summary>The generator's rows into a <see cref="MetricsInputBuilder"/>, through its public, checked API.</summary>
internal sealed class EngineSink : IBenchSink
{
    private readonly MetricsInputBuilder _builder = new();

    public MetricsInputBuilder Builder => _builder;

    public void Stage(string pipeline, string stage, int order, bool closed, bool won) => _builder.AddStage(pipeline, stage, stage, order, closed, won);

    public void Deal(int index, string pipeline, string stage, decimal? amount, long created, long? close, string owner) =>
        _builder.AddDeal(DealId(index), pipeline, stage, amount, Utc(created), close is { } c ? Utc(c) : null, owner, null);

    public void Entry(int deal, string stage, long at, long seq) => _builder.AddStageEntry(DealId(deal), stage, Utc(at));

    public void Contact(int index, long created, string owner)
    {
        if (index == 0)
            _builder.HasActivities();
        _builder.AddContact(ContactId(index), Utc(created), owner, null);
    }

    public void Lifecycle(int contact, int stage, long at, long seq) => _builder.AddLifecycleEntry(ContactId(contact), LifecycleStages.All[stage], Utc(at));

    public void Activity(int contact, long at) => _builder.AddActivity(ContactId(contact), Utc(at));

    public void Revenue(int customer, int year, int month, decimal mrr) => _builder.AddRevenue($"C{customer}", year, month, mrr);

    public void Sessions(int year, int month, long sessions) => _builder.AddSessions(year, month, sessions);

    private static string DealId(int index) => $"D{index}";

    private static string ContactId(int index) => $"K{index}";

    private static DateTime Utc(long ticks) => new(ticks, DateTimeKind.Utc);
}
