using System.Text.Json;
using CrmSync.Sandbox.Diagnostics;
using CrmSync.Sandbox.Salesforce.Auth;
using CrmSync.Sandbox.Salesforce.Data;
using CrmSync.Sandbox.Salesforce.Faults;
using CrmSync.Sandbox.Salesforce.Http;
using CrmSync.Sandbox.Salesforce.Inspection;
using CrmSync.Sandbox.Salesforce.Limits;
using CrmSync.Sandbox.Salesforce.Paging;
using CrmSync.Sandbox.Salesforce.Query;
using CrmSync.Sandbox.Salesforce.Writes;

namespace CrmSync.Sandbox.Salesforce;

/// <summary>
/// The fake org's data and request machinery, and the inspection surface tests use: records, planted duplicates,
/// the request log, API usage, and the knobs that inject faults or act as an admin or a user. Thread-safe.
/// </summary>
public sealed partial class SalesforceOrgState
{
    private List<SalesforcePlantedDuplicate>? planted;

    private SalesforceOrgState(SalesforceOrgOptions options)
    {
        Store = new OrgStore(options);
        Options = options;
        Tokens = new TokenStore(Store.OrgId, options);
        Usage = new ApiUsageCounter(options.DailyApiLimit);
        Gate = new LongRequestGate(options);
        Faults = new TransportFaults(options);
        Cursors = new CursorStore(options);
        Writer = new RecordWriter(Store, WriteFaults);
        Log = new RequestLog(options.RequestLogCapacity);
        if (options.RenewalCases)
            PlantRenewalCases();
    }

    public SalesforceOrgOptions Options { get; }

    /// <summary>Counts of every request (token calls, 401s and 403s included) per route key.</summary>
    public SandboxStats Stats { get; } = new();

    /// <summary>The TimeProvider's "now" when the data was generated; seeded timestamps are relative to it.</summary>
    public DateTimeOffset SeededAt => Store.SeededAt;

    public string OrgId => Store.OrgId;

    /// <summary>The user tokens run as (CreatedById/LastModifiedById of API writes, default OwnerId of created records).</summary>
    public string IntegrationUserId => Store.IntegrationUserId;

    /// <summary>API calls counted in the rolling 24 hours (what Sforce-Limit-Info and /limits report).</summary>
    public long ApiUsage => Usage.Used(Store.NowMs);

    internal OrgStore Store { get; }

    internal TokenStore Tokens { get; }

    internal ApiUsageCounter Usage { get; }

    internal LongRequestGate Gate { get; }

    internal TransportFaults Faults { get; }

    internal WriteFaults WriteFaults { get; } = new();

    internal CursorStore Cursors { get; }

    internal RecordWriter Writer { get; }

    internal RequestLog Log { get; }

    internal SalesforceRouter Router { get; } = new(SalesforceRoutes.All);

    /// <summary>Validates the options (OptionsValidationException) and generates the org from the seed.</summary>
    public static SalesforceOrgState Create(SalesforceOrgOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SalesforceOrgState(options);
    }

    /// <summary>The planted near-duplicate pairs (leads, lead/contact, contacts, accounts).</summary>
    public IReadOnlyList<SalesforcePlantedDuplicate> PlantedDuplicates
    {
        get
        {
            lock (Store.Sync)
            {
                return planted ??= PlantedDuplicateCatalog.List(Store.Seed);
            }
        }
    }

    /// <summary>The opportunities planted by <see cref="SalesforceOrgOptions.StageCriteriaCases"/>, with the rule each breaks.</summary>
    public IReadOnlyList<PlantedStageCase> PlantedStageCases => Store.PlantedStageCases;

    /// <summary>The leads planted by <see cref="SalesforceOrgOptions.StageCriteriaCases"/>, with the rule each breaks.</summary>
    public IReadOnlyList<PlantedLifecycleCase> PlantedLifecycleCases => Store.PlantedLifecycleCases;

    /// <summary>Runs SOQL as the API would (no API call counted) and returns the rows' top-level values by field name.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Query(string soql, bool includeDeleted = false)
    {
        lock (Store.Sync)
        {
            QueryResult result;
            try
            {
                result = QueryEngine.Run(Store, soql, includeDeleted);
            }
            catch (SoqlException error)
            {
                throw new ArgumentException($"{error.ErrorCode}: {error.Describe(soql)}", nameof(soql));
            }

            return result.Numbers.Select(n => (IReadOnlyDictionary<string, object?>)result.Select.Where(s => s.Field is not null)
                .ToDictionary(s => s.Name, s => result.Table.Get(n, s.Name), StringComparer.Ordinal)).ToList();
        }
    }

    /// <summary>Every field of a record (deleted ones included) by its 15/18-character id, or null when there is none.</summary>
    public IReadOnlyDictionary<string, object?>? GetRecord(string id)
    {
        lock (Store.Sync)
        {
            if (!SalesforceId.TryNormalize(id, out var canonical) || Store.TableOfId(canonical) is not { } table || !table.TryParse(canonical, out var number))
            {
                return null;
            }

            return table.Schema.Fields.ToDictionary(f => f.Name, f => table.Get(number, f.Name), StringComparer.Ordinal);
        }
    }

    /// <summary>Live (not deleted) records of an object.</summary>
    public int Count(string objectName)
    {
        lock (Store.Sync)
        {
            var table = Store.Table(objectName) ?? throw new ArgumentException($"The fake org has no object '{objectName}'.", nameof(objectName));
            return table.Numbers().Count(n => !table.IsDeleted(n));
        }
    }

    internal SalesforceResponse Execute(SalesforceRoute route, SalesforceCall call)
    {
        try
        {
            return route.Handler(call);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException or KeyNotFoundException or JsonException)
        {
            // A body of the wrong shape (a number where an object belongs) surfaces here: answer it like Salesforce would.
            return SalesforceJson.Error(400, "JSON_PARSER_ERROR", $"Invalid input: {error.Message}");
        }
        catch (Exception error)
        {
            return SalesforceJson.Error(500, "UNKNOWN_EXCEPTION", $"Fake org handler failed on {route.Key}: {error.GetType().Name}: {error.Message}");
        }
    }
}
