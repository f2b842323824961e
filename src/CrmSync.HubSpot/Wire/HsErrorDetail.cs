using System.Text.Json;

namespace CrmSync.HubSpot.Wire;

internal sealed class HsErrorDetail
{
    public string? Message { get; init; }
    public string? Code { get; init; }
    public string? In { get; init; }
    public Dictionary<string, JsonElement>? Context { get; init; }
}
