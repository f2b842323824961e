namespace CrmSync.PullBench;

public sealed record BenchRow(double RecordsPerSecond, long Calls, long MinimumCalls, long RateLimited, double CeilingUsed, double Seconds, double PeakMegabytes)
{
    public double CallRatio => (double)Calls / MinimumCalls;
}
