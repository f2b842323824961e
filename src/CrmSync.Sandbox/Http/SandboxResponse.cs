namespace CrmSync.Sandbox.Http;

internal sealed record SandboxResponse(int Status, ReadOnlyMemory<byte> Body, string? ContentType = SandboxResponse.Json)
{
    public const string Json = "application/json;charset=utf-8";

    public static SandboxResponse NoContent { get; } = new(204, ReadOnlyMemory<byte>.Empty, null);

    public static SandboxResponse Text(int status, string contentType, string body) =>
        new(status, System.Text.Encoding.UTF8.GetBytes(body), contentType);
}
