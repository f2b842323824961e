namespace CrmSync.Core.StageRules;

/// <summary>Where the entry time of a deal's current stage came from, most trusted first.</summary>
public enum StageEntrySource
{
    /// <summary><c>hs_v2_date_entered_{stageId}</c>: HubSpot's back-filled stage calculated property.</summary>
    StageCalculatedProperty,

    /// <summary><c>hs_v2_date_entered_current_stage</c>.</summary>
    CurrentStageProperty,

    /// <summary>The start of the latest visit in the <c>dealstage</c> value history.</summary>
    History,

    /// <summary>The deal's create date: an upper bound used when nothing better is known.</summary>
    CreateDate,
}
