using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using static CrmSync.Core.Tests.StageRules.DealBuilder;

namespace CrmSync.Core.Tests.StageRules;

/// <summary>The deals D1–D6 of metrics.md §11.2, as of 2025-04-01T00:00Z.</summary>
internal static class WorkedExampleDeals
{
    public static DateTimeOffset Now { get; } = Utc(2025, 4, 1);

    public static IReadOnlyList<CrmRecord> All(bool withStageCalculatedProperties, bool withHistory) =>
    [
        Deal("D1", "O1", withStageCalculatedProperties, withHistory,
            ("discovery", Utc(2025, 1, 6)), ("qualification", Utc(2025, 1, 13)), ("proposal", Utc(2025, 1, 27)),
            ("negotiation", Utc(2025, 2, 10)), ("closedwon", Utc(2025, 2, 24))),
        Deal("D2", "O1", withStageCalculatedProperties, withHistory,
            ("discovery", Utc(2025, 1, 8)), ("qualification", Utc(2025, 1, 22)), ("proposal", Utc(2025, 2, 12)),
            ("closedlost", Utc(2025, 3, 5))),
        Deal("D3", "O1", withStageCalculatedProperties, withHistory,
            ("discovery", Utc(2025, 1, 15)), ("proposal", Utc(2025, 1, 29)), ("negotiation", Utc(2025, 2, 19)),
            ("closedwon", Utc(2025, 3, 12))),
        Deal("D4", "O2", withStageCalculatedProperties, withHistory,
            ("discovery", Utc(2025, 2, 3)), ("qualification", Utc(2025, 2, 10)), ("proposal", Utc(2025, 2, 24)),
            ("qualification", Utc(2025, 3, 3)), ("proposal", Utc(2025, 3, 10))),
        Deal("D5", "O2", withStageCalculatedProperties, withHistory,
            ("discovery", Utc(2025, 2, 17)), ("qualification", Utc(2025, 3, 3))),
        Deal("D6", "O1", withStageCalculatedProperties, withHistory,
            ("discovery", Utc(2024, 12, 2)), ("qualification", Utc(2024, 12, 9)), ("proposal", Utc(2024, 12, 16)),
            ("closedlost", Utc(2024, 12, 20)), ("negotiation", Utc(2025, 1, 20)), ("closedwon", Utc(2025, 3, 20))),
    ];

    private static CrmRecord Deal(
        string id, string owner, bool stageProperties, bool history, params (string Stage, DateTimeOffset At)[] stages)
    {
        var closed = stages[^1].Stage.StartsWith("closed", StringComparison.Ordinal);
        var builder = new DealBuilder(id)
            .Created(stages[0].At)
            .With(CanonicalFields.OwnerId, owner)
            .With(CanonicalFields.IsClosed, closed ? "true" : "false")
            .StageHistory(stages);
        if (stageProperties)
        {
            builder.WithStageCalculatedProperties();
        }

        var deal = builder.Build();
        return history ? deal : deal with { History = new Dictionary<string, IReadOnlyList<PropertyHistoryEntry>>() };
    }
}
