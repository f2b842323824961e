using System.Globalization;
using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Limits;

/// <summary>
/// Admits or rejects a request against its token's budgets. A rejected (429) request is counted in the stats but
/// consumes no budget: it enters neither the rolling windows nor the daily count. Search is exempt from the 10 s
/// burst window (x-hubspot-rate-limit-exemptions: ten-secondly) but counts towards the daily limit.
/// </summary>
internal sealed class RateLimitGate(SandboxOptions options)
{
    private readonly Dictionary<string, TokenBudget> budgets = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    public RateLimitDecision Admit(string token, bool search)
    {
        lock (sync)
        {
            var now = options.TimeProvider.GetUtcNow();
            var nowMs = now.ToUnixTimeMilliseconds();
            if (!budgets.TryGetValue(token, out var budget))
            {
                budgets[token] = budget = new TokenBudget(options);
            }

            var window = search ? budget.Secondly : budget.Burst;
            if (!budget.Daily.HasRoom(now, out var untilReset))
            {
                return Reject(RateLimitBodies.Daily(), untilReset, now, search, budget);
            }

            if (!window.HasRoom(nowMs, out var retryAfterMs))
            {
                var body = search ? RateLimitBodies.Secondly() : RateLimitBodies.TenSecondly();
                return Reject(body, TimeSpan.FromMilliseconds(retryAfterMs), now, search, budget);
            }

            window.Admit(nowMs);
            budget.Daily.Admit(now);
            return new RateLimitDecision(true, null, search ? [] : Headers(budget));
        }
    }

    private RateLimitDecision Reject(SandboxResponse body, TimeSpan wait, DateTimeOffset now, bool search, TokenBudget budget)
    {
        List<KeyValuePair<string, string>> headers = search ? [] : Headers(budget);
        var retryAfter = options.RetryAfter switch
        {
            RetryAfterMode.Seconds => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
            RetryAfterMode.HttpDate => now.Add(wait).ToString("R", CultureInfo.InvariantCulture),
            _ => null,
        };
        if (retryAfter is not null)
        {
            headers.Add(new("Retry-After", retryAfter));
        }

        return new RateLimitDecision(false, body, headers);
    }

    private List<KeyValuePair<string, string>> Headers(TokenBudget budget)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (!options.RateLimitHeaders)
        {
            return headers;
        }

        if (!budget.Burst.Unlimited)
        {
            headers.Add(new("X-HubSpot-RateLimit-Max", budget.Burst.Limit.ToString(CultureInfo.InvariantCulture)));
            headers.Add(new("X-HubSpot-RateLimit-Remaining", budget.Burst.Remaining.ToString(CultureInfo.InvariantCulture)));
            headers.Add(new("X-HubSpot-RateLimit-Interval-Milliseconds", budget.Burst.WindowMs.ToString(CultureInfo.InvariantCulture)));
        }

        if (!budget.Daily.Unlimited)
        {
            headers.Add(new("X-HubSpot-RateLimit-Daily", budget.Daily.Limit.ToString(CultureInfo.InvariantCulture)));
            headers.Add(new("X-HubSpot-RateLimit-Daily-Remaining", budget.Daily.Remaining.ToString(CultureInfo.InvariantCulture)));
        }

        return headers;
    }
}
