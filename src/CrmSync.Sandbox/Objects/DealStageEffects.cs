using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Objects;

/// <summary>
/// What HubSpot calculates when a deal changes stage: date entered/exited per stage, date entered current stage,
/// the closed/won/lost flags, probability, and the close date when a closed stage is entered.
/// </summary>
internal sealed class DealStageEffects(SandboxStore store, ObjectTable deals)
{
    public void Enter(long id, string? previousStage, string stageId, long now, bool closeDateGiven)
    {
        var pipeline = store.FindPipeline(deals.GetValue(id, "pipeline")) ?? store.DealPipelines[0];
        var stage = pipeline.FindStage(stageId) ?? pipeline.Stages[0];
        var iso = SeedTime.Iso(now);
        if (previousStage is not null)
        {
            Set(id, $"hs_v2_date_exited_{previousStage}", iso, now);
        }

        Set(id, $"hs_v2_date_entered_{stage.Id}", iso, now);
        Set(id, "hs_v2_date_entered_current_stage", iso, now);
        Set(id, "hs_is_closed", stage.IsClosed ? "true" : "false", now);
        Set(id, "hs_is_closed_won", stage.IsWon ? "true" : "false", now);
        Set(id, "hs_is_closed_lost", stage.IsLost ? "true" : "false", now);
        Set(id, "hs_deal_stage_probability", stage.Probability, now);
        if (stage.IsClosed && !closeDateGiven)
        {
            Set(id, "closedate", iso, now);
        }
    }

    private void Set(long id, string property, string value, long now)
    {
        if (deals.GetValue(id, property) != value)
        {
            deals.Edit(id).Set(property, value, new HistoryEntry(value, now, WriteSource.Calculated.SourceType));
        }
    }
}
