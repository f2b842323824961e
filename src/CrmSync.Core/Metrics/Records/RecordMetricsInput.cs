using System.Globalization;
using CrmSync.Core.Metrics.Input;
using CrmSync.Core.Records;
using CrmSync.Core.Schema;
using CrmSync.Core.StageRules;

namespace CrmSync.Core.Metrics.Records;

/// <summary>
/// Builds the metrics engine's input from a connector's canonical records: the deal pipelines, deals with their stage
/// history (and their company), contacts and leads with their lifecycle history when the CRM keeps one, and the MRR
/// series from won deals (<see cref="DealRevenue"/>). Amounts go to the home currency at the configured fixed rates.
/// The metrics analyzer and every reader of a connector's stored data (CLI, HTTP, dashboard) share it.
/// </summary>
public static class RecordMetricsInput
{
    /// <param name="records">Live records of one canonical object type.</param>
    /// <param name="pipelines">The connector's pipelines (deal pipelines are used).</param>
    /// <param name="options">Validated options; <paramref name="settingsPath"/> is where they are configured (named in errors).</param>
    /// <param name="until">The last month of a company-property MRR series (the analysis time); default: its last change.</param>
    /// <exception cref="MetricsInputException">A record the engine cannot read (named by type and id).</exception>
    public static MetricsInput Build(
        Func<string, IReadOnlyList<CrmRecord>> records, IReadOnlyList<CrmPipeline> pipelines, MetricsOptions options, string settingsPath,
        DateTime? until = null)
    {
        var builder = new MetricsInputBuilder();
        var dealPipelines = pipelines.Where(p => p.ObjectType == CrmObjectTypes.Deals).ToList();
        foreach (var pipeline in dealPipelines)
        {
            foreach (var stage in pipeline.Stages)
                builder.AddStage(pipeline.Id, stage.Id, stage.Label, stage.DisplayOrder, stage.IsClosed, stage.IsWon);
        }

        var lookup = new DealStageLookup(dealPipelines);
        var revenue = new DealRevenue(options);
        foreach (var deal in records(CrmObjectTypes.Deals))
            AddDeal(builder, lookup, revenue, deal, options, settingsPath);
        revenue.AddTo(builder);
        if (options.RevenueSource == RevenueSource.CompanyProperty)
            CompanyPropertyRevenue.AddTo(builder, records(CrmObjectTypes.Companies), until);

        foreach (var type in new[] { CrmObjectTypes.Contacts, CrmObjectTypes.Leads })
        {
            foreach (var person in records(type))
                AddPerson(builder, person);
        }

        return builder.Build();
    }

    private static void AddDeal(
        MetricsInputBuilder builder, DealStageLookup lookup, DealRevenue revenue, CrmRecord deal, MetricsOptions options, string settingsPath)
    {
        var stageId = deal.Get(CanonicalFields.Stage);
        if (string.IsNullOrWhiteSpace(stageId) || lookup.Find(deal, stageId) is not { } found)
            throw new MetricsInputException($"deal '{deal.Id}': stage '{stageId}' is in none of the connector's deal pipelines (pull the pipelines again).");
        var amount = Amount(deal, CanonicalFields.Amount, options, settingsPath);
        var company = FirstAssociated(deal, CrmObjectTypes.Companies);
        builder.AddDeal(deal.Id, found.Pipeline.Id, stageId, amount, Created(deal),
            CrmTimestamp.Parse(deal.Get(CanonicalFields.CloseDate))?.UtcDateTime, deal.Get(CanonicalFields.OwnerId), company);
        if (deal.History.TryGetValue(CanonicalFields.Stage, out var history))
        {
            foreach (var entry in history)
            {
                // A history value outside the pipeline (a deleted stage) cannot be placed in the chain; it is skipped.
                if (entry.Value is { Length: > 0 } value && found.Pipeline.FindStage(value) is not null)
                    builder.AddStageEntry(deal.Id, value, entry.Timestamp.UtcDateTime);
            }
        }

        if (found.Stage.IsWon && company is not null)
            revenue.AddWonDeal(deal, company, amount, Amount(deal, CanonicalFields.RecurringAmount, options, settingsPath));
    }

    private static void AddPerson(MetricsInputBuilder builder, CrmRecord person)
    {
        builder.AddContact(person.Id, Created(person), person.Get(CanonicalFields.OwnerId), FirstAssociated(person, CrmObjectTypes.Companies));
        if (!person.History.TryGetValue(CanonicalFields.LifecycleStage, out var history))
            return;
        foreach (var entry in history)
        {
            // CRMs let tenants add their own lifecycle stages; only the canonical ones have a place in the funnel.
            if (entry.Value is { Length: > 0 } stage && LifecycleStages.IndexOf(stage) >= 0)
                builder.AddLifecycleEntry(person.Id, stage, entry.Timestamp.UtcDateTime);
        }
    }

    private static DateTime Created(CrmRecord record) =>
        (CrmTimestamp.Parse(record.Get(CanonicalFields.CreatedAt)) ?? record.CreatedAt).UtcDateTime;

    private static string? FirstAssociated(CrmRecord record, string objectType) =>
        record.Associations.TryGetValue(objectType, out var ids) && ids.Count > 0 ? ids[0] : null;

    /// <summary>A money field in the home currency; null when empty.</summary>
    private static decimal? Amount(CrmRecord deal, string field, MetricsOptions options, string settingsPath)
    {
        var text = deal.Get(field);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw new MetricsInputException($"deal '{deal.Id}': {field} '{text}' is not a number.");
        var currency = deal.Get(CanonicalFields.Currency);
        if (options.TryToHome(value, currency) is { } home)
            return home;
        throw new MetricsInputException(
            $"deal '{deal.Id}': currency '{currency}' has no rate to {options.HomeCurrency}; set {settingsPath}:ExchangeRates:{currency!.Trim().ToUpperInvariant()}.");
    }
}
