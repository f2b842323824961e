namespace CrmSync.Sandbox.Salesforce;

/// <summary>Request log inspection ("no write was sent in dry-run mode", "the task was created once").</summary>
public sealed partial class SalesforceOrgState
{
    /// <summary>The most recent requests (up to RequestLogCapacity), oldest first, with bodies (token secrets masked).</summary>
    public IReadOnlyList<SandboxRequestLogEntry> RequestLog => Log.Snapshot();

    /// <summary>Logged requests with this method whose path (query string ignored) ends with <paramref name="pathSuffix"/>, e.g. ("POST", "/sobjects/Task").</summary>
    public IReadOnlyList<SandboxRequestLogEntry> FindRequests(string method, string pathSuffix) =>
        Log.Snapshot()
            .Where(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) && PathOf(e).EndsWith(pathSuffix, StringComparison.OrdinalIgnoreCase))
            .ToList();

    public void ClearRequestLog() => Log.Clear();

    private static string PathOf(SandboxRequestLogEntry entry)
    {
        var query = entry.Path.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? entry.Path : entry.Path[..query];
    }
}
