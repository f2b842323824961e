using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.Salesforce.Account;
using CrmSync.Salesforce.Api;
using CrmSync.Salesforce.Calls;
using CrmSync.Salesforce.Properties;
using CrmSync.Salesforce.Pull;
using CrmSync.Salesforce.Tasks;
using CrmSync.Salesforce.Writes;

namespace CrmSync.Salesforce;

/// <summary>One Salesforce org. Each operation lives in its own feature class; this type only wires them together.</summary>
internal sealed class SalesforceConnector : ICrmConnector, IApiBudgetSource
{
    private readonly SalesforcePuller _puller;
    private readonly OwnerReader _owners;
    private readonly StageReader _stages;
    private readonly FieldEnsurer _fields;
    private readonly CollectionUpdater _updater;
    private readonly TaskCreator _taskCreator;
    private readonly TaskFinder _taskFinder;
    private readonly TaskStateReader _taskStates;
    private readonly TaskCompleter _taskCompleter;
    private readonly TaskUpdater _taskUpdater;

    public SalesforceConnector(SalesforceConnectorContext context, SalesforceApiProvider apis)
    {
        Context = context;
        var runner = new SalesforceCallRunner(context);
        var pager = new QueryPager(context, apis, runner);
        var children = new ChildRowReader(context, pager);
        var catalog = new FieldCatalog(context, apis, runner);
        var roles = new ContactRoleReader(children);
        _puller = new SalesforcePuller(
            context, pager, new PageEnricher(children, roles), catalog, new DeletedReader(context, apis, runner), new ContactRoleRefresher(context, pager, roles));
        _owners = new OwnerReader(pager);
        _stages = new StageReader(pager);
        _fields = new FieldEnsurer(context, catalog);
        _updater = new CollectionUpdater(context, apis, runner, catalog);
        _taskFinder = new TaskFinder(context, pager, _fields);
        _taskCreator = new TaskCreator(context, apis, runner, _fields, _taskFinder);
        _taskStates = new TaskStateReader(children);
        _taskCompleter = new TaskCompleter(context, apis, runner, children);
        _taskUpdater = new TaskUpdater(context, apis, runner);
    }

    public string Name => Context.Name;

    public ApiCallStats Stats => Context.Stats;

    public ApiBudgetReading? LastApiBudget => Context.Budget.Reading();

    /// <summary>Zero: alert keys are found through SOQL, which reads its own writes (there is no search index to lag).</summary>
    public TimeSpan SearchIndexLag => TimeSpan.Zero;

    internal SalesforceConnectorContext Context { get; }

    public IAsyncEnumerable<PulledPage> PullAsync(PullRequest request, CancellationToken cancellationToken) => _puller.PullAsync(request, cancellationToken);

    public Task<IReadOnlyList<CrmOwner>> GetOwnersAsync(CancellationToken cancellationToken) => _owners.ReadAsync(cancellationToken);

    public Task<IReadOnlyList<CrmPipeline>> GetPipelinesAsync(string objectType, CancellationToken cancellationToken) => _stages.ReadAsync(objectType, cancellationToken);

    public Task EnsurePropertiesAsync(IReadOnlyList<ComputedPropertyDefinition> definitions, CancellationToken cancellationToken) =>
        _fields.EnsureAsync(definitions, cancellationToken);

    public Task<WriteOutcome> UpdateAsync(string objectType, IReadOnlyList<RecordUpdate> updates, CancellationToken cancellationToken) =>
        _updater.UpdateAsync(objectType, updates, cancellationToken);

    public Task<string> CreateTaskAsync(AlertTaskRequest request, CancellationToken cancellationToken) => _taskCreator.CreateAsync(request, cancellationToken);

    public Task<IReadOnlyList<FoundTask>> FindTasksByAlertKeyAsync(IReadOnlyList<string> alertKeys, CancellationToken cancellationToken) =>
        _taskFinder.FindAsync(alertKeys, cancellationToken);

    public Task CompleteTaskAsync(string taskId, string note, bool markCompleted, CancellationToken cancellationToken) =>
        _taskCompleter.CompleteAsync(taskId, note, markCompleted, cancellationToken);

    public Task<IReadOnlyDictionary<string, CrmTaskState>> GetTaskStatesAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken) =>
        _taskStates.ReadAsync(taskIds, cancellationToken);

    public Task UpdateTaskTextAsync(string taskId, string subject, string body, CancellationToken cancellationToken) =>
        _taskUpdater.UpdateTextAsync(taskId, subject, body, cancellationToken);

    public Task<string?> RecordLinkAsync(string objectType, string recordId, CancellationToken cancellationToken) =>
        _taskUpdater.LinkToAsync(objectType, recordId, cancellationToken);

    /// <summary>Not offered for Salesforce (issue 8): the options validator refuses Dedupe:AutoMerge:Enabled, and this refuses the call.</summary>
    public Task<CrmRecord> MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken) =>
        throw new CrmConnectorException(Name, CrmFailureKind.InvalidResponse,
            $"merging records is not supported by the Salesforce connector; turn off {Context.ConfigPrefix}:Dedupe:AutoMerge:Enabled " +
            "and merge duplicates in Salesforce (CrmSync marks them with CrmSync_Duplicate_Of__c).");

    public override string ToString() => Context.ToString();
}
