namespace CrmSync.ChaosCheck;

/// <summary>One interrupted run and its reruns, compared with the uninterrupted run.</summary>
internal sealed record TrialResult(string Name, string Interruption, IReadOnlyList<RunResult> Reruns, SnapshotDiff Diff)
{
    public void Print(TextWriter o)
    {
        o.WriteLine($"{Name}: {Interruption}");
        for (var i = 0; i < Reruns.Count; i++)
            o.WriteLine($"    rerun {i + 1}: {Reruns[i].Describe()}");
        o.WriteLine($"    {(Diff.Same ? "SAME" : "DIFFERENT")} as the uninterrupted run: {Diff.Describe()}");
        foreach (var example in Diff.Examples)
            o.WriteLine($"      {example}");
    }
}
