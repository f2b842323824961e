using System.Globalization;
using System.Text.Json;
using CrmSync.Sandbox.Http;

namespace CrmSync.Sandbox.Objects;

/// <summary>
/// POST {type}/merge (hubspot-api.md §11). The survivor keeps the primary's values, filling only its empty properties
/// from the merged record, lists the old ids in <c>hs_merged_object_ids</c> and takes both records' associations.
/// <see cref="MergeIdMode.KeepPrimary"/>: the survivor is the primary, the merged record is archived.
/// <see cref="MergeIdMode.NewRecord"/> (live portals' default): the survivor is a new record with a new id and both
/// inputs are archived. Either way the answer carries the survivor's id and the archived ids resolve to it.
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

        table.TryRecord(primaryText, archived: false, out var primary);
        table.TryRecord(mergedText, archived: false, out var merged);
        if (primary == merged)
        {
            return ErrorResponses.Validation($"Cannot merge {table.Type.Singular} {primaryText} with itself: {mergedText} was already merged into it");
        }

        var survivor = state.Options.MergeIds == MergeIdMode.NewRecord ? MergeIntoNew(table, primary, merged) : MergeInto(table, primary, merged);
        return JsonOut.Response(200, w => RecordJson.Write(w, call.Store, table, survivor, RecordProjection.AllValues));
    }

    private long MergeInto(ObjectTable table, long primary, long merged)
    {
        state.Writer.Update(table, primary, Fill(table, primary, merged), MergeSource);
        var now = state.Store.NowMs;
        var mergedIds = MergedIds(table, [primary, merged], [merged]);
        table.Edit(primary).Set("hs_merged_object_ids", mergedIds, new HistoryEntry(mergedIds, now, MergeSource.SourceType));
        state.Writer.Touch(table, primary, now, MergeSource);
        Retire(table, merged, primary);
        return primary;
    }

    /// <summary>The survivor is a new record: the primary's values, gaps filled from the merged one, the earliest create date.</summary>
    private long MergeIntoNew(ObjectTable table, long primary, long merged)
    {
        var values = Writable(table, primary);
        foreach (var (name, value) in Fill(table, primary, merged))
        {
            values[name] = value;
        }

        values[table.Type.CreatedProperty] = new[] { table.GetValue(primary, table.Type.CreatedProperty), table.GetValue(merged, table.Type.CreatedProperty) }
            .Where(v => !string.IsNullOrEmpty(v)).Order(StringComparer.Ordinal).FirstOrDefault();
        values["hs_merged_object_ids"] = MergedIds(table, [primary, merged], [primary, merged]);
        var survivor = state.Writer.Create(table.Type, values, [], MergeSource);
        Retire(table, primary, survivor);
        Retire(table, merged, survivor);
        return survivor;
    }

    /// <summary>Archives a merged input; its associations move to the survivor and its id resolves to it.</summary>
    private void Retire(ObjectTable table, long id, long survivor)
    {
        state.Store.Associations.Move(table.Type.Kind, id, survivor);
        state.Writer.Archive(table, id);
        table.SetSurvivor(id, survivor);
    }

    /// <summary>The merged record's non-empty writable values where the primary has none.</summary>
    private Dictionary<string, string?> Fill(ObjectTable table, long primary, long merged) =>
        Writable(table, merged)
            .Where(p => !string.IsNullOrEmpty(p.Value) && string.IsNullOrEmpty(table.GetValue(primary, p.Key)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private Dictionary<string, string?> Writable(ObjectTable table, long id) =>
        table.GetAllValues(id)
            .Where(p => !string.IsNullOrEmpty(p.Value) && p.Key != table.Type.CreatedProperty
                && state.Store.Properties.Find(table.Type.Kind, p.Key) is { ReadOnlyValue: false })
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>hs_merged_object_ids: the lists the records already had, then the ids merged now.</summary>
    private static string MergedIds(ObjectTable table, long[] listsOf, long[] retired) =>
        string.Join(';', listsOf.Select(id => table.GetValue(id, "hs_merged_object_ids"))
            .Concat(retired.Select(id => id.ToString(CultureInfo.InvariantCulture)))
            .Where(s => !string.IsNullOrEmpty(s)));

    private static string? Text(JsonElement? body, string name) =>
        body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()
            : null;
}
