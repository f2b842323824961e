namespace CrmSync.Sandbox.Diagnostics;

/// <summary>The most recent requests, oldest dropped first. Never holds headers, so tokens stay out of it.</summary>
internal sealed class RequestLog(int capacity)
{
    private const int MaxBodyChars = 65_536;
    private readonly Queue<SandboxRequestLogEntry> entries = new();
    private readonly Lock sync = new();
    private long sequence;

    public void Add(DateTimeOffset at, string method, string path, string routeKey, int status, string? body)
    {
        if (capacity == 0)
        {
            return;
        }

        if (body is { Length: > MaxBodyChars })
        {
            body = body[..MaxBodyChars];
        }

        lock (sync)
        {
            entries.Enqueue(new SandboxRequestLogEntry(++sequence, at, method, path, routeKey, status, body));
            while (entries.Count > capacity)
            {
                entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<SandboxRequestLogEntry> Snapshot()
    {
        lock (sync)
        {
            return [.. entries];
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            entries.Clear();
        }
    }
}
