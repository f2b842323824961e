namespace CrmSync.ChaosCheck;

/// <summary>A task in the CRM as the check compares it: by alert key, subject and owner (ids differ between CRMs).</summary>
internal sealed record CrmTask(string Id, string? AlertKey, string? Subject, string? OwnerId)
{
    public (string?, string?, string?) Identity => (AlertKey, Subject, OwnerId);
}
