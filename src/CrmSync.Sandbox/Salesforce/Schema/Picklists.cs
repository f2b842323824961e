namespace CrmSync.Sandbox.Salesforce.Schema;

/// <summary>Standard picklist values of a new Salesforce org (the defaults; salesforce-api.md §9 for Task).</summary>
internal static class Picklists
{
    public static readonly string[] LeadStatuses = ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"];

    public static readonly string[] LeadSources = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"];

    public static readonly string[] Industries =
    [
        "Agriculture", "Apparel", "Banking", "Biotechnology", "Chemicals", "Communications", "Construction", "Consulting",
        "Education", "Electronics", "Energy", "Engineering", "Entertainment", "Finance", "Food & Beverage", "Healthcare",
        "Hospitality", "Insurance", "Manufacturing", "Media", "Retail", "Technology", "Telecommunications", "Transportation", "Other",
    ];

    public static readonly string[] AccountTypes = ["Prospect", "Customer - Direct", "Customer - Channel", "Channel Partner / Reseller", "Technology Partner", "Other"];

    public static readonly string[] OpportunityTypes = ["Existing Customer - Upgrade", "Existing Customer - Replacement", "Existing Customer - Downgrade", "New Customer"];

    public static readonly string[] ForecastCategoryNames = ["Omitted", "Pipeline", "Best Case", "Commit", "Closed"];

    public static readonly string[] ForecastCategories = ["BestCase", "Closed", "Forecast", "MostLikely", "Omitted", "Pipeline"];

    public static readonly string[] TaskStatuses = ["Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"];

    public static readonly string[] TaskPriorities = ["High", "Normal", "Low"];

    public static readonly string[] ContactRoles =
        ["Business User", "Decision Maker", "Economic Buyer", "Economic Decision Maker", "Evaluator", "Executive Sponsor", "Influencer", "Technical Buyer", "Other"];

    public static readonly string[] Regions = ["EMEA", "AMER", "APAC", "LATAM"];
}
