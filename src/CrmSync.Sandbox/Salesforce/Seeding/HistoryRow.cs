using CrmSync.Sandbox.Salesforce.Schema;

namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>One seeded OpportunityHistory row: the opportunity's stage, amount and close date as of <paramref name="AtMs"/>.</summary>
internal readonly record struct HistoryRow(OpportunityStageInfo Stage, long AtMs, double? Amount, DateOnly CloseDate, double? PrevAmount, DateOnly? PrevCloseDate);
