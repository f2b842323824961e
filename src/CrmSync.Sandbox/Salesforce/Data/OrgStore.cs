using CrmSync.Sandbox.Salesforce.Schema;
using CrmSync.Sandbox.Salesforce.Seeding;
using CrmSync.Sandbox.Seeding;

namespace CrmSync.Sandbox.Salesforce.Data;

/// <summary>
/// Everything the fake org holds. One lock guards it all (handlers are short), which also makes allOrNone rollbacks
/// and composite requests trivially atomic.
/// </summary>
internal sealed class OrgStore
{
    private readonly Dictionary<string, RecordTable> tables = new(StringComparer.OrdinalIgnoreCase);

    public OrgStore(SalesforceOrgOptions options)
    {
        SalesforceOrgOptionsValidator.ThrowIfInvalid(options);
        Options = options;
        Clock = options.StageCriteriaCases ? new PlantingClock(options.TimeProvider) : options.TimeProvider;
        SeededAt = DateTimeOffset.FromUnixTimeMilliseconds(Clock.GetUtcNow().ToUnixTimeMilliseconds());
        IReadOnlyList<SalesforceCustomField> customFields = options.MetricsScenario ? [.. options.CustomFields, .. SalesforceScenarioPlanter.CustomFields] : options.CustomFields;
        Schemas = new SchemaCatalog(options.RenewalCases ? [.. customFields, SalesforceOrgState.ContractEndCustomField] : customFields);
        Seed = new OrgSeed(options, SeededAt);
        OrgId = SalesforceId.Make("00D", 1);
        IntegrationUserId = Seed.Users.IntegrationUserId;
        DeletionLogStartMs = SeededAt.ToUnixTimeMilliseconds() - (15 * 86_400_000L);
        foreach (var schema in Schemas.All)
        {
            // The metrics scenario is the whole org's data: nothing generated beside it (users and stages stay).
            var table = new RecordTable(schema, options.MetricsScenario ? null : Seed.SourceFor(schema.Name), this);
            tables[schema.Name] = table;
            foreach (var row in Seed.StoredRows(schema.Name, SeededAt.UtcDateTime, IntegrationUserId))
            {
                table.Insert(row);
            }
        }

        (PlantedStageCases, PlantedLifecycleCases) = Clock is PlantingClock planting ? StageCriteriaOrgCases.Plant(this, planting) : ([], []);
        if (options.MetricsScenario)
            SalesforceScenarioPlanter.Plant(this);
    }

    /// <summary>The opportunities planted with <see cref="SalesforceOrgOptions.StageCriteriaCases"/> (else none).</summary>
    public IReadOnlyList<PlantedStageCase> PlantedStageCases { get; }

    /// <summary>The leads planted with <see cref="SalesforceOrgOptions.StageCriteriaCases"/> (else none).</summary>
    public IReadOnlyList<PlantedLifecycleCase> PlantedLifecycleCases { get; }

    public Lock Sync { get; } = new();

    public SalesforceOrgOptions Options { get; }

    public TimeProvider Clock { get; }

    public DateTimeOffset SeededAt { get; }

    public SchemaCatalog Schemas { get; }

    public OrgSeed Seed { get; }

    public string OrgId { get; }

    public string IntegrationUserId { get; }

    /// <summary>getDeleted's earliestDateAvailable: deletions before it were purged from the log.</summary>
    public long DeletionLogStartMs { get; set; }

    /// <summary>Set while an allOrNone operation runs; every change registers its reversal here.</summary>
    public UndoLog? Undo { get; set; }

    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public DateTime Now => SalesforceTime.At(NowMs);

    public RecordTable? Table(string objectName) => tables.GetValueOrDefault(objectName);

    /// <summary>The table an id belongs to (by key prefix), or null.</summary>
    public RecordTable? TableOfId(string id) => Schemas.FindByPrefix(id) is { } schema ? tables[schema.Name] : null;

    /// <summary>Runs <paramref name="action"/>; if it returns false, every change it made is undone.</summary>
    public bool Atomically(Func<bool> action)
    {
        var outer = Undo;
        var log = new UndoLog();
        Undo = log;
        try
        {
            var ok = action();
            if (!ok)
            {
                log.Rollback();
            }
            else if (outer is not null)
            {
                log.MoveTo(outer);
            }

            return ok;
        }
        catch
        {
            log.Rollback();
            throw;
        }
        finally
        {
            Undo = outer;
        }
    }
}
