using System.Globalization;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Objects;

/// <summary>
/// Applies validated writes: appends history, bumps updatedAt and the modified-timestamp property, and keeps deal
/// and task side effects (stage-calculated properties, completion date) in step. Callers hold the store lock.
/// </summary>
internal sealed class RecordWriter(SandboxStore store)
{
    public long Create(ObjectTypeInfo type, IReadOnlyDictionary<string, string?> values, IReadOnlyList<AssociationRequest> associations, WriteSource source)
    {
        var table = store.Table(type);
        var now = store.NowMs;
        var id = table.Create(now);
        var overlay = table.Edit(id);
        var entryTime = SeedTime.Iso(now);
        overlay.Set("hs_object_id", id.ToString(CultureInfo.InvariantCulture), new HistoryEntry(id.ToString(CultureInfo.InvariantCulture), now, source.SourceType, source.SourceId, source.UserId));
        overlay.Set(type.CreatedProperty, entryTime, new HistoryEntry(entryTime, now, source.SourceType, source.SourceId, source.UserId));
        overlay.Set(type.ModifiedProperty, entryTime, new HistoryEntry(entryTime, now, source.SourceType, source.SourceId, source.UserId));

        var initial = new Dictionary<string, string?>(values, StringComparer.Ordinal);
        AddDefaults(type, initial);
        foreach (var (name, value) in initial)
        {
            var normalized = Normalize(type, name, value);
            overlay.Set(name, normalized, new HistoryEntry(normalized, now, source.SourceType, source.SourceId, source.UserId));
        }

        if (type.Kind == ObjectKind.Deals)
        {
            new DealStageEffects(store, table).Enter(id, previousStage: null, initial["dealstage"]!, now, closeDateGiven: initial.ContainsKey("closedate"));
        }

        TaskEffects(table, id, initial, now);
        foreach (var association in associations)
        {
            store.Associations.Add(association.Type, id, association.ToId);
        }

        return id;
    }

    /// <summary>Returns false when every value equals the current one (then nothing, not even the modified date, changes).</summary>
    public bool Update(ObjectTable table, long id, IReadOnlyDictionary<string, string?> values, WriteSource source)
    {
        var now = store.NowMs;
        var type = table.Type;
        var previousStage = type.Kind == ObjectKind.Deals ? table.GetValue(id, "dealstage") : null;
        var changed = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            var normalized = Normalize(type, name, value);
            if (normalized == table.GetValue(id, name) && !store.Options.HistoryOnIdenticalWrite)
            {
                continue;
            }

            table.Edit(id).Set(name, normalized, new HistoryEntry(normalized, now, source.SourceType, source.SourceId, source.UserId));
            changed[name] = normalized;
        }

        if (changed.Count == 0)
        {
            return false;
        }

        if (changed.TryGetValue("dealstage", out var stage) && stage is not null && stage != previousStage)
        {
            new DealStageEffects(store, table).Enter(id, previousStage, stage, now, closeDateGiven: changed.ContainsKey("closedate"));
        }

        TaskEffects(table, id, changed, now);
        Touch(table, id, now, source);
        return true;
    }

    public void Archive(ObjectTable table, long id) => table.Archive(id, store.NowMs);

    /// <summary>Sets updatedAt and the modified-timestamp property (with its own history entry).</summary>
    public void Touch(ObjectTable table, long id, long now, WriteSource source)
    {
        var overlay = table.Edit(id);
        var iso = SeedTime.Iso(now);
        overlay.Set(table.Type.ModifiedProperty, iso, new HistoryEntry(iso, now, source.SourceType, source.SourceId, source.UserId));
        overlay.UpdatedMs = now;
    }

    private string? Normalize(ObjectTypeInfo type, string name, string? value) =>
        store.Properties.Find(type.Kind, name) is { } definition ? PropertyValueValidator.Normalize(definition, value) : value;

    private void AddDefaults(ObjectTypeInfo type, Dictionary<string, string?> values)
    {
        if (type.Kind == ObjectKind.Tasks)
        {
            values.TryAdd("hs_task_status", "NOT_STARTED");
            values.TryAdd("hs_task_type", "TODO");
        }

        if (type.Kind == ObjectKind.Deals)
        {
            values.TryAdd("pipeline", "default");
            var pipeline = store.FindPipeline(values["pipeline"]) ?? store.DealPipelines[0];
            if (string.IsNullOrEmpty(values.GetValueOrDefault("dealstage")))
            {
                values["dealstage"] = pipeline.Stages[0].Id;
            }
        }
    }

    private static void TaskEffects(ObjectTable table, long id, IReadOnlyDictionary<string, string?> changed, long now)
    {
        if (table.Type.Kind != ObjectKind.Tasks || !changed.TryGetValue("hs_task_status", out var status))
        {
            return;
        }

        var completedAt = status == "COMPLETED" ? SeedTime.Iso(now) : null;
        if (completedAt != table.GetValue(id, "hs_task_completion_date"))
        {
            table.Edit(id).Set("hs_task_completion_date", completedAt, new HistoryEntry(completedAt, now, WriteSource.Calculated.SourceType));
        }
    }
}
