namespace CrmSync.HubSpot.Http;

/// <summary>Which HubSpot limit a 429 reports (its body's <c>policyName</c>, or the search "secondly" message).</summary>
internal enum RateLimitPolicy
{
    Unknown,
    TenSecondlyRolling,
    Secondly,
    Daily,
}
