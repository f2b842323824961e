namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>
/// A run of records sharing one pass's key: positions <c>Start..Start+Length</c> of that pass's sorted order.
/// With a <see cref="Window"/>, a stretch of a sorted-neighbourhood pass instead: each position from Start on is
/// paired with the next <c>Window − 1</c> positions of the pass's order.
/// </summary>
internal readonly record struct Block(int Pass, int Start, int Length, int Window = 0)
{
    public long PairCount => Window > 0 ? (long)Length * (Window - 1) : (long)Length * (Length - 1) / 2;
}
