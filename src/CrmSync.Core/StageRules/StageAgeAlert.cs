using System.Globalization;
using CrmSync.Core.Analysis;
using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageRules;

/// <summary>Builds the <c>stage_age_exceeded</c> task for a visit over its limit.</summary>
internal static class StageAgeAlert
{
    public static AlertCandidate Create(OpenStageVisit visit)
    {
        var deal = visit.Deal;
        var name = DisplayName(deal);
        var entered = visit.Entry.EnteredAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var key = $"{StageAgeAnalyzer.AlertType}:{CrmObjectTypes.Deals}:{deal.Id}:{visit.StageId}:{entered}";
        var subject = $"CrmSync: {name} has been in stage {visit.StageLabel} for {visit.Days} days (limit {visit.LimitDays})";
        var pipeline = visit.PipelineLabel is null ? "" : $" in pipeline {visit.PipelineLabel}";
        var body =
            $"Deal {name} (id {deal.Id}){pipeline} entered stage {visit.StageLabel} ({visit.StageId}) on {entered} " +
            $"and has been there {visit.Days} days; the limit for this stage is {visit.LimitDays} days " +
            $"({visit.Days - visit.LimitDays} days over).\n" +
            $"Entry date from: {Describe(visit.Entry.Source, visit.StageId)}.\n" +
            "Please move the deal to the stage it is really in, close it, or log its next step. " +
            "CrmSync does not change the deal itself.";

        return new AlertCandidate(
            key,
            StageAgeAnalyzer.AlertType,
            CrmObjectTypes.Deals,
            deal.Id,
            Blank(deal.Get(CanonicalFields.OwnerId)),
            subject,
            body,
            PriorityFor(visit.Days, visit.LimitDays))
        {
            MoneyAtRisk = decimal.TryParse(deal.Get(CanonicalFields.Amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null,
            Overrun = (visit.Days - visit.LimitDays) / (double)visit.LimitDays,
            Since = visit.Entry.EnteredAt,
        };
    }

    /// <summary>High from twice the limit, Medium from one and a half times, Low just over.</summary>
    public static AlertPriority PriorityFor(int days, int limitDays) =>
        days >= 2L * limitDays ? AlertPriority.High
        : 2L * days >= 3L * limitDays ? AlertPriority.Medium
        : AlertPriority.Low;

    private static string DisplayName(CrmRecord deal) =>
        Blank(deal.Get(CanonicalFields.Name))?.Trim() ?? $"deal {deal.Id}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Describe(StageEntrySource source, string stageId) => source switch
    {
        StageEntrySource.StageCalculatedProperty => $"the stage's entry date ({CanonicalFields.StageEnteredAt(stageId)})",
        StageEntrySource.CurrentStageProperty => $"the current stage's entry date ({CanonicalFields.CurrentStageEnteredAt})",
        StageEntrySource.History => "the stage history",
        _ => "create date (no stage entry date was available)",
    };
}
