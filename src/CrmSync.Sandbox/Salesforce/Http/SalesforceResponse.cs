namespace CrmSync.Sandbox.Salesforce.Http;

/// <summary>An answer: status, body, content type and extra headers (Location, ...).</summary>
internal sealed record SalesforceResponse(int Status, ReadOnlyMemory<byte> Body, string? ContentType = SalesforceResponse.Json)
{
    public const string Json = "application/json;charset=UTF-8";

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public static SalesforceResponse NoContent { get; } = new(204, ReadOnlyMemory<byte>.Empty, null);

    public static SalesforceResponse Text(int status, string contentType, string body) => new(status, System.Text.Encoding.UTF8.GetBytes(body), contentType);
}
