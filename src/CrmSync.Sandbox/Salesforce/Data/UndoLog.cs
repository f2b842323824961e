namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>
/// Records how to reverse each change made while it is active, so allOrNone collections and composite requests can
/// roll back everything they wrote. Callers hold the store lock.
/// </summary>
internal sealed class UndoLog
{
    private readonly List<Action> undo = [];

    public void Add(Action reverse) => undo.Add(reverse);

    /// <summary>Hands the reversals of a finished inner operation to the enclosing one.</summary>
    public void MoveTo(UndoLog outer)
    {
        outer.undo.AddRange(undo);
        undo.Clear();
    }

    public void Rollback()
    {
        for (var i = undo.Count - 1; i >= 0; i--)
        {
            undo[i]();
        }

        undo.Clear();
    }
}
