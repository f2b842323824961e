namespace CrmSync.Sandbox.Http;

internal enum RouteKind
{
    /// <summary>Reads (GET, batch/read, association reads): may be answered with a truncated body.</summary>
    Read,

    Write,

    /// <summary>Search: its own per-second limit, exempt from the 10 s burst, no rate-limit headers.</summary>
    Search,
}
