namespace CrmSync.Core.Dedupe.Blocking;

/// <summary>A run of records sharing one pass's key: positions <c>Start..Start+Length</c> of that pass's sorted order.</summary>
internal readonly record struct Block(int Pass, int Start, int Length)
{
    public long PairCount => (long)Length * (Length - 1) / 2;
}
