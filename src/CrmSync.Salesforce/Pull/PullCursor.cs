using System.Text.Json;
using CrmSync.Salesforce.Api;

namespace CrmSync.Salesforce.Pull;

/// <summary>
/// The opaque checkpoint stored after each page, as JSON. A full pull (queryAll ordered by Id) keeps
/// <c>{"v":1,"type":"deals","kind":"full","startedAt":"…","lastId":"006…"}</c> and resumes above <c>lastId</c>; an
/// incremental pull keeps <c>{"v":1,"type":"deals","kind":"incremental","since":"…","lastStamp":"…","maxStamp":"…"}</c>:
/// its window starts at <c>since</c> minus the lookback, an interrupted one resumes at <c>lastStamp</c> (the second of
/// the last page's newest SystemModstamp), and a finished one has only <c>since</c> = the newest SystemModstamp seen.
/// </summary>
internal sealed record PullCursor
{
    public const string FullKind = "full";
    public const string IncrementalKind = "incremental";

    public int V { get; init; } = 1;
    public required string Type { get; init; }
    public required string Kind { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public string? LastId { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? LastStamp { get; init; }
    public DateTimeOffset? MaxStamp { get; init; }

    public bool IsFull => Kind == FullKind;

    public bool IsResuming => Kind == IncrementalKind && LastStamp is not null;

    public static PullCursor StartFull(string objectType, DateTimeOffset startedAt) => new() { Type = objectType, Kind = FullKind, StartedAt = startedAt };

    /// <summary>A finished window: the next one starts at <paramref name="since"/> (minus the lookback).</summary>
    public static PullCursor Window(string objectType, DateTimeOffset since) => new() { Type = objectType, Kind = IncrementalKind, Since = since };

    /// <summary>This window, finished: the next one starts at the newest SystemModstamp seen (or where this one started).</summary>
    public PullCursor Completed() => Window(Type, MaxStamp is { } max && max > Since ? max : Since!.Value);

    public string Serialize() => JsonSerializer.Serialize(this, SalesforceJson.Options);

    /// <summary>Null for a first pull; throws a clear <see cref="ArgumentException"/> for a cursor this connector did not write.</summary>
    public static PullCursor? Parse(string? text, string objectType)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        PullCursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<PullCursor>(text, SalesforceJson.Options);
        }
        catch (JsonException e)
        {
            throw Invalid(text, objectType, $"it cannot be read: {e.Message}", e);
        }

        var problem = cursor switch
        {
            null => "it is empty",
            { V: not 1 } => $"its version {cursor.V} is unknown",
            _ when cursor.Type != objectType => $"it belongs to object type '{cursor.Type}'",
            { Kind: FullKind, StartedAt: null } => "its full pull state is incomplete",
            { Kind: IncrementalKind, Since: null } => "its window is incomplete",
            { Kind: not (FullKind or IncrementalKind) } => $"its kind '{cursor.Kind}' is unknown",
            _ => null,
        };
        return problem is null ? cursor : throw Invalid(text, objectType, problem, null);
    }

    private static ArgumentException Invalid(string text, string objectType, string problem, Exception? inner) =>
        new($"The pull cursor for '{objectType}' is not a Salesforce connector cursor ({problem}): {(text.Length > 200 ? text[..200] + "…" : text)}",
            "request", inner);
}
