namespace CrmSync.Salesforce.Pull;

/// <summary>A query cursor (nextRecordsUrl) Salesforce no longer knows; the pull restarts from its last checkpoint.</summary>
internal sealed class QueryLocatorExpiredException(string what, Exception inner)
    : Exception($"The Salesforce query cursor for {what} expired (INVALID_QUERY_LOCATOR).", inner);
