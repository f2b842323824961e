namespace CrmSync.Sandbox.Salesforce.Query;

/// <summary>A query Salesforce would refuse: errorCode (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE, ...) and message.</summary>
internal sealed class SoqlException(string errorCode, string message, int? position = null) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;

    /// <summary>0-based character position in the query, for the caret line of the message.</summary>
    public int? Position { get; } = position;

    /// <summary>Salesforce's shape: the query, a caret under the culprit, "ERROR at Row:1:Column:N", the message.</summary>
    public string Describe(string soql) => Position is { } at
        ? $"\n{soql}\n{new string(' ', Math.Min(at, soql.Length))}^\nERROR at Row:1:Column:{at + 1}\n{Message}"
        : Message;
}
