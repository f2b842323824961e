namespace CrmSync.Sandbox;

/// <summary>Request log inspection ("was the task create sent exactly once?").</summary>
public sealed partial class SandboxState
{
    /// <summary>The most recent requests (up to RequestLogCapacity), oldest first.</summary>
    public IReadOnlyList<SandboxRequestLogEntry> RequestLog => Log.Snapshot();

    /// <summary>Logged requests with this method and exact path (query string ignored), e.g. ("POST", "/crm/v3/objects/tasks").</summary>
    public IReadOnlyList<SandboxRequestLogEntry> FindRequests(string method, string path) =>
        Log.Snapshot()
            .Where(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) && PathOf(e) == path)
            .ToList();

    public void ClearRequestLog() => Log.Clear();

    private static string PathOf(SandboxRequestLogEntry entry)
    {
        var query = entry.Path.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? entry.Path : entry.Path[..query];
    }
}
