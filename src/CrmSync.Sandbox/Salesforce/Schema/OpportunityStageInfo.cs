namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>One row of OpportunityStage (salesforce-api.md §6.3).</summary>
internal sealed record OpportunityStageInfo(
    string ApiName, int SortOrder, double DefaultProbability, string ForecastCategory, string ForecastCategoryName, bool IsClosed, bool IsWon, bool IsActive = true);
