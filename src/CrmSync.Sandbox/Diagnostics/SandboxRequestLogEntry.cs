namespace CrmSync.Sandbox;

/// <param name="Path">Path and query string as received.</param>
/// <param name="RouteKey">"POST /crm/v3/objects/{type}" style key, as in <see cref="SandboxStats.RequestsByRoute"/>.</param>
/// <param name="Body">Request body of writes (POST/PATCH/PUT/DELETE), cut at 64 KB; null for GET.</param>
public sealed record SandboxRequestLogEntry(
    long Sequence,
    DateTimeOffset At,
    string Method,
    string Path,
    string RouteKey,
    int Status,
    string? Body);
