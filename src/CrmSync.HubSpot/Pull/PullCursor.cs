using System.Text.Json;
using CrmSync.HubSpot.Api;

namespace CrmSync.HubSpot.Pull;

/// <summary>
/// The opaque checkpoint stored after each page, as JSON. Two kinds:
/// <c>{"v":1,"type":"deals","kind":"list","phase":"live|archived","after":"…","startedAt":"…"}</c> while a full pull
/// runs, and <c>{"v":1,"type":"deals","kind":"search","since":"…","until":"…","lastId":"…"}</c> for incremental windows.
/// A finished window has <c>since == until</c> and no lastId; the next window starts there (minus the lookback).
/// <c>associationsRefreshedAt</c> rides along: when every record's associations were last read (a full pull or an
/// association refresh), and a refresh in progress is a finished window with <c>"phase":"associations"</c>, its list
/// <c>after</c> and <c>startedAt</c>.
/// </summary>
internal sealed record PullCursor
{
    public const string ListKind = "list";
    public const string SearchKind = "search";
    public const string LivePhase = "live";
    public const string ArchivedPhase = "archived";
    public const string AssociationsPhase = "associations";

    public int V { get; init; } = 1;
    public required string Type { get; init; }
    public required string Kind { get; init; }
    public string? Phase { get; init; }
    public string? After { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? LastId { get; init; }

    public DateTimeOffset? AssociationsRefreshedAt { get; init; }

    public bool IsListInProgress => Kind == ListKind;

    public bool IsWindowInProgress => Kind == SearchKind && Since < Until;

    public bool IsRefreshInProgress => Kind == SearchKind && Phase == AssociationsPhase;

    public static PullCursor StartList(string objectType, DateTimeOffset startedAt) =>
        new() { Type = objectType, Kind = ListKind, Phase = LivePhase, StartedAt = startedAt };

    /// <summary>After a full pull that began at <paramref name="startedAt"/>: every association was read then too.</summary>
    public static PullCursor CompletedList(string objectType, DateTimeOffset startedAt) =>
        new() { Type = objectType, Kind = SearchKind, Since = startedAt, Until = startedAt, AssociationsRefreshedAt = startedAt };

    /// <summary>This window, finished: the next one starts at its end.</summary>
    public PullCursor Completed() => this with { Since = Until, LastId = null };

    public PullCursor StartRefresh(DateTimeOffset startedAt) => this with { Phase = AssociationsPhase, After = null, StartedAt = startedAt };

    public PullCursor CompletedRefresh() => this with { Phase = null, After = null, StartedAt = null, AssociationsRefreshedAt = StartedAt };

    public string Serialize() => JsonSerializer.Serialize(this, HubSpotJson.Options);

    /// <summary>Null for a first pull; throws a clear <see cref="ArgumentException"/> for a cursor this connector did not write.</summary>
    public static PullCursor? Parse(string? text, string objectType)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        PullCursor? cursor;
        try
        {
            cursor = JsonSerializer.Deserialize<PullCursor>(text, HubSpotJson.Options);
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
            { Kind: ListKind, Phase: not (LivePhase or ArchivedPhase) } or { Kind: ListKind, StartedAt: null } => "its list state is incomplete",
            { Kind: SearchKind, Since: null } or { Kind: SearchKind, Until: null } => "its window is incomplete",
            { Kind: SearchKind, Phase: not (null or AssociationsPhase) } => $"its phase '{cursor.Phase}' is unknown",
            { Kind: SearchKind, Phase: AssociationsPhase, StartedAt: null } => "its association refresh is incomplete",
            { Kind: not (ListKind or SearchKind) } => $"its kind '{cursor.Kind}' is unknown",
            _ => null,
        };
        return problem is null ? cursor : throw Invalid(text, objectType, problem, null);
    }

    private static ArgumentException Invalid(string text, string objectType, string problem, Exception? inner) =>
        new($"The pull cursor for '{objectType}' is not a HubSpot connector cursor ({problem}): {(text.Length > 200 ? text[..200] + "…" : text)}",
            "request", inner);
}
