namespace CrmSync.Salesforce.Wire;

internal sealed class SfDeletedRecord
{
    public string Id { get; set; } = "";

    public string? DeletedDate { get; set; }
}
