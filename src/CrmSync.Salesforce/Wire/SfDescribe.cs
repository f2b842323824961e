namespace CrmSync.Salesforce.Wire;

/// <summary>The part of DescribeSObjectResult the connector reads (salesforce-api.md §5).</summary>
internal sealed class SfDescribe
{
    public string? Name { get; set; }

    public List<SfFieldDescribe> Fields { get; set; } = [];
}
