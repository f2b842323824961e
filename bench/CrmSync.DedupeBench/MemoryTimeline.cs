using System.Diagnostics;
using System.Globalization;
using CrmSync.Core.Dedupe;

namespace CrmSync.DedupeBench;

/// <summary>
/// Samples the resident set and managed heap every 20 ms during a run (DEDUPE_BENCH_MEMORY=1) and reports the peak
/// of each stage, the stages found from the run's own wall-clock timings: where the memory goes.
/// </summary>
internal sealed class MemoryTimeline : IDisposable
{
    private readonly List<(TimeSpan At, double ResidentMb, double HeapMb)> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public MemoryTimeline()
    {
        _thread = new Thread(Sample) { IsBackground = true };
        _thread.Start();
    }

    public void Print(DedupeTimings timings, TextWriter output)
    {
        _stop.Cancel();
        _thread.Join();
        var stages = new[] { ("normalise", timings.Normalise), ("block", timings.Block), ("train", timings.Train), ("score", timings.Score), ("cluster", timings.Cluster) };
        var start = TimeSpan.Zero;
        foreach (var (name, length) in stages)
        {
            var inside = _samples.Where(s => s.At >= start && s.At < start + length).ToList();
            if (inside.Count > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    memory in {name}: resident up to {inside.Max(s => s.ResidentMb):0} MB, managed heap up to {inside.Max(s => s.HeapMb):0} MB"));
            }

            start += length;
        }
    }

    public void Dispose() => _stop.Dispose();

    private void Sample()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var process = Process.GetCurrentProcess();
            // DEDUPE_BENCH_MEMORY=live forces a full collection per sample: the live data, not the garbage (slow).
            var live = Environment.GetEnvironmentVariable("DEDUPE_BENCH_MEMORY") == "live";
            _samples.Add((_clock.Elapsed, process.WorkingSet64 / 1048576.0, GC.GetTotalMemory(live) / 1048576.0));
            Thread.Sleep(live ? 300 : 20);
        }
    }
}
