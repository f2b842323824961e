namespace CrmSync.ChaosCheck;

/// <summary>One interrupted run and its reruns, compared with the uninterrupted run.</summary>
/// <param name="Store">For a kill during the pull: the resumed store against one pulled without interruption.</param>
internal sealed record TrialResult(string Name, string Interruption, IReadOnlyList<RunResult> Reruns, SnapshotDiff Diff, StoreDiff? Store = null)
{
    /// <summary>False when the job ended before the kill point was reached (nothing was interrupted).</summary>
    public bool Interrupted { get; init; } = true;

    public bool Same => Diff.Same && Store?.Same != false;

    public void Print(TextWriter o)
    {
        o.WriteLine($"{Name}: {Interruption}");
        for (var i = 0; i < Reruns.Count; i++)
            o.WriteLine($"    rerun {i + 1}: {Reruns[i].Describe()}");
        if (Store is not null)
            o.WriteLine($"    {(Store.Same ? "SAME" : "DIFFERENT")} store as an uninterrupted pull: {Store.Describe()}");
        o.WriteLine($"    {(Diff.Same ? "SAME" : "DIFFERENT")} CRM as the uninterrupted run: {Diff.Describe()}");
        foreach (var example in (Store?.Examples ?? []).Concat(Diff.Examples))
            o.WriteLine($"      {example}");
    }
}
