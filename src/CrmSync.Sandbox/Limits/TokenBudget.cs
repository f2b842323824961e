namespace CrmSync.Sandbox.Limits;

/// <summary>The three budgets of one access token.</summary>
internal sealed class TokenBudget(SandboxOptions options)
{
    public SlidingWindow Burst { get; } = new(options.BurstLimitPer10Seconds, 10_000);

    public SlidingWindow Secondly { get; } = new(options.SearchLimitPerSecond, 1_000);

    public DailyBudget Daily { get; } = new(options.DailyLimit, options.TimeProvider);
}
