using System.Globalization;
using CrmSync.Sandbox.Diagnostics;
using CrmSync.Sandbox.Faults;
using CrmSync.Sandbox.Inspection;
using CrmSync.Sandbox.Limits;
using CrmSync.Sandbox.Objects;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox;

/// <summary>
/// The sandbox CRM's data plus its request machinery, and the inspection surface tests and the demo use: read
/// records and history, act as a CRM user, look at tasks, planted duplicates and the request log. Thread-safe.
/// </summary>
public sealed partial class SandboxState
{
    private List<PlantedDuplicate>? plantedDuplicates;

    private SandboxState(SandboxOptions options)
    {
        Store = SandboxStore.Create(options);
        Options = options;
        Log = new RequestLog(options.RequestLogCapacity);
        Gate = new RateLimitGate(options);
        Faults = new FaultInjector(options);
        Writer = new RecordWriter(Store);
        Validator = new PropertyValueValidator(Store);
    }

    public SandboxOptions Options { get; }

    public SandboxStats Stats { get; } = new();

    /// <summary>The TimeProvider's "now" when the data was generated; seeded timestamps are relative to it.</summary>
    public DateTimeOffset SeededAt => Store.SeededAt;

    /// <summary>Ids of the active owners (one more, archived owner exists and owns about 1 % of records).</summary>
    public IReadOnlyList<string> OwnerIds => Store.Owners.Where(o => !o.Archived).Select(o => o.Id).ToList();

    internal SandboxStore Store { get; }

    internal RequestLog Log { get; }

    internal RateLimitGate Gate { get; }

    internal FaultInjector Faults { get; }

    internal RecordWriter Writer { get; }

    internal PropertyValueValidator Validator { get; }

    /// <summary>Validates the options (throwing OptionsValidationException) and generates the data from the seed.</summary>
    public static SandboxState Create(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SandboxState(options);
    }

    /// <summary>Planted near-duplicate pairs of contacts and companies, in id order.</summary>
    public IReadOnlyList<PlantedDuplicate> PlantedDuplicates
    {
        get
        {
            lock (Store.Sync)
            {
                return plantedDuplicates ??= DuplicateCatalog.List(Store);
            }
        }
    }

    /// <summary>The deals planted by <see cref="SandboxOptions.StageCriteriaCases"/>, with the rule each breaks.</summary>
    public IReadOnlyList<PlantedStageCase> PlantedStageCases => Store.PlantedStageCases;

    /// <summary>The contacts planted by <see cref="SandboxOptions.StageCriteriaCases"/>, with the lifecycle rule each breaks.</summary>
    public IReadOnlyList<PlantedLifecycleCase> PlantedLifecycleCases => Store.PlantedLifecycleCases;

    /// <summary>The customer companies planted by <see cref="SandboxOptions.RenewalCases"/>, with the alerts each must raise.</summary>
    public IReadOnlyList<PlantedRenewalCase> PlantedRenewalCases => Store.PlantedRenewalCases;

    /// <summary>Active (non-archived) records of a type.</summary>
    public int Count(string objectType)
    {
        lock (Store.Sync)
        {
            var table = Store.Table(ObjectTypes.Resolve(objectType));
            return (int)(table.LastId - table.Type.IdBase) - table.ArchivedCount;
        }
    }

    /// <summary>The record (archived ones included), or null when the id was never issued.</summary>
    public SandboxRecordSnapshot? GetRecord(string objectType, string id)
    {
        lock (Store.Sync)
        {
            var table = Store.Table(ObjectTypes.Resolve(objectType));
            if (!table.TryParseId(id, out var key))
            {
                return null;
            }

            return new SandboxRecordSnapshot(
                table.Type.Name,
                id,
                table.GetAllValues(key),
                SeedTime.At(table.CreatedMs(key)),
                SeedTime.At(table.UpdatedMs(key)),
                table.Exists(key, archivedOnly: true),
                table.ArchivedMs(key) is { } archivedAt ? SeedTime.At(archivedAt) : null);
        }
    }

    public string? GetPropertyValue(string objectType, string id, string property) =>
        (GetRecord(objectType, id) ?? throw UnknownRecord(objectType, id)).Properties.GetValueOrDefault(property);

    /// <summary>The property's history, newest first.</summary>
    public IReadOnlyList<SandboxHistoryEntry> GetHistory(string objectType, string id, string property)
    {
        lock (Store.Sync)
        {
            var table = Store.Table(ObjectTypes.Resolve(objectType));
            var key = ParseId(table, id);
            return table.GetHistory(key, property)
                .Select(e => new SandboxHistoryEntry(e.Value, SeedTime.At(e.TimestampMs), e.SourceType, e.SourceId, e.UpdatedByUserId))
                .ToList();
        }
    }

    public IReadOnlyList<SandboxAssociation> GetAssociations(string objectType, string id, string toObjectType)
    {
        lock (Store.Sync)
        {
            var from = ObjectTypes.Resolve(objectType);
            var to = ObjectTypes.Resolve(toObjectType);
            var key = ParseId(Store.Table(from), id);
            return Store.Associations.Get(from.Kind, key, to.Kind)
                .Select(l => new SandboxAssociation(to.Name, l.ToId.ToString(CultureInfo.InvariantCulture), [.. l.TypeIds]))
                .ToList();
        }
    }

    /// <summary>
    /// Edits a record the way a CRM user would (sourceType CRM_UI): validated like an API write, appends history and
    /// bumps the modified timestamp. Throws ArgumentException listing invalid properties.
    /// </summary>
    public void UpdateAsUser(string objectType, string id, IReadOnlyDictionary<string, string?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        lock (Store.Sync)
        {
            var table = Store.Table(ObjectTypes.Resolve(objectType));
            var key = ParseId(table, id);
            var errors = Validator.Validate(table.Type, properties, key);
            if (errors.Count > 0)
            {
                throw new ArgumentException(
                    $"Cannot update {table.Type.Name} {id}: " + string.Join("; ", errors.Select(e => $"{e.Name}: {e.Message} ({e.Code})")),
                    nameof(properties));
            }

            Writer.Update(table, key, properties, WriteSource.User(Store.Owners[0].UserId));
        }
    }

    private static long ParseId(ObjectTable table, string id) =>
        table.TryParseId(id, out var key) ? key : throw UnknownRecord(table.Type.Name, id);

    private static KeyNotFoundException UnknownRecord(string objectType, string id) =>
        new($"The sandbox has no {objectType} record with id '{id}'.");
}
