namespace CrmSync.Salesforce.Wire;

/// <summary>
/// One error of Salesforce's error array (<c>[{"message","errorCode","fields"}]</c>); per-record results of sObject
/// Collections say <c>statusCode</c> instead of <c>errorCode</c> (salesforce-api.md §11).
/// </summary>
internal sealed class SfError
{
    public string? Message { get; set; }

    public string? ErrorCode { get; set; }

    public string? StatusCode { get; set; }

    public List<string>? Fields { get; set; }

    public string Code => ErrorCode ?? StatusCode ?? "UNKNOWN_ERROR";
}
