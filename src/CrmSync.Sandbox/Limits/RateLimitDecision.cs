using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Limits;

/// <param name="Rejection">The 429 answer when not allowed.</param>
/// <param name="Headers">Rate-limit headers to send with the answer (none for search).</param>
internal sealed record RateLimitDecision(bool Allowed, SandboxResponse? Rejection, IReadOnlyList<KeyValuePair<string, string>> Headers);
