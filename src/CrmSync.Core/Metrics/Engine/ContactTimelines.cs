using CrmSync.Core.Metrics.Input;

namespace CrmSync.Core.Metrics.Engine;

/// <summary>
/// Each contact's lifecycle replayed up to the as-of time: the first entry into each stage ([contact × 8 + stage];
/// a jump forward gives the skipped ordered stages implied entries at the same instant), and the first sales touch at
/// or after the signal (<see cref="MetricsOptions.SignalStage"/>) when the input holds activities.
/// </summary>
internal sealed class ContactTimelines
{
    public const int Width = 8;

    public ContactTimelines(ContactColumns contacts, long asOf, int signalStage)
    {
        var n = contacts.Count;
        First = new long[n * Width];
        Array.Fill(First, Timestamps.None);
        var order = EntryOrder.Build(n, contacts.LifecycleContact, contacts.LifecycleAt);
        for (var c = 0; c < n; c++)
        {
            for (var i = order.Start[c]; i < order.Start[c + 1]; i++)
            {
                var row = order.Rows[i];
                var at = contacts.LifecycleAt[row];
                if (at <= asOf)
                    Enter(c, contacts.LifecycleStage[row], at);
            }
        }

        if (contacts.ActivityContact is { } activityContact && contacts.ActivityAt is { } activityAt)
            FirstTouch = FirstTouches(n, activityContact, activityAt, asOf, signalStage);
    }

    public long[] First { get; }

    /// <summary>The first touch at or after the signal (<see cref="Timestamps.None"/>: none yet); null without activities.</summary>
    public long[]? FirstTouch { get; }

    /// <summary>First entries into <paramref name="stage"/> of every contact, as one column.</summary>
    public long[] StageColumn(int stage)
    {
        var column = new long[First.Length / Width];
        for (var c = 0; c < column.Length; c++)
            column[c] = First[(c * Width) + stage];
        return column;
    }

    private void Enter(int contact, int stage, long at)
    {
        var row = contact * Width;
        if (First[row + stage] == Timestamps.None)
            First[row + stage] = at;
        if (stage >= LifecycleStages.OrderedCount)
            return;
        for (var q = 0; q < stage; q++)
        {
            if (First[row + q] == Timestamps.None)
                First[row + q] = at;
        }
    }

    private long[] FirstTouches(int n, int[] activityContact, long[] activityAt, long asOf, int signalStage)
    {
        var touch = new long[n];
        Array.Fill(touch, Timestamps.None);
        for (var i = 0; i < activityContact.Length; i++)
        {
            var c = activityContact[i];
            var signal = First[(c * Width) + signalStage];
            var at = activityAt[i];
            if (signal != Timestamps.None && at >= signal && at <= asOf && (touch[c] == Timestamps.None || at < touch[c]))
                touch[c] = at;
        }

        return touch;
    }
}
