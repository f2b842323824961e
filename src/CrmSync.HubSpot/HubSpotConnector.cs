using CrmSync.Core.Connectors;
using CrmSync.Core.Records;
using CrmSync.HubSpot.Account;
using CrmSync.HubSpot.Api;
using CrmSync.HubSpot.Calls;
using CrmSync.HubSpot.Properties;
using CrmSync.HubSpot.Pull;
using CrmSync.HubSpot.Tasks;
using CrmSync.HubSpot.Writes;

namespace CrmSync.HubSpot;

/// <summary>One HubSpot portal. Each operation lives in its own feature class; this type only wires them together.</summary>
internal sealed class HubSpotConnector : ICrmConnector, IApiBudgetSource
{
    private readonly HubSpotPuller _puller;
    private readonly OwnerReader _owners;
    private readonly PipelineReader _pipelines;
    private readonly PropertyEnsurer _properties;
    private readonly BatchUpdater _updater;
    private readonly TaskCreator _taskCreator;
    private readonly TaskStateReader _taskStates;
    private readonly TaskFinder _taskFinder;
    private readonly TaskCompleter _taskCompleter;
    private readonly TaskUpdater _taskUpdater;
    private readonly RecordMerger _merger;

    public HubSpotConnector(HubSpotConnectorContext context, HubSpotApiProvider apis)
    {
        Context = context;
        var runner = new HubSpotCallRunner(context);
        var enricher = new RecordEnricher(new AssociationReader(context, apis, runner), new BatchRecordReader(context, apis, runner));
        _puller = new HubSpotPuller(
            context, new ListPuller(context, apis, runner, enricher), new SearchPuller(context, apis, runner, enricher),
            new AssociationRefresher(context, apis, runner, enricher));
        _owners = new OwnerReader(context, apis, runner);
        _pipelines = new PipelineReader(apis, runner);
        _properties = new PropertyEnsurer(context, apis, runner);
        _updater = new BatchUpdater(context, apis, runner);
        var alertKey = new TaskAlertKeyProperty(_properties);
        _taskCreator = new TaskCreator(context, apis, runner, new TaskAssociationTypes(context, apis, runner), alertKey);
        _taskFinder = new TaskFinder(context, apis, runner, alertKey);
        _taskStates = new TaskStateReader(context, apis, runner);
        _taskCompleter = new TaskCompleter(context, apis, runner);
        _taskUpdater = new TaskUpdater(context, apis, runner);
        _merger = new RecordMerger(context, apis, runner);
    }

    public string Name => Context.Name;

    public ApiCallStats Stats => Context.Stats;

    public ApiBudgetReading? LastApiBudget => Context.DailyBudget.Reading();

    public TimeSpan SearchIndexLag => Context.Options.IndexLag;

    internal HubSpotConnectorContext Context { get; }

    public IAsyncEnumerable<PulledPage> PullAsync(PullRequest request, CancellationToken cancellationToken) =>
        _puller.PullAsync(request, cancellationToken);

    public Task<IReadOnlyList<CrmOwner>> GetOwnersAsync(CancellationToken cancellationToken) =>
        _owners.ReadAsync(cancellationToken);

    public Task<IReadOnlyList<CrmPipeline>> GetPipelinesAsync(string objectType, CancellationToken cancellationToken) =>
        _pipelines.ReadAsync(objectType, cancellationToken);

    public Task EnsurePropertiesAsync(IReadOnlyList<ComputedPropertyDefinition> definitions, CancellationToken cancellationToken) =>
        _properties.EnsureAsync(definitions, cancellationToken);

    public Task<WriteOutcome> UpdateAsync(string objectType, IReadOnlyList<RecordUpdate> updates, CancellationToken cancellationToken) =>
        _updater.UpdateAsync(objectType, updates, cancellationToken);

    public Task<string> CreateTaskAsync(AlertTaskRequest request, CancellationToken cancellationToken) =>
        _taskCreator.CreateAsync(request, cancellationToken);

    public Task<IReadOnlyDictionary<string, CrmTaskState>> GetTaskStatesAsync(IReadOnlyList<string> taskIds, CancellationToken cancellationToken) =>
        _taskStates.ReadAsync(taskIds, cancellationToken);

    public Task CompleteTaskAsync(string taskId, string note, bool markCompleted, CancellationToken cancellationToken) =>
        _taskCompleter.CompleteAsync(taskId, note, markCompleted, cancellationToken);

    public Task<IReadOnlyList<FoundTask>> FindTasksByAlertKeyAsync(IReadOnlyList<string> alertKeys, CancellationToken cancellationToken) =>
        _taskFinder.FindAsync(alertKeys, cancellationToken);

    public Task UpdateTaskTextAsync(string taskId, string subject, string body, CancellationToken cancellationToken) =>
        _taskUpdater.UpdateTextAsync(taskId, subject, body, cancellationToken);

    public Task<string?> RecordLinkAsync(string objectType, string recordId, CancellationToken cancellationToken) =>
        Task.FromResult(_taskUpdater.LinkTo(objectType, recordId));

    public Task<CrmRecord> MergeAsync(string objectType, string primaryId, string mergedId, CancellationToken cancellationToken) =>
        _merger.MergeAsync(objectType, primaryId, mergedId, cancellationToken);

    public override string ToString() => Context.ToString();
}
