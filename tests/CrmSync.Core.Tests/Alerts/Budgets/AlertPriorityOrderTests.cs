using CrmSync.Core.Alerts.Budgets;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;

namespace CrmSync.Core.Tests.Alerts.Budgets;

public class AlertPriorityOrderTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static AlertCandidate Alert(string id, decimal? money = null, double? overrun = null, int? age = null, AlertPriority priority = AlertPriority.Low) =>
        new($"t:deals:{id}", "t", CrmObjectTypes.Deals, id, "7", "s", "b", priority)
        {
            MoneyAtRisk = money,
            Overrun = overrun,
            Since = age is { } d ? Now.AddDays(-d) : null,
        };

    private static IEnumerable<string> Sorted(IEnumerable<AlertCandidate> alerts, params PriorityCriterion[] rule) =>
        alerts.Order(new AlertPriorityOrder(rule.Length == 0 ? AlertOptions.DefaultPriority : rule)).Select(a => a.RecordId);

    [Fact]
    public void DefaultRule_MoneyThenOverrunThenAge_ThenRecordIdNumerically()
    {
        var alerts = new[]
        {
            Alert("10", overrun: 0.5),
            Alert("2", money: 5000m, overrun: 0.1),
            Alert("3", money: 5000m, overrun: 0.9),
            Alert("4", money: 20_000m),
            Alert("11", overrun: 0.5, age: 40),
            Alert("9"),
            Alert("100", overrun: 0.5),
        };

        Assert.Equal(["4", "3", "2", "11", "10", "100", "9"], Sorted(alerts));
    }

    [Fact]
    public void ConfiguredRule_AgeFirst_ThenSeverity()
    {
        var alerts = new[] { Alert("1", money: 1e6m, age: 1), Alert("2", age: 30), Alert("3", priority: AlertPriority.High), Alert("4") };

        Assert.Equal(["2", "1", "3", "4"], Sorted(alerts, PriorityCriterion.Age, PriorityCriterion.Severity));
    }

    [Fact]
    public void SameInput_AnyOrder_SameResult()
    {
        var alerts = Enumerable.Range(1, 40).Select(i => Alert($"{i}", money: i % 3, overrun: i % 5 * 0.1)).ToList();

        Assert.Equal(Sorted(alerts), Sorted(alerts.AsEnumerable().Reverse()));
    }
}
