using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Limits;

/// <summary>The three 429 bodies of hubspot-api.md §12.3.</summary>
internal static class RateLimitBodies
{
    public static SandboxResponse TenSecondly() => Policy("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING");

    public static SandboxResponse Daily() => Policy("You have reached your daily limit.", "DAILY");

    public static SandboxResponse Secondly() => JsonOut.Response(429, w =>
    {
        w.WriteStartObject();
        w.WriteString("status", "error");
        w.WriteString("message", "You have reached your secondly limit.");
        w.WriteString("errorType", "RATE_LIMIT");
        w.WriteString("correlationId", Guid.NewGuid().ToString());
        w.WriteEndObject();
    });

    private static SandboxResponse Policy(string message, string policy) => JsonOut.Response(429, w =>
    {
        w.WriteStartObject();
        w.WriteString("status", "error");
        w.WriteString("message", message);
        w.WriteString("errorType", "RATE_LIMIT");
        w.WriteString("correlationId", Guid.NewGuid().ToString());
        w.WriteString("policyName", policy);
        w.WriteString("requestId", Guid.NewGuid().ToString("N"));
        w.WriteEndObject();
    });
}
