using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Metrics.Engine;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// Per deal, from its replayed history: <c>cycle_days</c> (won deals: creation to the first entry into the won stage
/// it ended in, like the sales-cycle metric), <c>stage_win_probability</c> (open deals: of the closed deals that
/// entered the deal's current stage, including implied entries, the share that was won; null below
/// <see cref="MetricsOptions.MinSampleForRatios"/> closed deals) and <c>expected_value</c> (amount × that probability).
/// </summary>
internal static class DealOutlookValues
{
    public static void Add(MetricsInput input, MetricsOptions options, DateTime now, List<ComputedValue> values)
    {
        var deals = input.Deals;
        var stages = input.Stages;
        var timelines = new DealTimelines(input, now.Ticks);
        var (entered, won) = StageOutcomes(input, timelines);
        for (var d = 0; d < deals.Count; d++)
        {
            string? cycle = null, probability = null, expected = null;
            var outcome = timelines.Outcome[d];
            if (outcome == DealOutcome.Won)
            {
                var wonAt = timelines.First[(d * timelines.Width) + stages.ChainPosition[timelines.FinalStage[d]]];
                cycle = Number(Math.Round((decimal)(wonAt - deals.Created[d]) / TimeSpan.TicksPerDay, 1));
            }
            else if (outcome == DealOutcome.Open && timelines.FinalStage[d] is var stage and >= 0
                     && entered[stage] >= options.MinSampleForRatios && entered[stage] > 0)
            {
                var p = decimal.Round((decimal)won[stage] / entered[stage], 4);
                probability = Number(p);
                expected = deals.HasAmount[d] ? Number(decimal.Round(deals.Amount[d] * p, 2)) : null;
            }

            values.Add(new ComputedValue(CrmObjectTypes.Deals, deals.Ids[d], MetricsProperties.CycleDays, cycle));
            values.Add(new ComputedValue(CrmObjectTypes.Deals, deals.Ids[d], MetricsProperties.StageWinProbability, probability));
            values.Add(new ComputedValue(CrmObjectTypes.Deals, deals.Ids[d], MetricsProperties.ExpectedValue, expected));
        }
    }

    /// <summary>Per stage: closed deals that first entered it, and how many of those were won.</summary>
    private static (int[] Entered, int[] Won) StageOutcomes(MetricsInput input, DealTimelines timelines)
    {
        var stages = input.Stages;
        var entered = new int[stages.Stages.Count];
        var won = new int[stages.Stages.Count];
        for (var d = 0; d < input.Deals.Count; d++)
        {
            var outcome = timelines.Outcome[d];
            if (outcome is not (DealOutcome.Won or DealOutcome.Lost))
                continue;
            var chain = stages.Chains[input.Deals.Pipeline[d]];
            for (var q = 0; q < chain.Length; q++)
            {
                if (timelines.First[(d * timelines.Width) + q] == Timestamps.None)
                    continue;
                entered[chain[q]]++;
                if (outcome == DealOutcome.Won)
                    won[chain[q]]++;
            }
        }

        return (entered, won);
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
