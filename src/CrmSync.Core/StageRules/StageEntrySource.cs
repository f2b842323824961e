namespace CrmSync.Core.StageRules;

/// <summary>Where the entry time of a deal's current stage came from, most trusted first.</summary>
public enum StageEntrySource
{
    /// <summary>The stage's own entry date (<c>stage_entered_at:{stageId}</c>), e.g. a CRM's back-filled stage calculated property.</summary>
    StageCalculatedProperty,

    /// <summary>The entry date of the current stage (<c>current_stage_entered_at</c>).</summary>
    CurrentStageProperty,

    /// <summary>The start of the latest visit in the stage's value history.</summary>
    History,

    /// <summary>The deal's create date: an upper bound used when nothing better is known.</summary>
    CreateDate,
}
