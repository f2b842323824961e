namespace Fixtures.CrmSync.Core;

/// <summary>A deliberate violation (Core-like code using HTTP), to prove the layering rule is not vacuous.</summary>
internal sealed class ViolatesLayering
{
    public Task<string> ReadAsync(System.Net.Http.HttpClient client) => client.GetStringAsync("https://example.invalid");
}
