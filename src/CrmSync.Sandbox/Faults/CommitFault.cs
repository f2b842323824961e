namespace CrmSync.Sandbox.Faults;

/// <summary>
/// What goes wrong after a write was applied (the CRM changed; the client does not learn it): the cases that make a
/// blind retry of a create produce a duplicate.
/// </summary>
public enum CommitFault
{
    /// <summary>A 500 INTERNAL_ERROR answer.</summary>
    ServerError,

    /// <summary>The real status (201 for a create) with the JSON body cut in half.</summary>
    MalformedBody,

    /// <summary>The connection is closed without any answer.</summary>
    DropConnection,

    /// <summary>The answer is held back for the given delay (beyond the client's attempt timeout).</summary>
    SlowAnswer,
}
