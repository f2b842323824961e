namespace CrmSync.ChaosCheck;

/// <summary>
/// How the fault proxy names one CRM's calls: its request kinds (<c>req.{kind}</c> counters) for pulls, value writes
/// and task creates, and path patterns that select the writes whose answers it drops.
/// </summary>
internal sealed record CrmCalls(IReadOnlyList<string> PullKinds, string ValueWriteKind, string TaskCreateKind, string ValueWritePath, string TaskCreatePath)
{
    public string[] Kinds(KillPhase phase) => phase switch
    {
        KillPhase.Pull => [.. PullKinds],
        KillPhase.Values => [ValueWriteKind],
        _ => [TaskCreateKind],
    };

    /// <summary>Requests of these kinds the proxy has received.</summary>
    public static long Requests(IReadOnlyDictionary<string, long> stats, IEnumerable<string> kinds) => kinds.Sum(k => stats.GetValueOrDefault($"req.{k}"));

    /// <summary>Writes of this kind the proxy forwarded and then dropped the answer of.</summary>
    public static long Dropped(IReadOnlyDictionary<string, long> stats, string kind) => stats.GetValueOrDefault($"injected.drop_after_forward.{kind}");

    /// <summary>Value writes and task creates received: any means the pull is over.</summary>
    public long Writes(IReadOnlyDictionary<string, long> stats) => Requests(stats, [ValueWriteKind, TaskCreateKind]);
}
