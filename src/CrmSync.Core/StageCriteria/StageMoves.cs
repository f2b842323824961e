using CrmSync.Core.Records;
using CrmSync.Core.Schema;

namespace CrmSync.Core.StageCriteria;

/// <summary>A deal's changes of stage from its stage history, oldest first (a re-save of the same stage is no move).</summary>
internal static class StageMoves
{
    public static List<StageMove> Of(CrmRecord deal)
    {
        var moves = new List<StageMove>();
        if (!deal.History.TryGetValue(CanonicalFields.Stage, out var history))
            return moves;
        string? previous = null;
        foreach (var entry in history.Select((h, i) => (h, i)).OrderBy(e => e.h.Timestamp).ThenBy(e => e.i).Select(e => e.h))
        {
            if (string.IsNullOrWhiteSpace(entry.Value) || entry.Value == previous)
                continue;
            if (previous is not null)
                moves.Add(new StageMove(previous, entry.Value, entry.Timestamp));
            previous = entry.Value;
        }

        return moves;
    }
}
