using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Objects;

/// <summary>
/// POST {type}/merge: the primary survives and keeps its values, filling only its empty properties from the merged
/// record; the merged record is archived and its associations move to the primary (hubspot-api.md §11).
/// </summary>
internal sealed class MergeEndpoint(SandboxState state)
{
    private static readonly WriteSource MergeSource = new("MERGE");

    public SandboxResponse Merge(SandboxCall call)
    {
        if (!call.TryTable("type", out var table, out var error))
        {
            return error;
        }

        if (!table.Type.Mergeable)
        {
            return ErrorResponses.Validation($"Merging is not supported for {table.Type.Name}");
        }

        var primaryText = Text(call.Body, "primaryObjectId");
        var mergedText = Text(call.Body, "objectIdToMerge");
        if (primaryText is null || mergedText is null)
        {
            return ErrorResponses.Validation("Both primaryObjectId and objectIdToMerge are required");
        }

        if (primaryText == mergedText)
        {
            return ErrorResponses.Validation($"Cannot merge {table.Type.Singular} {primaryText} with itself");
        }

        foreach (var id in new[] { primaryText, mergedText })
        {
            if (!table.TryRecord(id, archived: false, out _))
            {
                return ErrorResponses.NotFound(CallExtensions.NotFoundMessage(table.Type, id));
            }
        }

        table.TryParseId(primaryText, out var primary);
        table.TryParseId(mergedText, out var merged);
        MergeInto(table, primary, merged);
        return JsonOut.Response(200, w => RecordJson.Write(w, call.Store, table, primary, RecordProjection.AllValues));
    }

    private void MergeInto(ObjectTable table, long primary, long merged)
    {
        var store = state.Store;
        var fill = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in table.GetAllValues(merged))
        {
            var definition = store.Properties.Find(table.Type.Kind, name);
            if (!string.IsNullOrEmpty(value) && definition is { ReadOnlyValue: false } && name != table.Type.CreatedProperty
                && string.IsNullOrEmpty(table.GetValue(primary, name)))
            {
                fill[name] = value;
            }
        }

        state.Writer.Update(table, primary, fill, MergeSource);
        var mergedIds = string.Join(';', new[] { table.GetValue(primary, "hs_merged_object_ids"), table.GetValue(merged, "hs_merged_object_ids"), merged.ToString(CultureInfo.InvariantCulture) }
            .Where(s => !string.IsNullOrEmpty(s)));
        var now = store.NowMs;
        table.Edit(primary).Set("hs_merged_object_ids", mergedIds, new HistoryEntry(mergedIds, now, MergeSource.SourceType));
        state.Writer.Touch(table, primary, now, MergeSource);
        store.Associations.Move(table.Type.Kind, merged, primary);
        state.Writer.Archive(table, merged);
    }

    private static string? Text(JsonElement? body, string name) =>
        body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()
            : null;
}
