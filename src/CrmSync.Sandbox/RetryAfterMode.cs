namespace CrmSync.Sandbox;

/// <summary>How a 429 answer carries <c>Retry-After</c>. HubSpot usually sends none.</summary>
public enum RetryAfterMode
{
    None,
    Seconds,
    HttpDate,
}
