namespace CrmSync.Salesforce.Wire;

/// <summary>A create answer or one result of sObject Collections (request order).</summary>
internal sealed class SfSaveResult
{
    public string? Id { get; set; }

    public bool Success { get; set; }

    public bool? Created { get; set; }

    public List<SfError> Errors { get; set; } = [];
}
