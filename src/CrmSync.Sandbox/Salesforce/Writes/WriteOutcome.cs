using CrmSync.Sandbox.Salesforce.Http;

namespace CrmSync.Sandbox.Salesforce.Writes;

/// <summary>The result of one record write: its id (null when a create failed), errors, and whether an upsert created it.</summary>
internal sealed record WriteOutcome(string? Id, IReadOnlyList<SaveError> Errors, bool Created = false)
{
    public bool Success => Errors.Count == 0;
}
