namespace CrmSync.Sandbox.Salesforce.Seeding;

/// <summary>What a planted opportunity looks like besides its stage moves; the defaults meet every default criterion.</summary>
internal sealed record PlantedOpportunityShape
{
    public double? Amount { get; init; } = 5000;

    /// <summary>Contact roles (the commit stages want two).</summary>
    public int Contacts { get; init; } = 2;

    /// <summary>The close date, in days from now (negative: in the past).</summary>
    public int CloseInDays { get; init; } = 30;

    /// <summary>The last logged activity (LastActivityDate), in days before now.</summary>
    public int ActivityDaysAgo { get; init; } = 1;
}
