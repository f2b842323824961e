namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>
/// Fields Salesforce derives from others, for seeded and created records alike: Name from first and last name,
/// IsClosed/IsWon from the stage, ExpectedRevenue, a task's IsClosed, and the org's Age_In_Days__c formula.
/// </summary>
internal static class ComputedFields
{
    public static bool TryGet(RecordTable table, int number, string field, long nowMs, out object? value)
    {
        value = null;
        switch (table.Schema.Name, field)
        {
            case ("Contact" or "Lead" or "User", "Name"):
                var first = table.Get(number, "FirstName") as string;
                var lastName = table.Get(number, "LastName") as string;
                value = string.IsNullOrEmpty(first) ? lastName : $"{first} {lastName}";
                return true;
            case ("Opportunity", "IsClosed"):
                value = Schema.OpportunityStages.Find(table.Get(number, "StageName") as string)?.IsClosed ?? false;
                return true;
            case ("Opportunity", "IsWon"):
                value = Schema.OpportunityStages.Find(table.Get(number, "StageName") as string)?.IsWon ?? false;
                return true;
            case ("Opportunity", "ExpectedRevenue"):
                value = table.Get(number, "Amount") is double amount && table.Get(number, "Probability") is double probability
                    ? Math.Round(amount * probability / 100, 2)
                    : null;
                return true;
            case ("Opportunity", "Age_In_Days__c"):
                value = table.Get(number, "CreatedDate") is DateTime created
                    ? (double)Math.Max(0, (nowMs - SalesforceTime.Ms(created)) / 86_400_000L)
                    : null;
                return true;
            case ("Task", "IsClosed"):
                value = table.Get(number, "Status") is "Completed";
                return true;
            default:
                return false;
        }
    }
}
