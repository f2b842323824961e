using CrmSync.HubSpot.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CrmSync.HubSpot.Tests.RateLimiting;

/// <summary>
/// Discrete-event run of concurrent workers against a server that enforces exactly its ceiling on a rolling window
/// (by arrival time). Time is a <see cref="FakeTimeProvider"/>; latencies come from a seeded random source.
/// </summary>
internal sealed class RollingWindowSimulation(int ceiling, TimeSpan window, int workers, Func<Random, TimeSpan> oneWayLatency)
{
    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    public int AcceptedAfter(TimeSpan from) => _arrivals.Count(a => a >= _start + from);

    private readonly List<DateTimeOffset> _arrivals = [];
    private DateTimeOffset _start;

    public void Run(HubSpotRateLimiter limiter, FakeTimeProvider time, TimeSpan duration, int seed = 7)
    {
        var random = new Random(seed);
        _start = time.GetUtcNow();
        var end = _start + duration;
        var events = new PriorityQueue<Action, DateTimeOffset>();
        var parked = new Queue<int>();
        var acceptedWindow = new Queue<DateTimeOffset>();

        void Ready(int worker)
        {
            if (limiter.TryAcquire(RateBucket.Burst, out var wait))
            {
                var arrival = time.GetUtcNow() + oneWayLatency(random);
                events.Enqueue(() => Arrive(worker, arrival), arrival);
            }
            else if (wait == Timeout.InfiniteTimeSpan)
            {
                parked.Enqueue(worker);
            }
            else
            {
                events.Enqueue(() => Ready(worker), time.GetUtcNow() + wait);
            }
        }

        void Arrive(int worker, DateTimeOffset arrival)
        {
            while (acceptedWindow.Count > 0 && acceptedWindow.Peek() <= arrival - window)
                acceptedWindow.Dequeue();
            if (acceptedWindow.Count >= ceiling)
            {
                Rejected++;
            }
            else
            {
                acceptedWindow.Enqueue(arrival);
                _arrivals.Add(arrival);
                Accepted++;
            }

            var response = arrival + oneWayLatency(random);
            events.Enqueue(() => Complete(worker), response);
        }

        void Complete(int worker)
        {
            limiter.Release(RateBucket.Burst);
            while (parked.Count > 0)
                events.Enqueue(() => Ready(parked.Dequeue()), time.GetUtcNow());
            Ready(worker);
        }

        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            events.Enqueue(() => Ready(worker), _start);
        }

        while (events.TryDequeue(out var action, out var at) && at < end)
        {
            if (at > time.GetUtcNow())
                time.Advance(at - time.GetUtcNow());
            action();
        }
    }
}
