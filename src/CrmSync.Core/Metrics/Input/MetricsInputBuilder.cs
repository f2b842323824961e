namespace CrmSync.Core.Metrics.Input;

/// <summary>
/// Builds a <see cref="MetricsInput"/> row by row. Each method checks its row (an unknown pipeline, stage, deal or
/// contact, a duplicate id, a negative amount) and throws a <see cref="MetricsInputException"/> saying what is wrong;
/// a reader adds the file and line. Amounts are in the home currency already.
/// </summary>
public sealed class MetricsInputBuilder
{
    private readonly Interner _pipelines = new();
    private readonly List<StageDefinition> _stages = [];
    private readonly Dictionary<(int, string), int> _stageLookup = [];
    private readonly DealRows _deals = new();
    private readonly ContactRows _contacts = new();
    private readonly RevenueRows _revenue = new();
    private Dictionary<int, long>? _sessions;

    public void AddStage(string pipelineId, string stageId, string label, int displayOrder, bool isClosed, bool isWon)
    {
        Require(pipelineId, "pipeline_id");
        Require(stageId, "stage_id");
        if (isWon && !isClosed)
            throw new MetricsInputException($"stage '{stageId}' is won but not closed; a won stage is closed.");
        var pipeline = _pipelines.Intern(pipelineId);
        if (!_stageLookup.TryAdd((pipeline, stageId), _stages.Count))
            throw new MetricsInputException($"stage '{stageId}' appears twice in pipeline '{pipelineId}'.");
        _stages.Add(new StageDefinition(pipeline, stageId, label, displayOrder, isClosed, isWon));
    }

    /// <summary>Adds a deal in the home currency; returns its index.</summary>
    public int AddDeal(string id, string pipelineId, string stageId, decimal? amount, DateTime created, DateTime? closeDate,
        string? ownerId, string? companyId, IEnumerable<KeyValuePair<string, string?>>? properties = null)
    {
        Require(id, "id");
        var pipeline = _pipelines.Find(pipelineId);
        if (pipeline < 0)
            throw new MetricsInputException($"deal '{id}': pipeline '{pipelineId}' is not in the pipelines.");
        if (!_stageLookup.TryGetValue((pipeline, stageId), out var stage))
            throw new MetricsInputException($"deal '{id}': stage '{stageId}' is not a stage of pipeline '{pipelineId}'.");
        if (amount < 0)
            throw new MetricsInputException($"deal '{id}': amount {amount} is negative.");
        return _deals.Add(id, pipeline, stage, amount, Timestamps.Of(created), closeDate is { } close ? Timestamps.Of(close) : Timestamps.None,
            ownerId, companyId, properties);
    }

    public void AddStageEntry(string dealId, string stageId, DateTime at)
    {
        var deal = _deals.Find(dealId);
        if (deal < 0)
            throw new MetricsInputException($"deal '{dealId}' is not in the deals.");
        var pipeline = _deals.PipelineOf(deal);
        if (!_stageLookup.TryGetValue((pipeline, stageId), out var stage))
            throw new MetricsInputException($"deal '{dealId}': stage '{stageId}' is not a stage of pipeline '{_pipelines.Values[pipeline]}'.");
        _deals.AddEntry(deal, stage, Timestamps.Of(at));
    }

    public int AddContact(string id, DateTime created, string? ownerId, string? companyId, IEnumerable<KeyValuePair<string, string?>>? properties = null)
    {
        Require(id, "id");
        return _contacts.Add(id, Timestamps.Of(created), ownerId, companyId, properties);
    }

    public void AddLifecycleEntry(string contactId, string stage, DateTime at)
    {
        var contact = _contacts.Find(contactId);
        if (contact < 0)
            throw new MetricsInputException($"contact '{contactId}' is not in the contacts.");
        var code = LifecycleStages.IndexOf(stage);
        if (code < 0)
            throw new MetricsInputException($"'{stage}' is not a lifecycle stage ({string.Join(", ", LifecycleStages.All)}).");
        _contacts.AddEntry(contact, (byte)code, Timestamps.Of(at));
    }

    /// <summary>Declares that the input holds sales activities (so no activity means no touch yet, not unknown).</summary>
    public void HasActivities() => _contacts.HasActivities = true;

    public void AddActivity(string contactId, DateTime at)
    {
        var contact = _contacts.Find(contactId);
        if (contact < 0)
            throw new MetricsInputException($"contact '{contactId}' is not in the contacts.");
        _contacts.AddActivity(contact, Timestamps.Of(at));
    }

    /// <summary>MRR of <paramref name="customerId"/> at the end of the month (of <paramref name="product"/>, when products are known).</summary>
    public void AddRevenue(string customerId, int year, int month, decimal mrr, string? product = null)
    {
        Require(customerId, "company_id");
        if (mrr < 0)
            throw new MetricsInputException($"company '{customerId}': MRR {mrr} is negative.");
        if (month is < 1 or > 12 || year is < 1900 or > 9999)
            throw new MetricsInputException($"{year:D4}-{month:D2} is not a month.");
        _revenue.Add(customerId, Timestamps.MonthIndex(year, month), mrr, product);
    }

    public void AddSessions(int year, int month, long sessions)
    {
        _sessions ??= [];
        if (sessions < 0)
            throw new MetricsInputException($"sessions {sessions} is negative.");
        if (!_sessions.TryAdd(Timestamps.MonthIndex(year, month), sessions))
            throw new MetricsInputException($"month {year:D4}-{month:D2} appears twice.");
    }

    public MetricsInput Build()
    {
        var stages = new StageCatalog(_pipelines.Values.ToArray(), _stages.ToArray());
        if (stages.MaxChain > 64)
            throw new MetricsInputException($"a pipeline has {stages.MaxChain} open and won stages; at most 64 are supported.");
        return new MetricsInput
        {
            Stages = stages,
            Deals = _deals.Build(_pipelines.Values),
            History = _deals.BuildHistory(),
            Contacts = _contacts.Build(),
            Revenue = _revenue.Build(),
            Sessions = _sessions,
        };
    }

    private static void Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new MetricsInputException($"{what} is empty.");
    }
}
