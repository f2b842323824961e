using System.Diagnostics;

namespace CrmSync.Core.Dedupe;

/// <summary>Wall-clock and process CPU time of consecutive stages (CPU counts every thread of the process).</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpuAtStart = Cpu();

    /// <summary>Time since the last lap (or the start), and starts the next stage.</summary>
    public (TimeSpan Wall, TimeSpan Cpu) Lap()
    {
        var cpu = Cpu();
        var lap = (_wall.Elapsed, cpu - _cpuAtStart);
        _wall.Restart();
        _cpuAtStart = cpu;
        return lap;
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
}
