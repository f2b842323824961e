namespace CrmSync.Salesforce.Calls;

/// <summary>A success status whose body was empty or unusable; retried like a malformed body.</summary>
internal sealed class InvalidSalesforceResponseException(string operation)
    : Exception($"Salesforce answered {operation} with a success status but an empty or unusable body.");
