namespace CrmSync.HubSpot.RateLimiting;

/// <summary>
/// One connector's client-side pacing: a sliding log for the rolling burst budget (scaled by the utilisation),
/// a separate one for search, pauses after a 429, and adaptation to HubSpot's X-HubSpot-RateLimit-* headers when
/// they are present (a lower Max than configured, other apps using part of the window, another interval). Search's
/// budget is per account and shared with every other app, with no header to show their use: each search 429 halves
/// the search rate, and each quiet stretch of ten search windows gives one request per window back.
/// </summary>
internal sealed class HubSpotRateLimiter
{
    /// <summary>Search windows without a 429 after which the search rate grows by one request per window.</summary>
    public const int SearchRecoveryWindows = 10;

    private const int MinIntervalMilliseconds = 100;
    private const int MaxIntervalMilliseconds = 60_000;
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly RateLimiterSettings _settings;
    private readonly SlidingWindowLog _burst;
    private readonly SlidingWindowLog _search;
    private readonly long _searchRecoveryTicks;
    private long _burstWindowTicks;
    private int _burstLimit;
    private int _searchLimit;
    private long _searchRecoverAt;
    private int _externalUse;
    private long _externalUseUntil;
    private long _burstPausedUntil;
    private long _searchPausedUntil;
    private TaskCompletionSource _released = NewSignal();

    public HubSpotRateLimiter(TimeProvider time, RateLimiterSettings settings)
    {
        _time = time;
        _settings = settings;
        _burstWindowTicks = ToTicks(settings.BurstWindow);
        _burst = new SlidingWindowLog(_burstWindowTicks);
        _search = new SlidingWindowLog(ToTicks(settings.SearchWindow));
        _searchRecoveryTicks = ToTicks(settings.SearchWindow * SearchRecoveryWindows);
        _burstLimit = settings.BurstLimit;
        _searchLimit = settings.SearchLimit;
    }


    /// <summary>What the limiter was built from (the connector's RateLimit options and HubSpot's windows).</summary>
    public RateLimiterSettings Settings => _settings;

    /// <summary>Burst permits currently allowed (after header adaptation).</summary>
    public int CurrentBurstLimit
    {
        get { lock (_gate) return BurstLimitAt(_time.GetTimestamp()); }
    }

    /// <summary>Search permits currently allowed per search window (after 429s halved it).</summary>
    public int CurrentSearchLimit
    {
        get { lock (_gate) return _searchLimit; }
    }

    /// <summary>The burst window in use: HubSpot's (or X-HubSpot-RateLimit-Interval-Milliseconds) plus the pad.</summary>
    public TimeSpan CurrentBurstWindow
    {
        get { lock (_gate) return ToTimeSpan(_burstWindowTicks); }
    }

    public async ValueTask<RateLimitLease> AcquireAsync(RateBucket bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            lock (_gate) released = _released.Task;
            if (TryAcquire(bucket, out var wait))
                return new RateLimitLease(this, bucket);

            if (wait != Timeout.InfiniteTimeSpan && wait < MinimumWait)
                wait = MinimumWait;
            try
            {
                await (wait == Timeout.InfiniteTimeSpan
                    ? released.WaitAsync(cancellationToken)
                    : released.WaitAsync(wait, _time, cancellationToken)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The computed wait elapsed: try again.
            }
        }
    }

    /// <param name="wait">When refused: how long until a permit may free, or infinite when only a completion can free one.</param>
    public bool TryAcquire(RateBucket bucket, out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var pausedUntil = bucket == RateBucket.Burst ? _burstPausedUntil : _searchPausedUntil;
            if (now < pausedUntil)
            {
                wait = ToTimeSpan(pausedUntil - now);
                return false;
            }

            var log = bucket == RateBucket.Burst ? _burst : _search;
            var limit = bucket == RateBucket.Burst ? BurstLimitAt(now) : _searchLimit;
            if (log.Active(now) < limit)
            {
                log.Grant();
                wait = TimeSpan.Zero;
                return true;
            }

            var earliest = log.EarliestExpiry(now);
            wait = earliest is { } expiry ? ToTimeSpan(expiry - now) : Timeout.InfiniteTimeSpan;
            return false;
        }
    }

    public void Release(RateBucket bucket)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            (bucket == RateBucket.Burst ? _burst : _search).Complete(_time.GetTimestamp());
            released = _released;
            _released = NewSignal();
        }

        released.TrySetResult();
    }

    /// <summary>Feeds X-HubSpot-RateLimit-Max / -Remaining / -Interval-Milliseconds from a non-search response.</summary>
    public void ObserveBurstHeaders(int? max, int? remaining, int? intervalMilliseconds = null)
    {
        lock (_gate)
        {
            // The interval Max applies to: 10 s today; a portal answering another one is paced on that one.
            if (intervalMilliseconds is >= MinIntervalMilliseconds and <= MaxIntervalMilliseconds)
            {
                _burstWindowTicks = ToTicks(TimeSpan.FromMilliseconds(intervalMilliseconds.Value) + _settings.WindowPad);
                _burst.WindowTicks = _burstWindowTicks;
            }

            if (max is not > 0)
                return;
            var now = _time.GetTimestamp();
            _burstLimit = _settings.UsableShare(Math.Min(_settings.BurstBudget, max.Value));
            if (remaining is not { } left)
                return;

            // What the server counts beyond what this connector holds is other apps' share of the window.
            var external = max.Value - Math.Max(0, left) - _burst.Active(now);
            _externalUse = Math.Max(0, external);
            _externalUseUntil = now + _burstWindowTicks;
        }
    }

    /// <summary>A search 429: other apps are using the account's search budget, so this connector takes half as much.</summary>
    public void SearchRejected()
    {
        lock (_gate)
        {
            _searchLimit = Math.Max(1, _searchLimit / 2);
            _searchRecoverAt = _time.GetTimestamp() + _searchRecoveryTicks;
        }
    }

    /// <summary>A search answered: after a quiet stretch, one more search per window, up to the configured rate.</summary>
    public void SearchAccepted()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_searchLimit >= _settings.SearchLimit || now < _searchRecoverAt)
                return;
            _searchLimit++;
            _searchRecoverAt = now + _searchRecoveryTicks;
        }
    }

    /// <summary>After a 429: no new permit in that bucket until the pause is over.</summary>
    public void Pause(RateBucket bucket, TimeSpan duration)
    {
        lock (_gate)
        {
            var until = _time.GetTimestamp() + ToTicks(duration);
            if (bucket == RateBucket.Burst)
                _burstPausedUntil = Math.Max(_burstPausedUntil, until);
            else
                _searchPausedUntil = Math.Max(_searchPausedUntil, until);
        }
    }

    private int BurstLimitAt(long now) =>
        Math.Max(1, _burstLimit - (now < _externalUseUntil ? _externalUse : 0));

    private long ToTicks(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds * _time.TimestampFrequency);

    private TimeSpan ToTimeSpan(long ticks) => TimeSpan.FromSeconds((double)ticks / _time.TimestampFrequency);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
