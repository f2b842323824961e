using System.Text.Json;

namespace CrmSync.HubSpot.Wire;

/// <summary>
/// HubSpot's error body (every field optional in practice). Rate-limit bodies use <see cref="PolicyName"/> and
/// <see cref="ErrorType"/>; some mocks put RATE_LIMITS in <see cref="Category"/> instead.
/// </summary>
internal sealed class HsError
{
    public string? Status { get; init; }
    public string? Category { get; init; }
    public string? SubCategory { get; init; }
    public string? Message { get; init; }
    public string? CorrelationId { get; init; }
    public string? PolicyName { get; init; }
    public string? ErrorType { get; init; }
    public Dictionary<string, JsonElement>? Context { get; init; }
    public List<HsErrorDetail>? Errors { get; init; }
}
