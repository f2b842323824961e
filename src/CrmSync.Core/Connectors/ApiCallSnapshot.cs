namespace CrmSync.Core.Connectors;

public readonly record struct ApiCallSnapshot(long Calls, long RateLimited, long Retries)
{
    public static ApiCallSnapshot operator -(ApiCallSnapshot a, ApiCallSnapshot b) =>
        new(a.Calls - b.Calls, a.RateLimited - b.RateLimited, a.Retries - b.Retries);
}
