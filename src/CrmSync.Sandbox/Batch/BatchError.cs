namespace CrmSync.Sandbox.Batch;

/// <summary>One StandardError of a 207 answer; <paramref name="Context"/> names the inputs it covers (ids, objectWriteTraceId).</summary>
internal sealed record BatchError(string Category, string Message, string ContextKey, IReadOnlyList<string> ContextValues);
