using System.Globalization;
using CrmSync.Sandbox.Objects;

namespace CrmSync.Sandbox.Seeding;

/// <summary>Seeded deals with a real dealstage history and the stage-calculated properties that follow from it.</summary>
internal sealed class DealSeed(SeedContext context, DealPlanner planner, CompanySeed companies, SeedAssociations associations) : ISeedSource
{
    private const string EnteredPrefix = "hs_v2_date_entered_";
    private const string ExitedPrefix = "hs_v2_date_exited_";
    private static readonly string[] FixedProperties =
    [
        "hs_object_id", "dealname", "amount", "dealstage", "pipeline", "closedate", "createdate", "hs_lastmodifieddate",
        "hubspot_owner_id", "hs_is_closed", "hs_is_closed_won", "hs_is_closed_lost", "hs_deal_stage_probability",
        "deal_currency_code", "hs_v2_date_entered_current_stage",
    ];

    private (long Index, DealPlan? Plan) last;

    public int Count => context.Deals;

    /// <summary>Planning is cheap but a page reads ~20 properties of the same deal in a row: keep the last plan.</summary>
    public DealPlan Plan(long index)
    {
        if (last.Index == index && last.Plan is { } cached)
        {
            return cached;
        }

        var plan = planner.Plan(index);
        last = (index, plan);
        return plan;
    }

    public string? GetValue(long index, string property)
    {
        var plan = Plan(index);
        var current = plan.Current.Stage;
        return property switch
        {
            "hs_object_id" => (ObjectTypes.Deals.IdBase + index).ToString(CultureInfo.InvariantCulture),
            "dealname" => $"{companies.Name(associations.CompanyOfDeal(index))} - {plan.Product}",
            "amount" => plan.Amount,
            "dealstage" => current.Id,
            "pipeline" => plan.Pipeline.Id,
            "closedate" => SeedTime.Iso(plan.CloseDateMs),
            "createdate" => SeedTime.Iso(plan.CreatedMs),
            "hs_lastmodifieddate" => SeedTime.Iso(plan.ModifiedMs),
            "hubspot_owner_id" => plan.OwnerId,
            "hs_is_closed" => Bool(current.IsClosed),
            "hs_is_closed_won" => Bool(current.IsWon),
            "hs_is_closed_lost" => Bool(current.IsLost),
            "hs_deal_stage_probability" => current.Probability,
            "deal_currency_code" => "USD",
            "hs_v2_date_entered_current_stage" => SeedTime.Iso(plan.Current.EnteredMs),
            _ when property.StartsWith(EnteredPrefix, StringComparison.Ordinal) => IsoOrNull(plan.EnteredMs(property[EnteredPrefix.Length..])),
            _ when property.StartsWith(ExitedPrefix, StringComparison.Ordinal) => IsoOrNull(plan.ExitedMs(property[ExitedPrefix.Length..])),
            _ => null,
        };
    }

    public void CopyValues(long index, IDictionary<string, string?> target)
    {
        foreach (var property in FixedProperties)
        {
            if (GetValue(index, property) is { } value)
            {
                target[property] = value;
            }
        }

        foreach (var stage in Plan(index).Visits.Select(v => v.Stage.Id).Distinct())
        {
            foreach (var name in new[] { EnteredPrefix + stage, ExitedPrefix + stage })
            {
                if (GetValue(index, name) is { } value)
                {
                    target[name] = value;
                }
            }
        }
    }

    public void AppendHistory(long index, string property, List<HistoryEntry> target)
    {
        var plan = Plan(index);
        if (property == "dealstage")
        {
            var userId = plan.OwnerId is { } owner ? context.OwnerUserIds[owner] : (long?)null;
            for (var i = plan.Visits.Length - 1; i >= 0; i--)
            {
                var visit = plan.Visits[i];
                target.Add(new HistoryEntry(visit.Stage.Id, visit.EnteredMs, "CRM_UI", userId is null ? null : $"userId:{userId}", userId));
            }

            return;
        }

        if (GetValue(index, property) is not { } value)
        {
            return;
        }

        var at = property switch
        {
            "hs_lastmodifieddate" => plan.ModifiedMs,
            "closedate" or "hs_v2_date_entered_current_stage" or "hs_is_closed" or "hs_is_closed_won" or "hs_is_closed_lost"
                or "hs_deal_stage_probability" => plan.Current.EnteredMs,
            _ when property.StartsWith("hs_v2_", StringComparison.Ordinal) && SeedTime.TryParse(value, out var ms) => ms,
            _ => plan.CreatedMs,
        };
        target.Add(new HistoryEntry(value, at, property.StartsWith("hs_", StringComparison.Ordinal) ? "CALCULATED" : "CRM_UI"));
    }

    public long CreatedMs(long index) => Plan(index).CreatedMs;

    public long ModifiedMs(long index) => Plan(index).ModifiedMs;

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? IsoOrNull(long? ms) => ms is { } value ? SeedTime.Iso(value) : null;
}
