namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>One error of a record write (statusCode in collections, errorCode in single-record answers).</summary>
internal sealed record SaveError(string Code, string Message, IReadOnlyList<string> Fields)
{
    public static SaveError Of(string code, string message, params string[] fields) => new(code, message, fields);
}
